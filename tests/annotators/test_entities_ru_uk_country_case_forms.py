"""A country's case form whose stem is not its nominative's (``Египта``, ``Єгипту``: the
vowel of ``Египет``, ``Єгипет`` drops) is the country, by the dictionary's nominative, where
that nominative is the place's own spelling (session 40, lane R). The sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.entities import found

_PUBLISHED = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Туристы вернулись из Египта раньше срока.", "ru", "Египта"),
        ("Посольство в Египте продлило работу.", "ru", "Египте"),
        ("Туристи повернулися з Єгипту раніше строку.", "uk", "Єгипту"),
    ],
)
def test_a_country_whose_vowel_drops_is_found_in_its_case_forms(
    text: str, language: str, place: str
) -> None:
    assert (place, "place") in found(text, language, _PUBLISHED)


def test_a_surname_whose_stem_is_a_country_s_stays_no_place() -> None:
    # (``Чехова``: the surname ``Чехов``, whose stem is that of ``Чехия``)
    got = found("Режиссер Анна Белова поставила Чехова в новом театре.", "ru", _PUBLISHED)
    assert ("Чехова", "place") not in got
