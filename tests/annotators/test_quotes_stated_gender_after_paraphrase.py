"""The article's own pronoun outweighs a first name's guessed gender (session 34, issue #16):
``Mthembu said the festival had raised fees. “...,” he said.`` states that Zola Mthembu is a
man, whatever a first-name list guesses for ``Zola``; the quote is his, not the last man's
named before (annotators/quotes/attribution/mentions.py ``_STATED_AFTER_QUOTE``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_paraphrase_then_a_quotation_closed_by_he_states_the_gender() -> None:
    text = (
        "Founder Zola Mthembu looked back on two decades of the festival.\n\n"
        "Pianist Sibusiso Khoza will close the programme. “I want everyone to go home humming,” "
        "Khoza told reporters.\n\n"
        "Mthembu said ticket prices would stay the same next year. “We listen to our audience,” "
        "he said.\n"
    )
    assert _speakers(text)["We listen to our audience"] == "Zola Mthembu"


def test_the_same_for_she_after_a_name_guessed_male() -> None:
    text = (
        "Mayor Grace Dube reopened the bridge on Friday.\n\n"
        "Engineer Ayo Bankole led the inspection before it.\n\n"
        "Bankole said the cables had been replaced in May. “It is safe for lorries again,” she "
        "said.\n"
    )
    assert _speakers(text)["It is safe for lorries again"] == "Ayo Bankole"
