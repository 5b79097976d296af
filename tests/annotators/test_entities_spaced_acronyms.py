"""An acronym defined in brackets after a body's name in a wire's tokenised text, where the
brackets stand apart from it (``( NORFECO )``), and the headline that writes the acronym in
capitals: the texts are written for these tests."""

from __future__ import annotations

from helpers.entities import mentions


def test_an_acronym_in_spaced_brackets_names_the_body() -> None:
    found = mentions("The North Sea Ferry Confederation ( NORFECO ) said the strike would end .")
    assert ("NORFECO", "organisation") in found, found


def test_an_acronym_spelt_by_initials_in_spaced_brackets_joins_the_name() -> None:
    found = mentions("Maize prices held after Business Unity South Africa ( Busa ) met ministers .")
    assert ("Business Unity South Africa", "organisation") in found, found
    assert ("Busa", "organisation") in found, found


def test_a_headline_in_capitals_names_the_body_by_its_defined_acronym() -> None:
    found = mentions(
        "TALKS STALL AMID VRIP PROTEST .\n"
        "HARARE 1997-03-04\n"
        "Leaders of the Veld Reform and Irrigation Party (VRIP) stayed away on Monday .\n"
    )
    assert found.count(("VRIP", "organisation")) == 2, found
