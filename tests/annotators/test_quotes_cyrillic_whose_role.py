"""A role noun after an inverted cue followed by words saying whose role it is, in Russian
and Ukrainian (session 28 review of lane D): the holder named before speaks only where the
role the article gave them names the same (``— заявил президент Чили`` is not the president of
Peru named before); words saying where or when (``после матча``) and an acronym that may
shorten the role (``очільник МЗС``) leave the holder as before. The sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.morphology import with_uk_dictionary
from helpers.quotes import speakers_and_roles


def _speaker(text: str, language: str) -> str | None:
    found = speakers_and_roles(text, dt.date(2026, 5, 6), "c", language)
    ((who, _),) = found.values()
    return who


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Президент Перу Луис Мендоса прибыл в Мадрид.\n\n"
            "«Торговля между нами растёт», — заявил президент Чили.",
        ),
        with_uk_dictionary(
            "uk",
            "Міністр освіти Польщі Ян Ковальський приїхав до Вільнюса.\n\n"
            "«Школи відкриються вчасно», — сказав міністр освіти Литви.",
        ),
    ],
)
def test_a_role_of_another_country_is_not_the_holder_named_before(language: str, text: str) -> None:
    assert _speaker(text, language) not in ("Луис Мендоса", "Ян Ковальський")


def test_a_role_of_the_same_country_is_the_holder_named_before() -> None:
    text = (
        "Президент Чили Луис Мендоса прибыл в Мадрид.\n\n"
        "«Торговля между нами растёт», — заявил президент Чили."
    )
    assert _speaker(text, "ru") == "Луис Мендоса"


def test_a_role_before_a_phrase_of_time_is_still_the_holder_named_before() -> None:
    text = (
        "Президент Перу Луис Мендоса прибыл в Мадрид.\n\n"
        "«Торговля между нами растёт», — заявил президент после переговоров."
    )
    assert _speaker(text, "ru") == "Луис Мендоса"


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        ("ru", "Глава Минтранса заявил: «Мост откроют осенью».", "глава"),
        with_uk_dictionary("uk", "Речник Мінекономіки сказав: «Завод запрацює восени».", "речник"),
    ],
)
def test_a_role_of_a_body_with_no_holder_named_is_not_cut_to_its_noun(
    language: str, text: str, role: str
) -> None:
    assert _speaker(text, language) != role
