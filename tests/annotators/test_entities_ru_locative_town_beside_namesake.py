"""A Russian town in the locative after ``в`` is the town though the article names a person of
the same stem (``в Березовском`` beside its author ``Ирина Березовская``): no one is *in* a
person (session 40, lane R). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.entities import found

_PUBLISHED = dt.date(2026, 12, 1)


_ARTICLE = (
    "Котельные проверят до зимы\n\nАвтор: Ирина Березовская\n\n"
    "Проверки котельных прошли в Екатеринбурге, Березовском и Верхней Пышме."
)


def test_a_listed_town_in_the_locative_beside_a_namesake_is_the_town() -> None:
    got = found(_ARTICLE, "ru", _PUBLISHED)
    assert ("Ирина Березовская", "person") in got
    assert ("Березовском", "place") in got
    assert ("Березовском", "person") not in got


def test_the_namesake_s_surname_elsewhere_stays_hers() -> None:
    got = found(_ARTICLE + "\n\nПо словам Березовской, ремонт закончат к марту.", "ru", _PUBLISHED)
    assert ("Березовской", "person") in got
