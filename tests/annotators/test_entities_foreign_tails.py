"""How a French, Spanish or German body's name ends: an acronym without a vowel, a role's word
closing the run, one word after a known body. Every sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import mentions


def test_vowelless_acronym_after_a_first_name_makes_a_club() -> None:
    found = mentions("Die Spielerinnen von Hertha BSC trainieren morgen wieder.", "de")
    assert ("Hertha BSC", "organisation") in found


def test_vowelless_acronym_after_a_first_name_makes_a_bank() -> None:
    found = mentions("« Le titre reste cher », juge Paul Girard, stratège chez Oddo BHF.", "fr")
    assert ("Oddo BHF", "organisation") in found
    assert ("Paul Girard", "person") in found


def test_surname_in_capitals_stays_a_person() -> None:
    found = mentions("Le texte est signé par Jean DUPONT, notre envoyé à Lille.", "fr")
    assert ("Jean DUPONT", "person") in found


def test_role_word_closing_a_run_is_the_bank_name() -> None:
    text = "Le prêt est apporté par BNP Paribas et Société Générale, selon nos informations."
    found = mentions(text, "fr")
    assert ("Société Générale", "organisation") in found


def test_role_word_before_a_name_stays_a_role() -> None:
    found = mentions("Hier, le Président Emmanuel Macron a reçu les syndicats.", "fr")
    assert ("Emmanuel Macron", "person") in found


def test_known_company_and_one_word_after_it_are_one_name() -> None:
    text = "La banda firmó con Sony Music el año pasado y prepara su segundo disco."
    found = mentions(text, "es")
    assert ("Sony Music", "organisation") in found


def test_known_company_then_a_persons_surname_stays_two_names() -> None:
    text = (
        "El ministro Carlos Ibáñez Feijoo habló. Según un comunicado de Sony Feijoo, todo va bien."
    )
    found = mentions(text, "es")
    assert ("Sony Feijoo", "organisation") not in found


def test_seat_roles_town_is_a_place_and_party_an_organisation() -> None:
    text = (
        "La diputada de Cádiz rompió la disciplina de voto. Un diputado de Junts se abstuvo "
        "y la bancada de Cádiz pidió explicaciones."
    )
    found = mentions(text, "es")
    assert ("Cádiz", "place") in found
    assert ("Cádiz", "organisation") not in found
    assert ("Junts", "organisation") in found


def test_surnames_joined_by_a_conjunction_are_one_persons_name() -> None:
    text = (
        "El ensayista Tomás Ribera y Garcerán presentó ayer su libro. "
        "Ribera y Garcerán firmó ejemplares durante dos horas."
    )
    found = mentions(text, "es")
    assert ("Tomás Ribera y Garcerán", "person") in found
    assert ("Ribera y Garcerán", "person") in found


def test_catalan_conjunction_joins_surnames_in_a_spanish_text() -> None:
    found = mentions("La consellera Núria Ferrer i Soler defendió el plan en el pleno.", "es")
    assert ("Núria Ferrer i Soler", "person") in found


def test_two_people_listed_with_y_stay_two() -> None:
    text = (
        "Ayer se reunieron Pedro Sánchez y Feijóo en el Congreso. Alberto Núñez Feijóo "
        "salió primero."
    )
    found = mentions(text, "es")
    assert ("Pedro Sánchez", "person") in found
    assert ("Pedro Sánchez y Feijóo", "person") not in found


def test_full_name_then_a_clubs_initials_stays_a_person() -> None:
    text = "Im Pokalspiel traf Tomasz Wrzesiński BVB zweimal, danach wurde er ausgewechselt."
    found = mentions(text, "de")
    assert ("Tomasz Wrzesiński", "person") in found
    assert not any(kind == "organisation" and "Tomasz" in name for name, kind in found)


def test_body_then_a_surname_written_alone_elsewhere_stays_two_names() -> None:
    text = (
        "Tras la reunión con Google Olmedo anunció nuevas inversiones en la región. "
        "Olmedo dirige la filial desde el año pasado."
    )
    found = mentions(text, "es")
    assert ("Google Olmedo", "organisation") not in found
    assert ("Google", "organisation") in found


def test_surname_after_y_written_alone_elsewhere_is_another_person() -> None:
    text = (
        "La ministra Carmen Robledo y Urquiza se vieron ayer en Bruselas. "
        "Urquiza no quiso hacer declaraciones a la salida."
    )
    found = mentions(text, "es")
    assert ("Carmen Robledo y Urquiza", "person") not in found
    assert ("Carmen Robledo", "person") in found


def test_czech_surname_in_capitals_without_a_vowel_stays_a_person() -> None:
    found = mentions("Trenér Petr VLK po zápase řekl, že tým hrál dobře.", "cs")
    assert ("Petr VLK", "person") in found
