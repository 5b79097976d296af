"""A club named with its home town before a match's verb (``X of Athens beat Y 2-1``): the
name before ``of`` is the side, the town its home; the texts are written for these tests."""

from __future__ import annotations

from helpers.entities import mentions


def test_the_name_before_its_home_town_is_the_club() -> None:
    found = mentions(
        "BASKETBALL - KORLAVIA TAKE THE CUP .\n"
        "MADRID 1997-04-10\n"
        "Korlavia of Belgrade beat Barcelona 71-64 in the final on Thursday .\n"
    )
    assert ("Korlavia", "organisation") in found, found
    assert ("Belgrade", "place") in found, found
    assert ("Barcelona", "organisation") in found, found


def test_a_town_side_without_a_name_before_it_stays_the_club() -> None:
    found = mentions(
        "SOCCER - CUP RESULT .\n"
        "LONDON 1997-04-10\n"
        "In the cup , Belgrade beat Barcelona 2-1 on Sunday .\n"
    )
    assert ("Belgrade", "organisation") in found, found


def test_a_title_before_the_home_town_is_no_club() -> None:
    found = mentions(
        "SOCCER - CUP RESULT .\n"
        "LONDON 1997-04-10\n"
        "The Duke of Belgrade beat Barcelona 2-1 on Sunday .\n"
    )
    assert "Duke" not in [mention for mention, _ in found], found
