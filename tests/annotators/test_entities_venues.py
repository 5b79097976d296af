"""Spanish and French venues (``[entities] venue_words``): a name of two words or more with a
venue's noun is a place, never a person (``Estadio Monumental``, ``Orange Vélodrome``,
``Théâtre du Châtelet``)."""

from __future__ import annotations

from helpers.entities import found


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
