"""Competitions named after a place or a body (``U.S. Open``, ``UEFA Cup``, ``Monaco Grand
Prix``) and leagues that are competitions (``Champions League``) are no place, body or person:
CoNLL-2003 counts them as MISC."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize(
    ("sentence", "left_out"),
    [
        ("Serena Marsh reached the quarter-finals of the U.S. Open on Monday.", "U.S."),
        ("Tomas Berg won the Japan Open title without dropping a set.", "Japan"),
        ("Harlow Town will play in the UEFA Cup for the first time.", "UEFA"),
        ("She finished third in the London Marathon last spring.", "London"),
        ("He crashed out of the Monaco Grand Prix on the first lap.", "Monaco"),
    ],
)
def test_a_competition_named_after_a_place_or_body_is_neither(sentence: str, left_out: str) -> None:
    found = typed(sentence)
    assert not any(left_out in mention for mention in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ravello reached the last eight of the Champions League on Wednesday.",
        "Ostend lost 2-0 to Treven in the Europa League on Thursday.",
        "Cleveland have the best record in the American League this season.",
    ],
)
def test_a_league_that_is_a_competition_is_no_body(sentence: str) -> None:
    found = typed(sentence)
    assert not any("League" in mention for mention in found), found


def test_leagues_that_are_bodies_stay_organisations() -> None:
    found = typed("The Arab League and the Northern League both condemned the vote.")
    assert found.get("Arab League") == "organisation", found
    assert found.get("Northern League") == "organisation", found
