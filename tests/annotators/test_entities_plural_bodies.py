"""An unknown name of a describing word or an abstract noun before a plural is a party, a
movement or a team, no person; a longer name around it, an owner's thing or a person's full
name stay as they were (issue 16, session 38)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_describing_word_before_a_plural_names_a_body() -> None:
    found = typed(
        "Voters backed the Radical Democrats, while fans of the Coastal Sharks "
        "and the Resistance Hawks marched."
    )
    assert found["Radical Democrats"] == "organisation"
    assert found["Coastal Sharks"] == "organisation"
    assert found["Resistance Hawks"] == "organisation"


def test_a_person_a_longer_name_and_an_owner_s_thing_are_left_alone() -> None:
    found = typed(
        "Grace Williams said the firm shut its Western Ridges mine, and 300 Liberation "
        "Wolves of Kandor fighters surrendered."
    )
    assert found["Grace Williams"] == "person"
    assert found.get("Western Ridges") != "organisation"
    assert "Liberation Wolves" not in found


def test_a_surname_made_from_a_first_name_keeps_a_person() -> None:
    found = typed(
        "In a statement on Tuesday, Kunal Edwards said the plan would fail, and Royal "
        "Matthews agreed."
    )
    assert found["Kunal Edwards"] == "person"
    assert found.get("Royal Matthews") != "organisation"
