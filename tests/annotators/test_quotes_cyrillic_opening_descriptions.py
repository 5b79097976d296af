"""Russian and Ukrainian: a noun of a person opening the sentence, with what it is of, before
a name is that person's role (issue #16), though no title list holds the noun: the dictionary
reads it as a person's in the nominative (``Наглядачка музею``, ``Оператор
зерносушилки``). A later ``— сказала наглядачка`` is the person so described, with that role.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        (
            "uk",
            "Виставка відкрилася у Рівному. Наглядачка музею Оксана Лисенко розповіла про "
            "підготовку. «Ми збирали ці картини три роки», — сказала вона.",
            "Оксана Лисенко",
            "Наглядачка музею",
        ),
        (
            "uk",
            "Виставка відкрилася у Рівному.\n\nНаглядачка музею Оксана Лисенко розповіла про "
            "підготовку.\n\n«Ми збирали ці картини три роки», — сказала наглядачка.",
            "Оксана Лисенко",
            "Наглядачка музею",
        ),
        (
            "ru",
            "Элеватор запустил новую линию. Оператор зерносушилки Галина Петрова рассказала о "
            "смене: «Работать стало легче».",
            "Галина Петрова",
            "Оператор зерносушилки",
        ),
    ],
)
def test_a_described_person_opening_the_sentence_has_that_role(
    language: str, text: str, speaker: str, role: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language=language)
    assert list(found.values()) == [(speaker, role)]


def test_the_described_person_in_another_case_has_no_role() -> None:
    # The accusative is whom the sentence acts on: no description of the one named next.
    text = (
        "Виставка відкрилася у Рівному. Наглядачку музею Оксану Лисенко нагородили грамотою. "
        "«Ми збирали ці картини три роки», — сказала Лисенко."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="uk")
    assert list(found.values()) == [("Оксана Лисенко", None)]


def test_an_opening_noun_before_another_name_and_a_conjunction_is_no_role() -> None:
    # ``Сестра Ірина Мельник та Оксана Лисенко``: two people the sentence opens with, joined by
    # ``та``; the words before the second are no description of her.
    text = (
        "Виставка відкрилася у Рівному. Сестра Ірина Мельник та Оксана Лисенко відкрили її. "
        "«Ми чекали цього три роки», — сказала Лисенко."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="uk")
    assert list(found.values()) == [("Оксана Лисенко", None)]
