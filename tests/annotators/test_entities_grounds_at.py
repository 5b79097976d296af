"""Grounds named after ``at`` in sports reports (annotators/entities/evidence.py): after ``at
the`` whatever stands before it, and, in a wire's sports story (a sport's slug opening it),
after ``at`` alone before a day, a stop or a comma. The sentences are invented for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import typed


def test_a_name_after_at_the_is_a_ground_in_a_sports_report() -> None:
    found = typed(
        "Corran won 3-1 on Sunday.\nA crowd of 30,000 cheered the home side at the Vellbrook "
        "on Saturday and the coach thanked them."
    )
    assert found.get("Vellbrook") == "place", found


def test_a_name_after_at_alone_is_a_ground_in_a_wire_sports_story() -> None:
    found = typed(
        "GOLF - TORVALD LEADS AFTER SECOND ROUND .\n"
        "Leading second-round scores in the Fenmoor Masters at Quillmoor on Friday :\n"
        "Anders Torvald , cheered by the crowd , holed a long putt at the last ."
    )
    assert found.get("Quillmoor") == "place", found


def test_a_sport_slug_of_two_words_shows_a_sport() -> None:
    found = typed(
        "ICE HOCKEY - HOME SIDE LOSE AGAIN .\n"
        "The home side have now lost four in a row at the Dalveny ."
    )
    assert found.get("Dalveny") == "place", found


@pytest.mark.parametrize(
    "text",
    [
        # No slug: an article with a score elsewhere may meet someone at a firm.
        "Arsenal won 2-1 on Saturday.\nHe met Jones at Goldvane on Monday.",
        # A result's noun before ``at``: the home side, not its ground.
        "SOCCER - RESULTS .\nCorran slumped to a 1-0 defeat at Quillmoor .",
    ],
)
def test_a_name_after_at_alone_is_no_ground_without_a_slug_or_after_a_result(text: str) -> None:
    name = "Goldvane" if "Goldvane" in text else "Quillmoor"
    assert typed(text).get(name) != "place"


def test_at_the_ends_a_word_of_its_own() -> None:
    found = typed(
        "Corran won 3-1 on Sunday.\nThe coach insisted that the Brannock Trust pay the bill."
    )
    assert found.get("Brannock Trust") != "place", found


def test_a_bowler_s_figures_in_an_innings_bracket_make_no_club() -> None:
    found = typed(
        "CRICKET - ONE-DAY SERIES .\n"
        "Scores : Ostrava 231-8 in 50 overs ( Tom Reale 68 , Ivo Marsh 54 ; Kesra Olwan 3-41 )\n"
    )
    assert found.get("Kesra Olwan") == "person", found


def test_a_body_s_head_that_ends_a_ground_s_name_is_the_ground_after_at_the() -> None:
    found = typed(
        "Corran won 3-1 on Sunday.\nThe home side have lost four in a row at the Varrow Centre ."
    )
    assert found.get("Varrow Centre") == "place", found


def test_a_body_s_head_after_at_the_stays_a_body_outside_a_sports_report() -> None:
    found = typed("Talks resumed at the Varrow Centre on Monday, officials said.")
    assert found.get("Varrow Centre") != "place", found


def test_a_person_shaped_ground_after_at_is_the_ground_in_a_wire_sports_story() -> None:
    found = typed(
        "RUGBY UNION - HOSTS ROUT VISITORS .\n"
        "The hosts ran in seven tries to win 49-19 at Grace Park on Saturday ."
    )
    assert found.get("Grace Park") == "place", found
