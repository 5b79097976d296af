"""A results row's two sides are of one kind: a club's name that a first name would make a
person's (``Carlton Hawks``) is a club's beside a club: sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_side_opening_with_a_first_name_is_a_club_against_a_club() -> None:
    found = typed(
        "ICE HOCKEY - REGIONAL LEAGUE RESULTS .\n"
        "Results of regional league games on Saturday :\n"
        "Carlton Hawks 4 Dunmore 2\n"
        "Pelham 1 Stanley Otters 3\n"
        "The Hawks stay top of the table ."
    )
    assert found.get("Carlton Hawks") == "organisation", found
    assert found.get("Stanley Otters") == "organisation", found


def test_two_players_in_a_row_stay_people() -> None:
    found = typed(
        "SQUASH - CLUB LADDER .\n"
        "Results of the club ladder on Sunday :\n"
        "Martin Hale 3 Oliver Grant 1\n"
        "Martin Hale now leads the ladder ."
    )
    assert found.get("Martin Hale") == "person", found
    assert found.get("Oliver Grant") == "person", found
