"""A body's or role's adjective in the superlative keeps its own stem in the nominative
(session 28 review of lane D): the Russian dictionary files ``высшей`` under ``высокий`` and
inflects it to ``высочайшая``, ``лучшей`` to ``наихорошая``. The phrases are written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.languages.morphology import nominative_body, nominative_role


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Высшей школы экономики", "Высшая школа экономики"),
        ("Высшем арбитражном суде", "Высший арбитражный суд"),
        ("Лучшей городской библиотеки", "Лучшая городская библиотека"),
    ],
)
def test_a_superlative_in_a_bodys_name_keeps_its_stem(written: str, nominative: str) -> None:
    assert nominative_body(written, "ru") == nominative


def test_a_superlative_in_a_role_keeps_its_stem() -> None:
    assert nominative_role("высшим должностным лицом", "ru") == "высшее должностное лицо"


def test_a_body_with_a_superlative_speaks_under_its_own_name() -> None:
    found = speakers_and_roles(
        "«Набор студентов вырастет», — сообщили в Высшей школе экономики.",
        dt.date(2026, 5, 6),
        "c",
        "ru",
    )
    assert [who for who, _ in found.values()] == ["Высшая школа экономики"]
