"""A cue without a subject placed in a body speaks as that body (issue #16): ``— заявили в
Укрнафте``, ``— говорится в заявлении ведомства`` (the body named before), ``— йдеться в
заяві ДССУ`` (its initials, given in full as the page writes them); not a place (``— сказал
в Давосе премьер``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


def test_a_body_noun_after_a_statement_is_the_body_named_before() -> None:
    text = (
        "Депутат Ирина Котова назвала проект «сырым». «Денег на это в бюджете нет», — "
        "сказала Котова.\n\n"
        "Министерство финансов в понедельник поддержало идею. «Расходы будут покрыты за счет "
        "резервов», — "
        "говорится в заявлении министерства.\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["Расходы будут покрыты за счет резервов"][0] == "Министерство финансов"


def test_initials_after_a_statement_are_the_body_in_full() -> None:
    text = (
        "Голова комітету Олег Савчук назвав рішення «поспішним».\n\n"
        "Державна служба статистики України в середу оновила дані. «Інфляція сповільнилася "
        "третій місяць поспіль», — йдеться в заяві ДССУ.\n"
    )
    found = speakers_and_roles(text, DAY, language="uk")
    assert found["Інфляція сповільнилася третій місяць поспіль"][0] == (
        "Державна служба статистики України"
    )


def test_a_body_by_its_first_word_is_the_body_in_full() -> None:
    text = (
        "Аналітик Ірина Бойко вважає звіт «сильним».\n\n"
        "Найбільший виробник цукру Astarta Holding N.V. у вівторок звітував про зростання. "
        "«Ми інвестуємо в нові "
        "елеватори», — заявили в Astarta.\n"
    )
    found = speakers_and_roles(text, DAY, language="uk")
    assert found["Ми інвестуємо в нові елеватори"][0] == "Astarta Holding N.V."
