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
