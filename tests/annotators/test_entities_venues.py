"""Venues: an unknown name ending in a venue's word is a place, joined to a place right before
it; a person's name ending so stays the person's."""

from __future__ import annotations

from helpers.entities import found, typed


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


# Spanish and French venues (``[entities] venue_words``), kept from the file this one replaced.


def test_a_stadium_is_a_place() -> None:
    got = found("El partido se jugará en el Estadio Monumental el domingo.", "es")
    assert ("Estadio Monumental", "place") in got


def test_an_arena_named_after_its_sponsor_is_a_place() -> None:
    assert ("Accor Arena", "place") in found("Le concert aura lieu à l'Accor Arena samedi.", "fr")


def test_a_velodrome_and_a_theatre_are_places() -> None:
    assert ("Orange Vélodrome", "place") in found(
        "Le match prévu à l'Orange Vélodrome a été reporté.", "fr"
    )
    assert ("Théâtre du Châtelet", "place") in found(
        "La pièce se joue au Théâtre du Châtelet jusqu'en mai.", "fr"
    )


def test_a_club_led_by_stade_stays_a_club() -> None:
    got = found("Le Stade rennais a gagné samedi soir à Lorient.", "fr")
    assert ("Stade rennais", "organisation") in got
