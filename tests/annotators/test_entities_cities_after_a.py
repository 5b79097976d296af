"""A big city spelt as a first name after ``à`` (which also takes a person) is the city's when
no verb that takes a person stands before ``à`` and no one in the text bears the first name."""

from __future__ import annotations

from helpers.entities import found


def test_a_big_city_after_a_is_a_place() -> None:
    assert ("Lille", "place") in found("Le festival aura lieu à Lille du 3 au 6 juin.", "fr")
    got = found("Une usine de batteries ouvrira à Florence l'an prochain.", "fr")
    assert ("Florence", "place") in got


def test_after_a_speech_verb_the_name_is_no_place() -> None:
    got = found("Il a dit à Nancy que tout allait bien.", "fr")
    assert ("Nancy", "place") not in got


def test_after_a_verb_taking_a_person_the_name_is_no_place() -> None:
    got = found("Il a écrit à Florence pour lui annoncer la nouvelle.", "fr")
    assert ("Florence", "place") not in got


def test_someone_bearing_the_first_name_keeps_it_a_person() -> None:
    got = found("Florence Dupont est arrivée mardi. Il a offert des fleurs à Florence.", "fr")
    assert ("Florence", "person") in got
    assert ("Florence", "place") not in got


def test_an_unknown_town_after_a_is_a_place() -> None:
    got = found("La coopérative, installée à Vauqueville, embauche vingt salariés.", "fr")
    assert ("Vauqueville", "place") in got, got
    got = found("Le musicien est né à Kerbastel en 1950.", "fr")
    assert ("Kerbastel", "place") in got, got


def test_an_unknown_name_after_a_that_reads_as_no_town_stays_no_place() -> None:
    # (a verb taking a person, a locution taking any noun, a name around ``à``, an
    # apposition with an article, a lower-case word going on with the name)
    for text in (
        "Il a écrit à Vermandel la semaine dernière.",
        "Le club a gagné grâce à Okonkwo samedi.",
        "La liste Unis à Gauche a obtenu trois sièges.",
        "Le groupe a cédé sa filiale à Tarvello, le propriétaire de la chaîne.",
        "La maintenance sera confiée à Fenrak industries dès janvier.",
    ):
        got = found(text, "fr")
        assert not any(kind == "place" for _, kind in got), (text, got)


def test_an_unknown_region_or_river_after_dans_or_vers_and_an_article_is_a_place() -> None:
    got = found("Le bateau a accosté à Kerbastel, dans le Penvenoc, avant de filer.", "fr")
    assert ("Penvenoc", "place") in got, got
    got = found("Les eaux usées coulent vers la Vaurenne depuis des années.", "fr")
    assert ("Vaurenne", "place") in got, got


def test_a_capitalised_article_opening_a_sentence_is_no_area_preposition_s_article() -> None:
    # (``Le`` opens the sentence: the ``les`` of ``dans les bois`` before it is no article of
    # its, and nothing makes the name after it a region)
    got = found("Ils ont couru dans les bois. Le Kervelec a gagné la course.", "fr")
    assert ("Kervelec", "place") not in got, got


def test_a_name_the_document_reads_as_a_body_is_no_unknown_town_after_a() -> None:
    # (``vendu à`` a company the text names as one elsewhere)
    for text in (
        "Le groupe Veltrano a publié ses comptes. Le laboratoire a été revendu à Veltrano en mai.",
        "Le patron de la société Dravelis a parlé. Les syndicats ont écrit hier à Dravelis.",
    ):
        got = found(text, "fr")
        assert not any(kind == "place" for _, kind in got), (text, got)


def test_after_a_verb_or_noun_giving_to_someone_the_name_is_no_unknown_town() -> None:
    # (a recipient, an owner, a model: a company's or a person's name far more than a town's)
    for text in (
        "Le laboratoire a été vendu à Veltrano pour deux milliards.",
        "La licence a été cédée à Dravelis la semaine dernière.",
        "Le brevet appartient à Korvane depuis dix ans.",
        "Le jeune attaquant est souvent comparé à Okonkwo.",
        "Le marché a été attribué à Fenrak après un appel d'offres.",
        "Le club a rendu hommage à Marvelin samedi.",
    ):
        got = found(text, "fr")
        assert not any(kind == "place" for _, kind in got), (text, got)


def test_a_feast_after_a_is_a_time_not_a_town() -> None:
    for text in (
        "Le magasin rouvrira à Pâques, selon la direction.",
        "Les soldes reprendront à Pentecôte cette année.",
        "Le chantier s'achèvera à Carnaval.",
    ):
        got = found(text, "fr")
        assert not any(kind == "place" for _, kind in got), (text, got)
