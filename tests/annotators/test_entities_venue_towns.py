"""A venue named with its town (``Movistar Arena de Bogotá``): the venue's name is a place
without the connector, and the town is a place of its own."""

from __future__ import annotations

from helpers.entities import found


def test_an_auditorium_and_its_town_are_two_places() -> None:
    got = found(
        "La banda tocará en abril en el Auditorio Telmex de Guadalajara y luego en Lima.", "es"
    )
    assert ("Auditorio Telmex", "place") in got
    assert ("Guadalajara", "place") in got
    assert not any(text.endswith(" de") for text, _ in got)


def test_a_theatre_and_its_city_are_two_places() -> None:
    got = found("La obra se estrena en el Teatro Colón de Buenos Aires el viernes.", "es")
    assert ("Teatro Colón", "place") in got
    assert ("Buenos Aires", "place") in got
