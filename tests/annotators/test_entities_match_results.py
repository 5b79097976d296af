"""Towns standing for their teams in sports results: a town on either side of a result's
phrase (``lost to``, ``drew with``) in a sentence with a team's score is a club, as it is
beside ``beat``."""

from __future__ import annotations

from helpers.entities import typed


def test_towns_either_side_of_lost_to_are_clubs() -> None:
    found = typed(
        "Detroit lost to Cleveland 4-2 on Tuesday night.\n"
        "Cleveland have now won six of their last seven games."
    )
    assert found.get("Detroit") == "organisation", found
    assert found.get("Cleveland") == "organisation", found


def test_towns_either_side_of_drew_with_are_clubs() -> None:
    found = typed("Sheffield drew with Bristol 1-1 in a scrappy game on Saturday.")
    assert found.get("Sheffield") == "organisation", found
    assert found.get("Bristol") == "organisation", found


def test_a_lost_vote_leaves_the_town_a_place() -> None:
    found = typed("Detroit lost to Cleveland in the vote on the new stadium site.")
    assert found.get("Detroit") == "place", found


def test_a_lost_bid_with_a_vote_count_leaves_the_towns_places() -> None:
    found = typed(
        "Glasgow lost to Manchester in the bid for the regional games by 54-50 in the last "
        "round of voting."
    )
    assert found.get("Glasgow") == "place", found
    assert found.get("Manchester") == "place", found
