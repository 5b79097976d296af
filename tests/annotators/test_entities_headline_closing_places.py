"""A wire headline in capitals closing on a place's preposition and a name (``... SLIP IN
BREDA .``; in a sports article ``... LEADS BY ONE AT VALDERRAMA .``) names a place there, though
the body does not type it. The texts are written for these tests."""

from __future__ import annotations

from helpers.entities import found


def test_the_name_after_in_closing_a_headline_is_a_place() -> None:
    text = (
        "FLOOD WATERS RISE IN KORVANKA .\n"
        "LONDON 1996-08-30\n"
        "Rescue teams worked through the night as the river rose .\n"
    )
    assert ("KORVANKA", "place") in found(text, "en")


def test_a_venue_after_at_closing_a_sports_headline_is_a_place() -> None:
    text = (
        "GOLF - LANGER LEADS BY ONE AT MERVALLA .\n"
        "SOTOGRANDE 1996-10-25\n"
        "Leading scores after the second round on Friday :\n"
        "135 Bernhard Langer ( Germany ) 67 68\n"
        "136 Colin Montgomerie ( Scotland ) 68 68\n"
    )
    assert ("MERVALLA", "place") in found(text, "en")


def test_a_compass_word_closing_a_headline_is_no_place() -> None:
    text = (
        "TROOPS CLASH WITH REBELS IN NORTH .\n"
        "COLOMBO 1996-07-24\n"
        "At least 60 soldiers and rebels were killed on Wednesday .\n"
    )
    assert not {mention for mention, kind in found(text, "en") if mention == "NORTH"}
