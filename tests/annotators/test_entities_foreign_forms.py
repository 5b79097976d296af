"""Names typed by their form in a document in another language (issue 16, session 18): acronyms,
institutions named by a generic noun, legal forms, generic nouns written with a place's or a
body's name, places by their first word, ending or hyphens; a page mostly in one language with
a few English names is still read in that language."""

from __future__ import annotations

from helpers.entities import found as _found


def test_an_acronym_is_a_body_but_not_a_common_noun_or_a_time_zone() -> None:
    found = _found(
        "El PSOE y la CNMV pactaron con la UGT subir el PIB. Actualizado a las 10:15 CET.", "es"
    )
    assert {("PSOE", "organisation"), ("CNMV", "organisation"), ("UGT", "organisation")} <= found
    assert not {name for name, _ in found} & {"PIB", "CET"}


def test_an_acronym_in_a_line_of_capitals_is_no_body() -> None:
    found = _found("LEA TAMBIÉN: la lluvia vuelve a Valencia.\nEl PNV votó en contra.", "es")
    assert ("PNV", "organisation") in found
    assert ("LEA", "organisation") not in found


def test_a_capitalised_generic_noun_names_an_institution() -> None:
    assert ("Sénat", "organisation") in _found(
        "Le texte arrive mardi au Sénat, dit Paul Morin.", "fr"
    )
    found = _found("Der Gesetzentwurf liegt beim Verkehrsministerium und der FDP-Fraktion.", "de")
    assert ("Verkehrsministerium", "organisation") in found
    assert ("FDP-Fraktion", "organisation") in found


def test_a_legal_form_after_a_name_belongs_to_the_company() -> None:
    found = _found("Le groupe a racheté Lumarel Textiles SAS pour 40 millions d'euros.", "fr")
    assert ("Lumarel Textiles SAS", "organisation") in found
    assert ("SAS", "organisation") not in found


def test_a_lower_case_noun_begins_a_ministry_or_a_street() -> None:
    found = _found(
        "Le ministère de l'Agriculture a écrit aux riverains de la rue Anatole-Ferrand.", "fr"
    )
    assert ("ministère de l'Agriculture", "organisation") in found
    assert ("rue Anatole-Ferrand", "place") in found


def test_a_french_place_by_its_hyphens_and_a_spanish_one_by_its_first_word() -> None:
    assert ("Villeneuve-sur-Lande", "place") in _found(
        "Les pompiers de Villeneuve-sur-Lande sont intervenus.", "fr"
    )
    assert ("Punta Morena", "place") in _found(
        "El yacimiento de Punta Morena produce gas desde marzo.", "es"
    )


def test_a_slavic_adjective_and_its_generic_noun_are_one_name() -> None:
    ru = _found("Паводок затронул сёла в Тамбовской области, сообщили на Московской бирже.", "ru")
    assert ("Тамбовской области", "place") in ru
    assert ("Московской бирже", "organisation") in ru
    uk = _found("Врожай зібрали у Житомирській та Рівненській областях і на Волинщині.", "uk")
    assert ("Житомирській", "place") in uk
    assert ("Рівненській", "place") in uk
    assert ("Волинщині", "place") in uk


def test_an_acronym_and_a_place_after_it_are_one_body() -> None:
    found = _found("Речник МЗС Польщі заявив, що ТОВ «Зерносвіт» сплатило штраф.", "uk")
    assert ("МЗС Польщі", "organisation") in found
    assert ("ТОВ", "organisation") not in found


def test_a_page_with_a_few_english_names_is_read_in_its_language() -> None:
    found = _found(
        "La BMV cerró al alza. Northfield Holdings Inc. compró acciones de la ABV y del Grupo "
        "Minero Sierra Alta, según la CNBV.",
        "es",
    )
    assert ("BMV", "organisation") in found
    assert ("CNBV", "organisation") in found


def test_a_dotted_abbreviation_and_a_common_acronym_are_no_bodies() -> None:
    """``EE. UU.``/``EE.UU.`` (the United States in Spanish) and ``TV`` name no body."""
    es = _found(
        "El Gobierno de EE. UU. anunció sanciones. Los EE.UU. y la OTAN respondieron el lunes.",
        "es",
    )
    assert not {name for name, _ in es} & {"EE", "UU"}
    assert ("OTAN", "organisation") in es
    fr = _found("La chaîne de TV a diffusé le débat avec Emmanuel Macron à l'ONU.", "fr")
    assert "TV" not in {name for name, _ in fr}
    assert ("ONU", "organisation") in fr


def test_an_english_text_declared_in_a_cyrillic_language_gets_no_junk_names() -> None:
    """A text mostly in Latin letters declared Russian (a mixed batch, a wrong ``lang``)."""
    found = _found(
        "In June, the company said it would expand. It's a big step, said John Smith, chief "
        "executive of Acme Corp in London.",
        "ru",
    )
    names = {name for name, _ in found}
    assert not names & {"In", "In June", "June", "It", "It's"}
    assert {("John Smith", "person"), ("London", "place")} <= found


def test_a_legal_form_before_a_quoted_name_and_a_works_title_are_no_bodies() -> None:
    ru = _found("Компания ООО «Ромашка» подписала договор с заводом в Москве.", "ru")
    assert "ООО" not in {name for name, _ in ru}
    assert ("Ромашка", "organisation") in ru
    fr = _found("Le film « Les Misérables » a été projeté à Paris.", "fr")
    assert not any("Misérables" in name for name, _ in fr)
    es = _found("La película «Los Olvidados» se estrenó en Madrid.", "es")
    assert not any("Olvidados" in name for name, _ in es)
