"""A role naming an institution by its number (``директорка ліцею № 17``, ``главный врач
поликлиники № 6``): the number and its sign are part of the role, not where it stops. The
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "quoted", "role"),
    [
        (
            "uk",
            "Директорка ліцею № 17 Оксана Дуб розповіла про карантин.\n"
            "«Хворіє третина учнів», – сказала вона.",
            "Хворіє третина учнів",
            "Директорка ліцею № 17",
        ),
        (
            "ru",
            "Главный врач поликлиники №6 Ирина Лебедева рассказала о нагрузке.\n"
            "«Мы привлекли ординаторов», — сказала она.",
            "Мы привлекли ординаторов",
            "Главный врач поликлиники №6",
        ),
    ],
)
def test_an_institution_s_number_is_part_of_the_role(
    language: str, text: str, quoted: str, role: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 1), language=language)
    assert found[quoted][1] == role
