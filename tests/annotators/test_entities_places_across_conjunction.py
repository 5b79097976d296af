"""A country whose name holds the language's conjunction (``[entities] inner_conjunctions``) is
one place, not two names the conjunction joins; two countries so joined stay two. Every
sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import found


def test_spanish_country_of_two_parts_is_one_place() -> None:
    got = found("La selección jugará en Bosnia y Herzegovina y luego en Antigua y Barbuda.", "es")
    assert ("Bosnia y Herzegovina", "place") in got, got
    assert ("Antigua y Barbuda", "place") in got, got


def test_german_and_italian_countries_of_two_parts_are_one_place() -> None:
    got = found("Die Delegation flog am Montag nach Bosnien und Herzegowina.", "de")
    assert ("Bosnien und Herzegowina", "place") in got, got
    got = found("La delegazione è partita per Trinidad e Tobago martedì.", "it")
    assert ("Trinidad e Tobago", "place") in got, got


def test_two_countries_a_conjunction_joins_stay_two() -> None:
    got = found("Die Delegation flog am Montag nach Polen und Tschechien.", "de")
    assert ("Polen", "place") in got, got
    assert ("Tschechien", "place") in got, got
