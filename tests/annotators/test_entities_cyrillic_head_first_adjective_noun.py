"""A Russian or Ukrainian body written head first whose last lower-case words are a
genitive adjective and its noun (``Федеральной службы судебных приставов``) keeps the noun:
no adjective ends a body's name, and the quotation's speaker is the whole body. The noun
closes the name: a place and a person named after it stay their own mentions.

The sentences and bodies are invented for these tests in the manner of news articles."""

from __future__ import annotations

from helpers.entities import mentions
from helpers.quotes import speakers_in


def test_russian_body_keeps_the_noun_of_its_last_adjective() -> None:
    text = "«Долг будет взыскан», — сообщили в Федеральной службе судебных приставов."
    assert ("Федеральной службе судебных приставов", "organisation") in mentions(text, "ru")
    assert speakers_in(text, "ru")["Долг будет взыскан"][0] == (
        "Федеральная служба судебных приставов"
    )


def test_ukrainian_body_keeps_its_noun_and_the_person_after_it() -> None:
    text = (
        "За словами голови Асоціації приватних міських перевізників Волині Андрія Коваля, "
        "рейси скоротили."
    )
    found = mentions(text, "uk")
    assert ("Асоціації приватних міських перевізників", "organisation") in found
    assert ("Андрія Коваля", "person") in found
