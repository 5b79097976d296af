"""A Russian capitalised adjective in an oblique case before the generic noun it agrees with
names the body or the place with that noun (``Законодательного собрания``, ``Намского улуса``,
``Арабатскую косу``), never a person its role word before it seemed to name (session 40, lane
R). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.entities import found

_PUBLISHED = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Вчера спикер Законодательного собрания Игорь Семёнов открыл сессию.",
            "organisation",
            "Законодательного собрания",
        ),
        ("Глава Намского улуса Семён Егоров рассказал о паводке.", "place", "Намского улуса"),
        ("Летом туристы едут на Арабатскую косу за тишиной.", "place", "Арабатскую косу"),
    ],
)
def test_an_adjective_and_its_generic_noun_are_one_name(text: str, kind: str, name: str) -> None:
    got = found(text, "ru", _PUBLISHED)
    assert (name, kind) in got
    assert not any(k == "person" and name.startswith(words) for words, k in got)


def test_a_meeting_opening_a_sentence_names_no_body() -> None:
    got = found("Внеочередное собрание акционеров пройдёт в марте.", "ru", _PUBLISHED)
    assert not any(k == "organisation" for _, k in got)
