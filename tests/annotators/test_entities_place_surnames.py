"""Surnames that are places' names or place heads: after a known first name, a known place
ending the name is the surname (``Michael Jordan``), and after a title a place's head word is
too (``adviser Anthony Lake``); a place after ``in``, or after a first name that is a place
itself, stays a place."""

from __future__ import annotations

from helpers.entities import typed


def test_a_first_name_and_a_country_are_a_persons_name() -> None:
    found = typed("Marcus Jordan scored 31 points and Eliza Chad added 12.")
    assert found.get("Marcus Jordan") == "person", found
    assert found.get("Eliza Chad") == "person", found
    assert "Jordan" not in found, found


def test_a_title_then_a_first_name_and_a_place_head_are_a_person() -> None:
    found = typed("National security adviser Thomas Lake flew to Seoul on Monday.")
    assert found.get("Thomas Lake") == "person", found


def test_places_stay_places() -> None:
    found = typed("She flew from Paris to Jordan, then swam in Crystal Lake.")
    assert found.get("Jordan") == "place", found
    assert found.get("Crystal Lake") == "place", found
