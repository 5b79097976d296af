"""A place closing a run of a headline in capitals (annotators/entities/evidence.py): the
capitals run a verb or a part of a place together with the place (``ITALY STUN PORTUGAL``,
``IN WEST KENYA``); the place is the name when the body writes the words before it in lower
case. The sentences are invented for these tests.

A wire headline in capitals closing on a place's preposition and a name (``... RISE IN
KORVANKA .``; in a sports article ``... KEEPS LEAD AT MERVALLA .``) names a place there, though
the body does not type it."""

from __future__ import annotations

from helpers.entities import found as found_in
from helpers.entities import typed


def _wire(headline: str, body: str) -> str:
    return f"{headline}\nLONDON 1996-08-24\n{body}\n"


def test_a_country_after_a_part_of_it_in_a_headline_is_the_place() -> None:
    found = typed(
        _wire(
            "STORMS KILL 30 IN WEST KENYA .",
            "Storms have killed 30 people in western districts , officials said on Monday .",
        )
    )
    assert found.get("KENYA") == "place", found


def test_a_country_after_a_verb_the_body_writes_is_the_place() -> None:
    found = typed(
        _wire(
            "SOCCER - ITALY STUN PORTUGAL IN ROME .",
            "Italy stunned the favourites on Saturday , their coach said .",
        )
    )
    assert found.get("PORTUGAL") == "place", found


def test_a_town_the_body_names_after_a_verb_in_a_headline_is_the_place() -> None:
    found = typed(
        _wire(
            "REBELS SAY THEY CONTROL TABORA .",
            "Rebels said on Saturday they controlled Tabora , a railway town .",
        )
    )
    assert found.get("TABORA") == "place", found
    assert found.get("Tabora") == "place", found


def test_a_word_the_body_writes_only_as_a_name_keeps_the_run_together() -> None:
    found = typed(
        _wire(
            "CRICKET - KENT BEAT SUSSEX .",
            "Kent beat Sussex by five wickets on Friday .",
        )
    )
    assert found.get("SUSSEX") != "place", found


def test_a_body_person_s_surname_opening_a_headline_s_run_is_the_person() -> None:
    found = typed(
        _wire(
            "TERVALKO COALITION LOSES MAJORITY .",
            "Prime Minister Ivan Tervalko 's coalition lost its majority on Saturday .",
        )
    )
    assert found.get("TERVALKO") == "person", found


def test_a_surname_after_a_particle_in_a_headline_s_run_is_not_cut() -> None:
    found = typed(
        _wire(
            "VAN DER VELST URGES TALKS .",
            "Commissioner Pieter van der Velst urges talks , officials said on Monday .",
        )
    )
    assert found.get("VELST") is None, found


def test_the_name_after_in_closing_a_headline_is_a_place() -> None:
    text = (
        "FLOOD WATERS RISE IN KORVANKA .\n"
        "LONDON 1996-08-30\n"
        "Rescue teams worked through the night as the river rose .\n"
    )
    assert ("KORVANKA", "place") in found_in(text, "en")


def test_a_venue_after_at_closing_a_sports_headline_is_a_place() -> None:
    text = (
        "GOLF - ORTVALL KEEPS LEAD AT MERVALLA .\n"
        "ESKRIDGE 1996-06-08\n"
        "Scores after the third round on Saturday :\n"
        "201 Tomas Ortvall ( Sweden ) 66 68 67\n"
        "203 Pieter Laaks ( Netherlands ) 69 67 67\n"
    )
    assert ("MERVALLA", "place") in found_in(text, "en")


def test_a_compass_word_closing_a_headline_is_no_place() -> None:
    text = (
        "TROOPS CLASH WITH REBELS IN NORTH .\n"
        "COLOMBO 1996-07-24\n"
        "At least 60 soldiers and rebels were killed on Wednesday .\n"
    )
    assert not {mention for mention, kind in found_in(text, "en") if mention == "NORTH"}
