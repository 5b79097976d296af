"""A big city's case form after a preposition of place (``в Милане``, ``в Ліоні``) is the city,
though the first-name tables hold its nominative (Милан, Ліон): as for a city's own spelling
after such a word (``in Basel``), its size outweighs the first name (session 40, lane R). The
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.entities import found

_PUBLISHED = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("В Милане открыли выставку дизайна.", "ru", "Милане"),
        ("Вчера в Лионе прошёл фестиваль уличного кино.", "ru", "Лионе"),
        ("Учора в Ліоні пройшов фестиваль вуличного кіно.", "uk", "Ліоні"),
    ],
)
def test_a_big_city_named_like_a_first_name_after_in(text: str, language: str, place: str) -> None:
    assert (place, "place") in found(text, language, _PUBLISHED)


def test_a_first_name_after_the_preposition_of_having_is_no_town() -> None:
    # (``у Романа``: Roman has; ``Роман`` is no big city)
    got = found("Кажуть, у Романа є нова машина.", "uk", _PUBLISHED)
    assert not any(kind == "place" for _, kind in got)
