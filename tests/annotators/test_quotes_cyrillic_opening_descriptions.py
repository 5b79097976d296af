"""Russian and Ukrainian: a noun of a person opening the sentence, with what it is of, before
a name is that person's role (issue #16), though no title list holds the noun: the dictionary
reads it as a person's in the nominative (``Диспетчерка депо``, ``Продавщица
рыбного ряда``). A later ``— сказала диспетчерка`` is the person so described, with that role.

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
            "Нову лінію тролейбуса запустили в Луцьку. Диспетчерка депо Оксана Лисенко розповіла "
            "про графік. «Машини виходять щопівгодини», — сказала вона.",
            "Оксана Лисенко",
            "Диспетчерка депо",
        ),
        (
            "uk",
            "Нову лінію тролейбуса запустили в Луцьку.\n\nДиспетчерка депо Оксана Лисенко "
            "розповіла про графік.\n\n«Машини виходять щопівгодини», — сказала диспетчерка.",
            "Оксана Лисенко",
            "Диспетчерка депо",
        ),
        (
            "ru",
            "Рынок открылся после ремонта. Продавщица рыбного ряда Галина Петрова рассказала о "
            "покупателях: «Людей стало больше».",
            "Галина Петрова",
            "Продавщица рыбного ряда",
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
        "Нову лінію тролейбуса запустили в Луцьку. Диспетчерку депо Оксану Лисенко нагородили "
        "грамотою. «Машини виходять щопівгодини», — сказала Лисенко."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="uk")
    assert list(found.values()) == [("Оксана Лисенко", None)]


def test_an_opening_noun_before_another_name_and_a_conjunction_is_no_role() -> None:
    # ``Сестра Ірина Мельник та Оксана Лисенко``: two people the sentence opens with, joined by
    # ``та``; the words before the second are no description of her.
    text = (
        "Нову лінію тролейбуса запустили в Луцьку. Сестра Ірина Мельник та Оксана Лисенко "
        "їздили нею першими. «Машини виходять щопівгодини», — сказала Лисенко."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="uk")
    assert list(found.values()) == [("Оксана Лисенко", None)]
