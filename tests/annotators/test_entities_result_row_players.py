"""A row of play between two people stays theirs: a side that a first name makes a person's is
a club only against a known place or body, or in a team's plural shape (``Carlton Hawks``);
an unknown surname on the other side plays a person too. Sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_player_against_an_unknown_surname_in_a_chess_row_stays_a_person() -> None:
    found = typed(
        "CHESS - RESULTS FROM THE HARBOUR TOURNAMENT .\n"
        "Results of round five on Saturday :\n"
        "Ivanoczy 1 Peter Laszlo 0\n"
        "Gregor Vance 1/2 Toomsalu 1/2\n"
        "Peter Laszlo trails the leader by a point ."
    )
    assert found.get("Peter Laszlo") == "person", found


def test_a_club_in_a_team_s_plural_shape_against_an_unknown_town_is_a_club() -> None:
    found = typed(
        "ICE HOCKEY - REGIONAL LEAGUE RESULTS .\n"
        "Results of regional league games on Saturday :\n"
        "Dunmore 2 Carlton Hawks 4\n"
        "The Hawks stay top of the table ."
    )
    assert found.get("Carlton Hawks") == "organisation", found
