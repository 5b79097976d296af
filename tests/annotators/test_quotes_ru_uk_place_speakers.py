"""Russian and Ukrainian speakers around a phrase of place: a body the gazetteer knows by
another language's name, named after a preposition, speaks in the nominative as written
(``в Кремле заявили`` is Кремль), and a person's name before ``у`` and a place still speaks
(session 37, lane U). The sentences are written for these tests."""

from __future__ import annotations

from helpers.quotes import speakers_of_quotes


def test_a_russian_body_known_by_an_english_name_speaks_in_the_nominative() -> None:
    found = speakers_of_quotes(
        "«Оснований для тревоги нет», — заявили в Кремле во вторник. "
        "«Мы готовы к диалогу», — сообщили в Пентагоне в понедельник.",
        language="ru",
    )
    assert found["Оснований для тревоги нет"] == "Кремль"
    assert found["Мы готовы к диалогу"] == "Пентагон"


def test_a_ukrainian_body_opening_the_sentence_speaks_in_the_nominative() -> None:
    found = speakers_of_quotes("У Кремлі заявили, що «рішення ще не ухвалено».", language="uk")
    assert found["рішення ще не ухвалено"] == "Кремль"


def test_a_russian_person_before_u_and_a_place_speaks() -> None:
    found = speakers_of_quotes(
        "Председатель Сергей Иванов у Кремля заявил журналистам, что «переговоры продолжатся».",
        language="ru",
    )
    assert found["переговоры продолжатся"] == "Сергей Иванов"


def test_a_body_after_the_cue_is_named_as_written_as_before_it() -> None:
    # (``— заявили в Кремле.`` at the sentence's end gave the gazetteer's Kremlin, ``в Кремле
    # заявили`` Кремль: session 37, review RU)
    found = speakers_of_quotes(
        "«Оснований для тревоги нет», — заявили в Кремле. "
        "«Мы готовы к диалогу», — сообщили в Пентагоне.",
        language="ru",
    )
    assert found["Оснований для тревоги нет"] == "Кремль"
    assert found["Мы готовы к диалогу"] == "Пентагон"


def test_a_ukrainian_body_after_the_cue_is_named_as_written() -> None:
    found = speakers_of_quotes("«Підстав немає», — заявили в Кремлі.", language="uk")
    assert found["Підстав немає"] == "Кремль"
