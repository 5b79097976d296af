"""A known place after ``in`` opens a list of places: a name joined to it (``in Lisbon and
Regina``) is a place, though a first name is spelt so too; a club's town it names stays the
club's elsewhere: sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_joined_to_a_known_place_after_in_is_a_place() -> None:
    found = typed("Inspectors visited two banks in Lisbon and Regina on Monday .")
    assert found.get("Lisbon") == "place", found
    assert found.get("Regina") == "place", found


def test_a_known_place_after_in_is_no_person_s_list() -> None:
    found = typed("Officials in Lisbon and Maria Santos said the talks would go on .")
    assert found.get("Maria Santos") == "person", found
