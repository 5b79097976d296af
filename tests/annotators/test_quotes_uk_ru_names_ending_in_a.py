"""A man's first name ending in -а before a surname in the nominative (Turkish names: ``Бора
Кабак``) is not read as the genitive or accusative of a name without the -а (``Бор``): a man's
name in a case declines every word. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "ru",
            "Главный тренер клуба Бора Кабак ответил на вопросы журналистов.\n"
            "«Мы сыграли плохо», — сказал тренер.",
            "Мы сыграли плохо",
            "Бора Кабак",
        ),
        (
            "uk",
            "Головний тренер клубу Бора Кабак відповів на запитання журналістів.\n"
            "«Ми зіграли погано», — сказав тренер.",
            "Ми зіграли погано",
            "Бора Кабак",
        ),
    ],
)
def test_a_first_name_ending_in_a_is_kept_beside_a_nominative_surname(
    language: str, text: str, quoted: str, expected: str
) -> None:
    assert speaker_of(text, language, quoted) == expected
