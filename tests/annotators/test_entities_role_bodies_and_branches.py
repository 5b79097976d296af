"""A name after a role held in a body and its connector is the body's (``la directrice
financière de Lumino``, ``el portavoz de Vox``), in every mention of it; and a body's name with
a place's right after it is one body's name (``Carrefour Argentina``, ``Airbus Deutschland``):
issue 16, German, French and Spanish pages."""

from __future__ import annotations

from helpers.entities import found as _found


def test_a_name_after_a_role_held_in_a_company_is_the_company_everywhere() -> None:
    found = _found(
        "Le titre Lumino a reculé de 4 % lundi. La directrice financière de Lumino, Hélène "
        "Marchetti, a promis un plan d'économies. Lumino emploie 3 000 personnes.",
        "fr",
    )
    assert ("Lumino", "organisation") in found
    assert ("Hélène Marchetti", "person") in found


def test_a_name_after_a_party_role_is_the_party() -> None:
    found = _found(
        "Ayer votaron en contra los diputados de Compromís. La portavoz de Compromís, "
        "Carmen Ribera, criticó el acuerdo en Valencia.",
        "es",
    )
    assert ("Compromís", "organisation") in found
    assert ("Carmen Ribera", "person") in found


def test_a_town_after_a_role_stays_a_place() -> None:
    found = _found("El director de Zaragoza habló con la prensa el lunes por la tarde.", "es")
    assert ("Zaragoza", "organisation") not in found


def test_a_body_and_the_place_right_after_it_are_one_name() -> None:
    es = _found("La operación se financió con un crédito de BBVA Argentina y otros bancos.", "es")
    assert ("BBVA Argentina", "organisation") in es
    assert ("Argentina", "place") not in es
    fr = _found(
        "Le titre a bondi mardi à l'ouverture d'Euronext Bruxelles, selon les courtiers.", "fr"
    )
    assert ("Euronext Bruxelles", "organisation") in fr


def test_a_comma_between_a_body_and_a_place_leaves_two_names() -> None:
    found = _found("Les usines de Renault, France et Espagne comprises, ont fermé mardi.", "fr")
    assert ("Renault France", "organisation") not in found


def test_a_german_run_opening_with_a_role_and_von_leaves_the_company() -> None:
    found = _found(
        "Nach der Gewinnwarnung verloren die Aktien von Südlicht am Freitag kräftig.", "de"
    )
    assert ("Südlicht", "organisation") in found
    assert not any(name.startswith("Aktien") for name, _ in found)


def test_a_first_name_and_a_surname_after_a_body_role_stay_a_person() -> None:
    found = _found(
        "Mardi, le directeur de Dominique Verdier a répondu seul aux questions des enquêteurs.",
        "fr",
    )
    assert ("Dominique Verdier", "organisation") not in found


def test_a_french_deputy_s_constituency_is_no_body() -> None:
    # (French names a deputy's seat with ``de``, ``député de Seine-Saint-Denis``; a party
    # with its acronym or its full name)
    found = _found("La députée de Haute-Vienne a interpellé le ministre sur les urgences.", "fr")
    assert ("Haute-Vienne", "organisation") not in found


def test_an_area_a_role_heads_is_no_body() -> None:
    es = _found("Según el director de Logística, los envíos se retrasarán una semana.", "es")
    assert ("Logística", "organisation") not in es
    fr = _found("Le directeur de Stratégie du groupe quittera ses fonctions en juin.", "fr")
    assert ("Stratégie", "organisation") not in fr
