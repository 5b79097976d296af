"""A lone capitalised word in quotation marks that a cue's clause runs on past is a name, the
cue's object, not words said (``назвал «Газпром» главным партнёром``, ``nannte „Siemens“ als
Partner``); a common word of the language so quoted (``sagte „Nein“ und ging``) and a word a
cue attributes after a comma (``"Never," she said``) are still speech.

The sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Новости\n\nМинистр энергетики Иван Петров назвал «Газпром» главным партнёром.\n"),
        ("uk", "Новини\n\nПрем'єр-міністр Олег Коваль закликав «Нафтогаз» переглянути тарифи.\n"),
        ("de", "Nachrichten\n\nMinisterin Anna Weber nannte „Siemens“ als wichtigen Partner.\n"),
        ("fr", "Actualités\n\nLe ministre Paul Martin qualifie « Airbus » de partenaire clé.\n"),
        ("en", 'News\n\nMinister Paul Martin called "Airbus" a key partner for the region.\n'),
    ],
)
def test_a_lone_name_after_a_cue_is_no_quotation(language: str, text: str) -> None:
    assert speakers_and_roles(text, DAY, language=language) == {}


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("de", "Nachrichten\n\nAnna Weber sagte „Nein“ und verließ den Saal.\n", "Nein"),
        ("en", 'News\n\nAsked about the deal, Paul Martin said "Never" and left.\n', "Never"),
        ("en", 'News\n\n"Never," Paul Martin said when asked about the deal.\n', "Never"),
        ("ru", "Новости\n\n«Нет», — сказал Иван Петров журналистам.\n", "Нет"),
    ],
)
def test_a_word_said_stays_a_quotation(language: str, text: str, word: str) -> None:
    assert word in speakers_and_roles(text, DAY, language=language)
