"""German words set in marks after the noun ``Titel`` or a compound ending in it
(``Untertitel``, ``Arbeitstitel``) are the title they name, not speech.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_in


@pytest.mark.parametrize(
    "text",
    [
        "Ihre Reportage trägt den Titel „Wie wir das Wasser verloren“ und erscheint im Mai.",
        "Die Reihe erscheint unter dem Untertitel „Wie wir das Wasser verloren“ im Mai.",
    ],
)
def test_words_after_a_title_noun_are_the_title_not_speech(text: str) -> None:
    assert speakers_in(text, "de") == {}


def test_words_after_the_noun_plattform_are_its_name_not_the_cues_speech() -> None:
    # ``von der Plattform „...“``: the platform's name, even in a sentence a cue closes.
    text = "Die Daten stammen von der Plattform „Wer liefert was“, sagte ein Sprecher am Montag."
    assert speakers_in(text, "de") == {}
