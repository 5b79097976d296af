"""The words merging reads past in a title (courtesy titles, abbreviations, fillers such as
``of``) are each document language's own, from its data file's ``[people]`` section: a German
title's ``von`` says no more about the office than an English one's ``of``, and English keeps
no Spanish or French ``de``."""

from __future__ import annotations

from helpers.entities import people
from newsbrief.annotators.entities.merging import _title_words


def test_a_german_titles_von_confirms_no_office() -> None:
    # (a federal minister of one country is no president of a Land: the two titles share
    # only ``von``)
    _, other = people(
        "Bundesminister von Österreich Lukas Brandauer sprach am Montag in Wien.",
        "Der Präsident von Bayern Brandauer sagte, es gebe keine Änderungen.",
        language="de",
    )
    assert ("Brandauer", "Lukas Brandauer") not in other


def test_a_german_title_of_the_same_office_still_confirms() -> None:
    _, other = people(
        "Präsident von Bayern Lukas Brandauer sprach am Montag in München.",
        "Der Präsident Brandauer sagte, es gebe keine Änderungen.",
        language="de",
    )
    assert ("Brandauer", "Lukas Brandauer") in other


def test_each_language_reads_its_own_fillers() -> None:
    assert "de" in _title_words("es").fillers
    assert "de" in _title_words("fr").fillers
    assert "de" not in _title_words("en").fillers
    # (a mention of no language is read by the English rules)
    assert _title_words(None) == _title_words("en")
