"""German verbs of speech in the present tense (``[quotes] speech_verbs`` in ``de.toml``): news
writes ``spricht von``, ``lobt``, ``verweist auf`` as it writes ``sprach``, ``lobte``,
``verwies``; a few quoted words after one are the subject's.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_present_verb_of_speech_gives_the_subject_its_words() -> None:
    text = (
        "„Die Zahlen sind gut“, sagte Finanzminister Jonas Brandt.\n\n"
        "Die Ökonomin Petra Wendt sieht das anders. Sie spricht von einem „Strohfeuer“.\n\n"
        "Der Landrat Tobias Berger lobt den „mutigen Schritt“ der Stadt."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Strohfeuer"] == ("Petra Wendt", "Ökonomin")
    assert found["mutigen Schritt"] == ("Tobias Berger", "Landrat")
