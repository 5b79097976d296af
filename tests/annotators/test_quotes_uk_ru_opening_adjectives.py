"""A Russian or Ukrainian role opening its sentence with an adjective, written with the
sentence's capital (``Финансовый директор «...» Анна Юдина``, ``Ведущий научный сотрудник
института``), keeps that adjective.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


def role(text: str, language: str, quoted: str) -> str | None:
    """The role of the speaker of the quotation opening with ``quoted`` in one article."""
    found = speakers_and_roles(text, dt.date(2026, 11, 30), doc_id="adj", language=language)
    (match,) = [r for words, (_, r) in found.items() if words.startswith(quoted)]
    return match


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "ru",
            "Компания отчиталась о прибыли за год.\n"
            "Финансовый директор «Северстройпласта» Анна Юдина объяснила рост экспортом. "
            "«Мы нашли новых покупателей в Азии и сохранили старых», — сказала Юдина.",
            "Мы нашли новых покупателей",
            "финансовый директор «северстройпласта»",
        ),
        (
            "ru",
            "Ученые вернулись из экспедиции.\n"
            "Ведущий научный сотрудник института Павел Гречкин считает, что лед тает "
            "быстрее прогнозов. «Такой скорости мы не видели никогда», — пояснил он.",
            "Такой скорости мы не видели",
            "ведущий научный сотрудник института",
        ),
    ],
)
def test_an_opening_adjective_stays_in_the_role(
    language: str, text: str, quoted: str, expected: str
) -> None:
    found = role(text, language, quoted)
    assert found is not None and found.lower() == expected
