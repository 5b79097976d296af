"""A capitalised Russian or Ukrainian word in an instrumental adjective's ending grows into a
place or a body's name only with a generic noun in its case (``Тверским районом``,
``Калужским шоссе``): a surname in the instrumental before a noun in another case (``с
Вишневским площадь``) is no place's name.

The sentences are invented for these tests in the manner of news articles."""

from __future__ import annotations

import pytest

from helpers.entities import mentions


@pytest.mark.parametrize(
    ("language", "text", "grown"),
    [
        ("ru", "Вместе с Вишневским площадь убирали волонтеры.", "Вишневским площадь"),
        ("uk", "Разом із Вишневським площу прибирали волонтери.", "Вишневським площу"),
    ],
)
def test_an_instrumental_surname_does_not_grow_over_a_noun(
    language: str, text: str, grown: str
) -> None:
    assert not any(name == grown for name, _ in mentions(text, language))


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("ru", "Он руководит Тверским районом уже давно.", "Тверским районом"),
        ("ru", "Пробка растянулась за Калужским шоссе.", "Калужским шоссе"),
        ("uk", "Він керує Київським районом.", "Київським районом"),
    ],
)
def test_an_instrumental_adjective_still_grows_with_its_noun(
    language: str, text: str, place: str
) -> None:
    assert (place, "place") in mentions(text, language)
