"""A venue named with its town (``Auditorio Telmex de Guadalajara``): the venue's name is a
place without the connector, and the town is a place of its own. A venue named after a person
(``Estadio Santiago Bernabéu``) is a place, the person's name part of it."""

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


def test_a_stadium_named_after_a_person_is_a_place() -> None:
    got = found("El clásico se jugará el sábado en el Estadio Santiago Bernabéu.", "es")
    assert ("Estadio Santiago Bernabéu", "place") in got
    assert ("Santiago Bernabéu", "person") not in got


def test_a_theatre_named_after_a_person_is_a_place() -> None:
    got = found("La pièce sera jouée au Théâtre Marie Curie jusqu'en juin.", "fr")
    assert ("Théâtre Marie Curie", "place") in got


def test_a_venue_named_after_a_person_and_its_town_are_two_places() -> None:
    got = found("Le concert aura lieu au Théâtre Marie Curie de Lyon samedi soir.", "fr")
    assert ("Théâtre Marie Curie", "place") in got
    assert ("Lyon", "place") in got
    assert not any(text.endswith(" de") for text, _ in got)
