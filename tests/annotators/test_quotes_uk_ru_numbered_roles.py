"""Roles before a name in Ukrainian and Russian (session 41, lane U): a role naming an
institution by its number (``директорка ліцею № 17``, ``главный врач поликлиники №6``) holds
the number and its sign, not stops there; a Kazakh region's head (``аким``) is a title. The
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.entities import mentions
from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "quoted", "role"),
    [
        (
            "uk",
            "Директорка ліцею № 17 Оксана Дуб розповіла про карантин.\n"
            "«Хворіє третина учнів», – сказала вона.",
            "Хворіє третина учнів",
            "Директорка ліцею № 17",
        ),
        (
            "ru",
            "Главный врач поликлиники №6 Ирина Лебедева рассказала о нагрузке.\n"
            "«Мы привлекли ординаторов», — сказала она.",
            "Мы привлекли ординаторов",
            "Главный врач поликлиники №6",
        ),
    ],
)
def test_an_institution_s_number_is_part_of_the_role(
    language: str, text: str, quoted: str, role: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 1), language=language)
    assert found[quoted][1] == role


def test_a_kazakh_region_s_head_is_a_russian_title() -> None:
    """``Аким области Ерлан Абенов``: a Kazakh town's or region's head, written in Russian news
    as a title before the name, is the role of the name after it."""
    found = speakers_and_roles(
        "Аким области Ерлан Абенов доволен урожаем.\n«Зерна хватит всем», — сказал Абенов.",
        dt.date(2026, 12, 1),
        language="ru",
    )
    assert found["Зерна хватит всем"] == ("Ерлан Абенов", "Аким области")


def test_a_number_closing_the_sentence_before_the_name_is_no_part_of_a_role() -> None:
    """``Директор школы № 5. Иван Петренко ...``: the number ends the sentence before the name,
    so neither it nor the words before its stop are the role of the name after."""
    found = speakers_and_roles(
        "Директор школы № 5. Иван Петренко рассказал о ремонте.\n"
        "«Ремонт закончен», — сказал Петренко.",
        dt.date(2026, 12, 1),
        language="ru",
    )
    assert found["Ремонт закончен"] == ("Иван Петренко", None)


def test_a_title_s_short_stem_is_no_role_in_a_name() -> None:
    """``аким`` stems to ``ак``: the ``Ак`` of a club's name (``«Ак Барс»``) is no form of the
    title, so the name is kept whole, in any case."""
    found = mentions(
        "Казанский «Ак Барс» обыграл СКА. Хоккеисты «Ак Барса» выиграли пятый матч подряд.", "ru"
    )
    assert ("Ак Барс", "organisation") in found
    assert ("Ак Барса", "organisation") in found
