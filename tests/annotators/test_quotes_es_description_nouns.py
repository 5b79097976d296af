"""Spanish nouns of what someone is that head a role before or after their name
(``[quotes] description_nouns``): the critic, the coach (``estratega``), the cox (``timonel``),
the chemist, the councillor (``edil``), the member of congress.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "El crítico Anselmo Vidaurre sostuvo que se trata de «la película más madura del año».",
            "crítico",
        ),
        (
            "El edil nacionalista Anselmo Vidaurre cuestionó los plazos. «Se aprobó a las "
            "apuradas», afirmó.",
            "edil nacionalista",
        ),
        ("El estratega Anselmo Vidaurre sostuvo que el equipo «sabe sufrir».", "estratega"),
        (
            "La congresista Anselma Vidaurre sostuvo que la comisión «se ha convertido en un set».",
            "congresista",
        ),
        (
            "«Remamos hasta el final», dijo Anselmo Vidaurre, timonel del equipo.",
            "timonel del equipo",
        ),
        (
            "«La muestra no estaba contaminada», explicó Anselma Vidaurre, química del "
            "Instituto de Ciencias del Mar.",
            "química del Instituto de Ciencias del Mar",
        ),
    ],
)
def test_a_description_noun_heads_the_speaker_s_role(text: str, role: str) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="es")
    ((speaker, found_role),) = found.values()
    assert speaker is not None and speaker.startswith("Ansel")
    assert found_role == role
