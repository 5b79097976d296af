"""Agencies that write their names in lower case (German ``dpa``, ``picture alliance``) are
organisations wherever a page credits them, though the chunker reads capitals only (issue 16)."""

from __future__ import annotations

from helpers.entities import found as _found


def test_a_lower_case_agency_in_a_dateline_and_a_credit_is_an_organisation() -> None:
    found = _found(
        "Hamburg (dpa) – Der Hafen meldet weniger Umschlag als im Vorjahr. "
        "Bild: picture alliance / Markus Feldhaus\nDer Senat will nun gegensteuern.",
        "de",
    )
    assert ("dpa", "organisation") in found
    assert ("picture alliance", "organisation") in found
    assert ("Hamburg", "place") in found


def test_an_agency_inside_an_address_or_a_word_is_none() -> None:
    found = _found("Die Meldung stand zuerst auf dpa.com und im Blog updpate.", "de")
    assert not any(name.startswith("dpa") for name, _ in found)
