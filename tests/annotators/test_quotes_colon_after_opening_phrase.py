"""A clause a colon closes before a quotation, with no cue verb, whose person follows an
opening phrase and a comma (``Комментируя борьбу за титул, Карпин был краток: «...»``,
``Après l'audience, Morel s'est montré bref : « ... »``): that person, the clause's subject.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "ru",
            "Тренер Сергей Карпин остался доволен. Защитник Артем Полянский забил гол.\n"
            "Комментируя борьбу за чемпионство, Карпин был краток: «До весны еще далеко, "
            "мы никого не боимся».",
            "До весны еще далеко",
            "Сергей Карпин",
        ),
        (
            "uk",
            "Тренер Сергій Карпенко залишився задоволеним. Захисник Артем Поляк забив гол.\n"
            "Коментуючи боротьбу за чемпіонство, Карпенко був лаконічним: «До весни ще "
            "далеко, ми нікого не боїмося».",
            "До весни ще далеко",
            "Сергій Карпенко",
        ),
    ],
)
def test_the_person_after_an_opening_phrase_speaks(
    language: str, text: str, quoted: str, expected: str
) -> None:
    assert speaker_of(text, language, quoted) == expected


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "ru",
            "Министр Олег Матыцин приехал на матч. Тренер Сергей Карпин выиграл кубок.\n"
            "После матча, Сергея Карпина похвалил министр: «Это большая победа для всех».",
            "Это большая победа",
            "Сергей Карпин",
        ),
        (
            "uk",
            "Міністр Олег Петренко приїхав на матч. Тренер Сергій Карпенко виграв кубок.\n"
            "Після матчу, Сергія Карпенка похвалив міністр: «Це велика перемога для всіх».",
            "Це велика перемога",
            "Сергій Карпенко",
        ),
    ],
)
def test_a_person_in_another_case_after_the_opening_phrase_does_not_speak(
    language: str, text: str, quoted: str, expected: str
) -> None:
    assert speaker_of(text, language, quoted) != expected
