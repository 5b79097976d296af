"""Unknown names that act as bodies: a verb and ``its`` after one, or ``and``/``or`` joining
it to a known organisation; a person's surname and a plural stay out."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_that_a_verb_and_its_follow_is_an_organisation() -> None:
    got = typed("Analysts said Brevisco lowered its profit forecast for the year on Monday .\n")
    assert got.get("Brevisco") == "organisation", got


def test_a_name_joined_to_a_known_organisation_is_one() -> None:
    got = typed("Parts for the new jet come from Toravia and Airbus plants in the north .\n")
    assert got.get("Toravia") == "organisation", got


def test_a_surname_before_its_stays_a_person() -> None:
    got = typed("Minister Helen Oduya visited the plant . Oduya praised its workers on Friday .\n")
    assert got.get("Oduya") == "person", got


def test_a_speech_verb_before_its_shows_no_body() -> None:
    got = typed("On Monday the analyst Joss Marwick said its board would meet again .\n")
    assert got.get("Joss Marwick") == "person", got


def test_a_surname_joined_to_a_company_stays_a_person() -> None:
    got = typed(
        "Rita Vandermolen sued Siemens last year . The case between Vandermolen and Siemens "
        "ended on Monday .\n"
    )
    assert got.get("Vandermolen") == "person", got
