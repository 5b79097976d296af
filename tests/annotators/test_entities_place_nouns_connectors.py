"""A place's lower-case noun and up to two connectors before a name make it a place
(``[entities] place_before``, ``place_connectors``): ``département de la Gironde``,
``isla de Chiloé``; a natural feature's or a canton's noun is the name's too (``place_nouns_of``:
``glacier du Rhône``, ``canton de Vaud``); a first name there is a town's (``ville de Lille``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_department_after_de_la_is_a_place() -> None:
    got = found("Les pompiers du département de la Gironde ont été appelés mardi.", "fr")
    assert ("Gironde", "place") in got


def test_a_town_named_like_a_person_after_ville_de_is_a_place() -> None:
    got = found("Les habitants de la ville de Lille ont voté dimanche.", "fr")
    assert ("Lille", "place") in got


def test_a_swiss_canton_is_a_place_named_with_its_noun() -> None:
    # (``place_nouns_of``: a canton, like a glacier or a lake, is named with its noun)
    got = found("Les autorités du canton de Vaud ont fermé la route.", "fr")
    assert ("canton de Vaud", "place") in got, got


def test_a_natural_feature_s_noun_and_connector_are_its_name_s() -> None:
    got = found(
        "Le glacier de la Plaine Morte a perdu un mètre, et le lac de Neuchâtel a gelé.", "fr"
    )
    assert ("glacier de la Plaine Morte", "place") in got, got
    assert ("lac de Neuchâtel", "place") in got, got


def test_a_spanish_island_is_a_place() -> None:
    got = found("Un temporal azotó la isla de Chiloé durante la noche.", "es")
    assert ("Chiloé", "place") in got


def test_a_capitalised_word_after_a_state_is_no_place() -> None:
    # (``estado`` is no place's noun: ``Estado de Derecho`` is the rule of law)
    got = found("El presidente defendió el Estado de Derecho ante los jueces.", "es")
    assert ("Derecho", "place") not in got


def test_a_place_s_noun_read_as_an_adjective_after_its_noun_is_no_name() -> None:
    # (``massif`` after ``soutien`` is an adjective: the town after it stays a town alone)
    got = found("Le plan a reçu un appui massif de Genève et un rejet massif de la Corse.", "fr")
    assert ("Genève", "place") in got, got
    assert not any(name.startswith("massif") for name, _ in got), got
    got = found("Les randonneurs ont traversé le massif de la Chartreuse sous la pluie.", "fr")
    assert ("massif de la Chartreuse", "place") in got, got


def test_a_built_structure_s_noun_and_connector_are_its_name_s() -> None:
    # (``place_nouns_of``: a tunnel, a dam, a street or a castle is named with its noun)
    got = found(
        "Le tunnel du Grand-Saint-Bernard restera fermé, et le barrage de Serre-Ponçon est plein.",
        "fr",
    )
    assert ("tunnel du Grand-Saint-Bernard", "place") in got, got
    assert ("barrage de Serre-Ponçon", "place") in got, got
    got = found("Les commerçants de la rue de Vaugirard se plaignent des travaux.", "fr")
    assert ("rue de Vaugirard", "place") in got, got


def test_a_spanish_region_or_salt_flat_is_a_place_named_with_its_head() -> None:
    # (``place_leads``: ``Región``, ``Salar`` open a place's name)
    got = found("La minera opera en la Región de Tarapacá y en el Salar de Uyuni desde 2019.", "es")
    assert ("Región de Tarapacá", "place") in got, got
    assert ("Salar de Uyuni", "place") in got, got


def test_a_spanish_palace_or_park_is_a_place_named_with_its_head() -> None:
    # (``place_leads``: ``Palacio``, ``Parque`` open a place's name)
    got = found(
        "Los diputados salieron del Palacio Municipal y caminaron hasta el Parque Nacional de "
        "Sajama.",
        "es",
    )
    assert ("Palacio Municipal", "place") in got, got
    assert ("Parque Nacional de Sajama", "place") in got, got


def test_a_french_coast_is_a_place_named_with_its_head() -> None:
    # (``place_leads``: ``Côte`` opens a place's name)
    got = found("Il a planté ses vignes sur la Côte de Nacre en 1990.", "fr")
    assert ("Côte de Nacre", "place") in got, got


def test_a_spanish_neighbourhood_or_stream_after_its_noun_is_a_place() -> None:
    # (``place_before``: ``ciudadela``, ``arroyo``)
    got = found(
        "Contó una vecina de la ciudadela Los Almendros que el arroyo Tacuarí se desbordó.", "es"
    )
    assert ("Los Almendros", "place") in got, got
    assert ("Tacuarí", "place") in got, got


def test_a_french_sector_after_its_noun_is_a_place() -> None:
    # (``place_before``: ``secteur``, ``quartier``)
    got = found("L'usine du secteur Bellemarre emploie 40 personnes.", "fr")
    assert ("Bellemarre", "place") in got, got


def test_a_long_weekend_named_after_its_holiday_is_no_bridge() -> None:
    # (``faire le pont``: ``le pont de l'Ascension`` is the days off around the holiday)
    got = found(
        "Les routes seront chargées pendant le pont de l'Ascension et celui de la Toussaint.", "fr"
    )
    assert not any(name.startswith("pont") for name, _ in got), got
