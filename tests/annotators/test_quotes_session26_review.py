"""English speakers (session 26, review of lane Q): cases the lane's rules were not tuned on.

* a ranking epithet left unresolved is credited as written, its number included (``the world
  No 14``, never ``the world No``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_an_unresolved_ranking_epithet_keeps_its_number() -> None:
    text = (
        "Ostrakova was gracious in defeat on the clay of Rome.\n\n"
        '"She played better today and deserved to win," the world No 14 said.'
    )
    assert speaker_of(text, "en", "She played better") == "the world No 14"


def test_a_ranking_by_number_in_words_keeps_its_number_too() -> None:
    text = (
        "Lindqvist lost in straight sets to the qualifier on Tuesday.\n\n"
        '"I never found my rhythm out there," the world number 3 said.'
    )
    assert speaker_of(text, "en", "I never found") == "the world number 3"
