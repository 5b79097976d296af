"""A heading's phrase in quotation marks that no one on its line is said to say (session 25,
issue #16): right after a word it continues (``[quotes] embedded_after``: ``What the 'snow
dividend' means``, ``return of 'the night market' ruled out``) it is the heading's term; with
a speaker a cue on the line was read for (``Mayor warns of 'tight' supply``) or after a verb
(``Minister blames 'cartel'``) it stays speech.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_related_heading_s_phrase_is_no_one_s_words() -> None:
    text = (
        "Ski resorts report record bookings\n\n"
        '"We have never seen December like this," said resort manager Elsa Brandt.\n\n'
        "Most read\n"
        "What the ‘snow dividend’ really means for mountain towns\n"
        "Read more: Council plan confirmed with return of ‘the night market’ ruled out\n"
    )
    found = speakers_and_roles(text, DAY)
    assert "snow dividend" not in found
    assert "the night market" not in found
    assert found["We have never seen December like this"][0] == "Elsa Brandt"


def test_a_heading_s_speaker_keeps_the_words() -> None:
    text = (
        "Mayor Ana Fischer warns of ‘tight’ supply as heat builds\n\n"
        "Mayor Ana Fischer said on Monday that reservoirs stood at 40 per cent.\n\n"
        '"We will get through it," Fischer said.\n\n'
        "Related: Minister Paul Okoro blames ‘cartel’ as fish prices fall\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["tight"][0] == "Ana Fischer"
    assert found["cartel"][0] == "Paul Okoro"
