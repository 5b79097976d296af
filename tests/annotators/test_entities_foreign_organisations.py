"""Organisations in German, French, Spanish, Russian and Ukrainian news (issue 16, session 22):
a head-first body whose name goes on after a connector with a capitalised stopword, the heads
of universities, academies, associations and courts in their case forms, a company's name
with its legal form cut from the noun or article before it, and a name cut at its connector
joined to the place after it."""

from __future__ import annotations

from helpers.entities import found as _found


def test_a_capitalised_stopword_after_a_connector_stays_in_a_head_first_body() -> None:
    found = _found("Ayer la Organización de Estados Americanos pidió calma a los dos bandos.", "es")
    assert ("Organización de Estados Americanos", "organisation") in found
    assert not any(kind == "person" for _, kind in found)


def test_russian_heads_of_universities_associations_and_courts_lead_a_body() -> None:
    found = _found(
        "Студенты Университета дружбы народов и члены Ассоциации независимых юристов "
        "обсудили решение, которое вынес Верховный суд.",
        "ru",
    )
    assert ("Университета дружбы народов", "organisation") in found
    assert ("Ассоциации независимых юристов", "organisation") in found
    assert ("Верховный суд", "organisation") in found


def test_ukrainian_heads_of_universities_academies_and_offices_lead_a_body() -> None:
    found = _found(
        "Науковці Академії наук і викладачі Університету Шевченка зустрілися в Офісі президента.",
        "uk",
    )
    assert ("Академії наук", "organisation") in found
    assert ("Університету Шевченка", "organisation") in found
    assert ("Офісі президента", "organisation") in found
    assert ("Університету Шевченка", "person") not in found


def test_a_german_company_with_its_legal_form_starts_after_the_noun_or_article_before_it() -> None:
    found = _found(
        "Die Zentrale der Brandt Logistik AG liegt in Kassel. Der Autobauer Fellner Motoren AG "
        "baut dort keine Stellen ab.",
        "de",
    )
    assert ("Brandt Logistik AG", "organisation") in found
    assert ("Fellner Motoren AG", "organisation") in found
    assert ("Zentrale der Brandt Logistik AG", "organisation") not in found
    assert ("Autobauer Fellner Motoren AG", "organisation") not in found


def test_a_name_cut_at_its_connector_and_the_place_after_it_are_one_body() -> None:
    fr = _found("Les supporters de l'Olympique de Marseille ont chanté jusqu'au bout.", "fr")
    assert ("Olympique de Marseille", "organisation") in fr
    assert ("Olympique de", "person") not in fr
    es = _found("Los hinchas del Atlético de Madrid celebraron en la plaza mayor.", "es")
    assert ("Atlético de Madrid", "organisation") in es
    # (a first name makes it a person's: no body)
    person = _found("La entrevista con María de Guadalupe duró dos horas.", "es")
    assert ("María de Guadalupe", "person") in person


def test_a_known_body_before_the_hyphen_of_a_german_compound_is_its_mention() -> None:
    found = _found(
        "Vor dem EU-Gipfel am Freitag traf sich die SPD-Fraktion mit einem Nato-Diplomaten, "
        "und der KI-Beauftragte schwieg.",
        "de",
    )
    assert ("EU", "organisation") in found
    assert ("SPD-Fraktion", "organisation") in found
    assert ("KI", "organisation") not in found


def test_a_verb_after_a_head_first_body_is_cut_and_a_bare_head_opening_a_sentence_dropped() -> None:
    uk = _found(
        "Він поїхав до Львова. Організація стверджує, що все гаразд. Представники Офісу "
        "президента зустрілися з журналістами.",
        "uk",
    )
    assert ("Офісу президента", "organisation") in uk
    assert not any(name.startswith("Організація") for name, _ in uk)
    ru = _found("Вчера Европейский союз предупреждает об угрозе, пишут газеты.", "ru")
    assert ("Европейский союз", "organisation") in ru


def test_a_capitalised_german_adjective_before_a_body_noun_opens_the_body_name() -> None:
    found = _found(
        "Nach Zahlen vom Statistischen Bundesamt zahlt die Deutsche Rentenversicherung mehr.",
        "de",
    )
    assert ("Statistischen Bundesamt", "organisation") in found
    assert ("Deutsche Rentenversicherung", "organisation") in found


def test_a_person_named_right_after_a_body_head_is_part_of_the_body_name() -> None:
    fr = _found("Un rapport de l'Institut Jacques Delors a été cité lundi à Lyon.", "fr")
    assert ("Institut Jacques Delors", "organisation") in fr
    assert ("Jacques Delors", "person") not in fr
    es = _found("El Instituto Carlos Slim firmó ayer un convenio en Lima.", "es")
    assert ("Instituto Carlos Slim", "organisation") in es


def test_coalitions_alliances_and_foundations_lead_a_body_in_french_and_spanish() -> None:
    es = _found("Los diputados de Coalición Canaria votaron en contra del decreto.", "es")
    assert ("Coalición Canaria", "organisation") in es
    assert ("Canaria", "place") not in es
    fr = _found("Les élus de l'Alliance Centriste ont voté contre le texte.", "fr")
    assert ("Alliance Centriste", "organisation") in fr


def test_a_person_after_a_head_that_names_no_body_after_people_is_someone_there() -> None:
    fr = _found("Au Parlement Jean Dupont a voté contre le texte mardi.", "fr")
    assert ("Jean Dupont", "person") in fr
    assert not any(kind == "organisation" for _, kind in fr)
    es = _found("En el Gobierno Yolanda Díaz ha criticado la medida.", "es")
    assert ("Yolanda Díaz", "person") in es
    assert not any(kind == "organisation" for _, kind in es)


def test_a_german_adjective_opening_a_sentence_opens_no_body_name() -> None:
    found = _found("Gesetzliche Krankenversicherung wird im kommenden Jahr teurer.", "de")
    assert not any(kind == "organisation" for _, kind in found)
    # (in the dative, after a preposition, the adjective is a name's)
    dative = _found("Laut Statistischem Bundesamt stiegen die Mieten im Mai.", "de")
    assert ("Statistischem Bundesamt", "organisation") in dative


def test_a_name_after_a_title_cut_at_its_connector_stays_a_person() -> None:
    fr = _found("Le chef Bocuse de Lyon a ouvert un restaurant à Paris.", "fr")
    assert ("Bocuse de Lyon", "organisation") not in fr
    es = _found("El portavoz, Gómez de Madrid, dijo que no habrá acuerdo.", "es")
    assert ("Gómez de Madrid", "organisation") not in es


def test_a_name_cut_at_its_connector_before_a_country_joins_no_body() -> None:
    found = _found("Los vinos de Rioja de España se exportan a todo el mundo.", "es")
    assert not any(kind == "organisation" for _, kind in found)


def test_a_verb_right_after_a_bare_head_opening_a_sentence_leaves_no_body() -> None:
    uk = _found("Асоціація збирає кошти на дрони для фронту.", "uk")
    assert not any(kind == "organisation" for _, kind in uk)
    ru = _found("Университет принимает заявления до конца июля.", "ru")
    assert not any(kind == "organisation" for _, kind in ru)
