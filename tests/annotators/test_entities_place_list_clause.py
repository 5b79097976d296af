"""An ``and`` after a place after ``in`` may join two clauses, not two places: a name that
opens a clause of its own (``in London and Sarah works``) or is a person's or a body's
elsewhere is no place; a list of places closed so stays one: sentences written for these
tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_opening_a_clause_after_and_is_no_place() -> None:
    found = typed("He lives in London and Sarah works in Paris .")
    assert found.get("London") == "place", found
    assert found.get("Paris") == "place", found
    assert found.get("Sarah") != "place", found


def test_a_club_signing_a_player_after_and_is_no_place() -> None:
    found = typed("He was born in Paris and Chelsea signed him in 2019 .")
    assert found.get("Chelsea") != "place", found


def test_a_firm_hiring_after_and_is_no_place() -> None:
    found = typed("She studied in Paris and Vantora hired her last year .")
    assert found.get("Vantora") != "place", found


def test_a_name_a_person_s_elsewhere_is_no_place_of_a_list() -> None:
    found = typed("Sarah Cole joined the firm in May . Offices in Lisbon and Sarah , she said .")
    assert found.get("Sarah") != "place", found


def test_two_places_after_in_closed_by_a_time_stay_places() -> None:
    found = typed("Inspectors visited two banks in Osaka and Kobe on Monday .")
    assert found.get("Osaka") == "place", found
    assert found.get("Kobe") == "place", found


def test_two_known_places_after_in_before_a_verb_stay_places() -> None:
    found = typed("Prices in London and Paris had not been so high .")
    assert found.get("London") == "place", found
    assert found.get("Paris") == "place", found


def test_two_places_after_in_closed_by_a_place_s_noun_stay_places() -> None:
    found = typed("Landslides killed nine people in Corvath and Ildane provinces .")
    assert found.get("Ildane") == "place", found


def test_a_list_of_places_a_subject_s_before_its_verb_stays_places() -> None:
    found = typed("Traders around Corvath and Ildane said prices fell .")
    assert found.get("Ildane") == "place", found
