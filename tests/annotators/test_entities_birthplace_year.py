"""A name before ``(place, year)`` is not made a place in that place: the place and the year
say where and when one was born (``Ana Ruiz (Cádiz, 1975)``; issue 16, session 32)."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("El ganador es Etxeberria (Bilbao, 1980), autor de la novela.", "es", "Etxeberria"),
        ("Le prix revient à Kerbrat (Brest, 1981), auteur du roman.", "fr", "Kerbrat"),
    ],
)
def test_a_name_before_a_birthplace_and_year_is_no_place(
    text: str, language: str, name: str
) -> None:
    found = typed(text, language)
    assert found.get(name) != "place"


def test_a_place_before_its_region_in_brackets_still_is_one() -> None:
    found = typed("Visitó el barrio de Gràcia (Barcelona) el lunes.", "es")
    assert found.get("Gràcia") == "place"
