"""Venues: an unknown name ending in a venue's word is a place, joined to a place right before
it; a person's name ending so stays the person's."""

from __future__ import annotations

from helpers.entities import typed


def test_an_unknown_name_ending_in_a_venue_word_is_a_place() -> None:
    got = typed(
        "The derby at Brackley Park was abandoned after the floodlights failed .\n"
        "Next week the side plays at Kessock Ground .\n"
    )
    assert got.get("Brackley Park") == "place", got
    assert got.get("Kessock Ground") == "place", got


def test_a_venue_after_a_place_is_one_place() -> None:
    got = typed("Tickets for the concert at Dublin Tower Garden sold out on Monday .\n")
    assert got.get("Dublin Tower Garden") == "place", got
    assert "Dublin" not in got, got


def test_an_arena_is_a_place() -> None:
    got = typed("Fans queued outside the Pelham Arena before the final .\n")
    assert got.get("Pelham Arena") == "place", got


def test_a_person_named_park_stays_a_person() -> None:
    got = typed("Susan Park , the team 's doctor , said the injury was minor .\n")
    assert got.get("Susan Park") == "person", got
