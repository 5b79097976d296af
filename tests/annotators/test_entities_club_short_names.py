"""A club of a results table is written short elsewhere in the article: by its last word when
that names no well-known place (``Leverkusen`` of ``Bayer Leverkusen``, ``Villa`` of ``Aston
Villa``), never a weekday (``Sheffield Wednesday``); a town after ``In`` opening a sentence
stays the town."""

from __future__ import annotations

from helpers.entities import found

_REPORT = (
    "SOCCER - LEVERKUSEN GO CLEAR .\n"
    "BONN 1996-08-31\n"
    "Striker Ulf Kramer scored twice for Leverkusen and Villa lost again on Wednesday .\n"
    "In Hamburg , police said 14 fans were arrested .\n"
    "Results of matches on Saturday :\n"
    "Hansa Rostock 1 Bayer Leverkusen 3\n"
    "Aston Villa 0 Sheffield Wednesday 2\n"
    "Hamburg 0 Freiburg 1\n"
)


def test_a_clubs_last_word_alone_names_the_club() -> None:
    got = found(_REPORT, "en")
    assert ("Leverkusen", "organisation") in got, got
    assert ("LEVERKUSEN", "organisation") in got, got
    assert ("Villa", "organisation") in got, got
    assert not any(text == "Wednesday" for text, _ in got), got


def test_a_town_after_in_opening_a_sentence_stays_the_town() -> None:
    got = found(_REPORT, "en")
    assert ("Hamburg", "place") in got, got
