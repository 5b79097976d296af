"""The present tense of a plural subject is a cue (``The authors write that the findings
"..."``, ``The researchers argue that ...``), as ``say`` and ``tell`` are; verbs that head a
term in marks (``hospitals warn of a "cliff"``, ``describe it as "..."``) are not.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_the_authors_who_write_speak() -> None:
    text = (
        "The trial enrolled 2,000 patients in four countries.\n\n"
        'The study\'s authors write that the result "should be read with caution" and call '
        "for a larger trial."
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "the study's authors"


def test_researchers_who_insist_speak() -> None:
    text = (
        "The survey covered 300 farms.\n\n"
        'The researchers insist that the decline is "real and accelerating".'
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "the researchers"


def test_a_term_after_warn_of_is_no_speech() -> None:
    text = "Rural schools warn of 'funding cliff' as grants expire\n\nThe grants end in May."
    assert "funding cliff" not in speakers_and_roles(text, DAY)


def test_a_bare_verb_after_to_or_a_modal_reports_nothing() -> None:
    # An infinitive (``to concede``) or a verb after a modal (``must explain``) is no report:
    # the words in marks after it are a term, nobody's speech.
    text = (
        "The league published its new code of conduct on Monday.\n\n"
        'It expects captains to concede a disputed point "with good grace". Clubs must explain '
        'any "special arrangements" to the referee before kick-off.'
    )
    found = speakers_and_roles(text, DAY)
    assert "with good grace" not in found
    assert "special arrangements" not in found
