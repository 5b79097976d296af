"""In a sports article, a name after ``at the`` is a ground even where a first name opens it
(``at the Elmer Castells``): sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_ground_opening_with_a_first_name_is_a_place() -> None:
    found = typed(
        "Valdora beat Montreco 2-1 on Sunday.\n"
        "The visitors were jeered at the Elmer Castells after a poor first half ."
    )
    assert found.get("Elmer Castells") == "place", found


def test_outside_sport_the_same_shape_stays_a_person() -> None:
    found = typed("Critics laughed at the Elmer Castells of this world, the mayor said.")
    assert found.get("Elmer Castells") != "place", found


def test_a_name_before_a_lower_case_noun_after_at_the_stays_a_person() -> None:
    # (``at the Gerrin Holt farewell``: the name modifies the noun; no ground)
    found = typed(
        "SOCCER - CITY WIN AGAIN .\n"
        "City beat United 2-1 on Saturday . The crowd sang at the Stefan Varga farewell "
        "and booed at the Marcus Dole penalty ."
    )
    assert found.get("Stefan Varga") == "person", found
    assert found.get("Marcus Dole") == "person", found


def test_a_ground_s_name_before_its_noun_is_still_the_ground() -> None:
    found = typed(
        "Valdora beat Montreco 2-1 on Sunday.\n"
        "The visitors were jeered at the Elmer Castells stadium after a poor first half ."
    )
    assert found.get("Elmer Castells") == "place", found
