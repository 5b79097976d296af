"""A short question in quotation marks is a question someone asks (session 27, issue #16):
speech even with no cue in its sentence, where a short quotation with neither a cue nor a
speaker is a scare quote (annotators/quotes/speech.py).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_short_question_without_a_cue_is_speech() -> None:
    text = (
        "Budget night in the chamber\n\n"
        "The treasurer had barely reached the second page when the benches opposite erupted. "
        '"Which surplus?" came first, then "Whose money, exactly?" from the back row.\n\n'
        'The council\'s "rainy day" fund was left untouched.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Which surplus?" in found
    assert "Whose money, exactly?" in found
    assert "rainy day" not in found


def test_a_title_s_question_is_no_one_s_words() -> None:
    # Review of session 27: a question in title case with no cue is the title of a work or a
    # campaign, not a question someone asks.
    text = (
        "Arts diary\n\n"
        'The revival of "Who Pays the Piper?" opens at the Lyric in Belfast on Friday.\n\n'
        'The tourism board\'s "Why Not Perth?" campaign has cost A$4m so far.\n\n'
        'At the first preview a man in the stalls shouted "Can anyone hear?" twice.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Who Pays the Piper?" not in found
    assert "Why Not Perth?" not in found
    assert "Can anyone hear?" in found
