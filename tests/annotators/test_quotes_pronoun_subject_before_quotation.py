"""A quotation standing alone after a sentence whose subject is a pronoun (session 31, issue
#16): ``Asked about the budget, he smiled.`` then ``"We will find the money."`` is the words of
the man ``he`` points back to, as after ``Okafor smiled.`` (annotators/quotes/speakers.py
``pronoun_subject``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_quotation_after_a_pronoun_s_sentence_is_that_person_s() -> None:
    text = (
        "Mayor Daniel Okafor presented the city's budget on Tuesday.\n\n"
        '"Every school gets a new roof," Okafor said.\n\n'
        "Asked how the city would pay for it, he smiled.\n\n"
        '"We will find the money. We always do."\n'
    )
    assert _speakers(text)["We will find the money. We always do."] == "Daniel Okafor"
