"""A Ukrainian or Russian speaker whose full name the page writes only in the instrumental
(``зустрівся з Ерлінгом Гаугом``, ``переговоры с Хаканом Озтюрком``) and whose surname it
writes alone in the nominative (``Гауг зазначив``) is given in the nominative.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "uk",
            "Мер Львова провів переговори з послом Данії Гансом Ларсеном.\n"
            "Ларсен, своєю чергою, наголосив: «Данія профінансує ремонт трьох лікарень».",
            "Данія профінансує ремонт",
            "Ганс Ларсен",
        ),
        (
            "ru",
            "Губернатор встретился с послом Бразилии Мартином Гаспаром.\n"
            "Как отметил Гаспар, «поставки кофе в регион вырастут вдвое».",
            "поставки кофе в регион",
            "Мартин Гаспар",
        ),
    ],
)
def test_an_instrumental_full_name_is_given_in_the_nominative(
    language: str, text: str, quoted: str, expected: str
) -> None:
    assert speaker_of(text, language, quoted) == expected


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "ru",
            "Режиссер Лев Толстой приехал в Казань. С ним прилетела актриса Анна Толста.\n"
            "«Мы начнем съемки весной», — сказал Лев Толстой.",
            "Мы начнем съемки",
            "Лев Толстой",
        ),
        (
            "ru",
            "Посол Мохаммед Ибрагим прибыл в Ибраг, город на севере страны.\n"
            "«Мы откроем здесь консульство», — сказал Ибрагим.",
            "Мы откроем здесь",
            "Мохаммед Ибрагим",
        ),
    ],
)
def test_a_nominative_name_that_only_ends_like_an_instrumental_is_kept(
    language: str, text: str, quoted: str, expected: str
) -> None:
    assert speaker_of(text, language, quoted) == expected
