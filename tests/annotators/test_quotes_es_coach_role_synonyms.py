"""Spanish: a club's coach is its ``entrenador``, its ``técnico`` or, in the Americas, its
``director técnico`` (session 32, lane D). After a cue, one of these names points back to the
person the article gave another of them (``[quotes] role_synonyms``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("introduced", "cue"),
    [
        ("el director técnico del Junior, Mario Pérez Lara,", "respondió el entrenador"),
        ("la entrenadora del Levante, Marta Ruiz Soler,", "dijo la directora técnica"),
        ("el entrenador del Betis, Luis Gómez Ruiz,", "dijo el técnico"),
    ],
)
def test_another_name_of_the_coach_points_back_to_the_coach(introduced: str, cue: str) -> None:
    text = (
        f"En la rueda de prensa, {introduced} no se escondió. "
        "Cuando le preguntaron por el gol anulado, tardó en contestar. "
        f'"No voy a poner excusas", {cue}.'
    )
    found = speakers_and_roles(text, DAY, language="es")
    speaker = introduced.split(", ")[1].rstrip(",")
    assert found["No voy a poner excusas"][0] == speaker


@pytest.mark.parametrize(
    ("introduced", "cue"),
    [
        ("El técnico del Cádiz, Sergio Vidal Ortega,", "dijo el entrenador"),
        ("El técnico del Cádiz, Sergio Vidal Ortega,", "dijo el director técnico"),
    ],
)
def test_each_name_of_the_coach_leads_to_the_other_two(introduced: str, cue: str) -> None:
    # The three names are one role: ``el entrenador`` finds the man introduced as ``técnico``
    # as surely as ``el técnico`` finds the one introduced as ``entrenador``.
    text = (
        f"{introduced} no se escondió tras la derrota. "
        "Cuando le preguntaron por el penalti, tardó en contestar. "
        f'"El equipo no compitió", {cue}.'
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["El equipo no compitió"][0] == "Sergio Vidal Ortega"
