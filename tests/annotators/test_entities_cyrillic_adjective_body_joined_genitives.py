"""A Russian or Ukrainian body named by a capitalised adjective, its noun and lower-case
genitives a conjunction joins (``в Государственном бюро лесов и охоты``) is not cut to the
adjective and the noun: no shorter name overrides the quotation's speaker, which is the whole
body's name (session 41: an inner adjective ending, ``-ном``, let ``Государственном бюро`` grow).

The sentences and bodies are invented for these tests in the manner of news articles."""

from __future__ import annotations

from helpers.entities import mentions
from helpers.quotes import speakers_in


def test_russian_body_with_joined_genitives_is_not_cut() -> None:
    text = "«Проверки продолжатся», — отметили в Государственном бюро лесов и охоты."
    assert not any(name.endswith("бюро") for name, _ in mentions(text, "ru"))
    assert speakers_in(text, "ru")["Проверки продолжатся"][0] == (
        "Государственное бюро лесов и охоты"
    )


def test_ukrainian_body_with_joined_genitives_is_not_cut() -> None:
    text = "«Перевірки триватимуть», — повідомили в Державному бюро лісів та мисливства."
    assert not any(name.endswith("бюро") for name, _ in mentions(text, "uk"))
    assert speakers_in(text, "uk")["Перевірки триватимуть"][0] == (
        "Державне бюро лісів та мисливства"
    )


def test_a_body_and_its_noun_before_a_verb_still_grow() -> None:
    text = "В Республиканском бюро заявили, что проверки продолжатся."
    assert ("Республиканском бюро", "organisation") in mentions(text, "ru")


def test_joined_genitives_closing_a_paragraph_are_read_whole() -> None:
    # (the next paragraph's first word is no part of the body's last genitive)
    text = (
        "«Проверки продолжатся», — отметили в Государственном бюро лесов и охоты.\n"
        "Сезонный сбор начнется в мае."
    )
    assert not any(name.endswith("бюро") for name, _ in mentions(text, "ru"))
    assert speakers_in(text, "ru")["Проверки продолжатся"][0] == (
        "Государственное бюро лесов и охоты"
    )
