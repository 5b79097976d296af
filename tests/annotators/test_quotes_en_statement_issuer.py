"""``"...," the statement said`` (issue #16): the document speaks for whoever the sentence that
introduced it, in the paragraph before or the one before that, says spoke in it (``In a
statement, the museum said repairs would ...``, ``A union spokesman said in a statement that
...``), described as there when no name stands for them, not for the words ``the statement``;
with no such sentence the document stays the speaker as written.

The articles are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_as_written


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tower\n\nThe tower was closed on Monday.\n\nIn a statement on Monday, the museum "
            "said repairs would take a month.\n\n"
            '"We apologise to visitors," the statement said.',
            "the museum",
        ),
        (
            "Strike\n\nDrivers walked out at dawn.\n\nA union spokesman said in a statement that "
            'talks had failed.\n\n"We had no choice," the statement said.',
            "a union spokesman",
        ),
    ],
)
def test_the_statement_speaks_for_who_made_it(text: str, speaker: str) -> None:
    assert list(speakers_as_written(text).values()) == [speaker]


def test_a_statement_no_sentence_introduced_stays_as_written() -> None:
    text = (
        "Fares\n\nBus fares will rise in April.\n\n"
        '"Prices must cover the cost of fuel," the statement said.'
    )
    assert list(speakers_as_written(text).values()) == ["the statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Roe, a councillor, said she had not read the statement.",
        "Drivers rejected the statement, and Ben Lee said it was unfair.",
    ],
)
def test_a_statement_only_mentioned_names_no_maker(sentence: str) -> None:
    # The document is named, but not as what the cue's words came in: no one made it there.
    text = (
        f"Fares\n\nBus fares will rise in April.\n\n{sentence}\n\n"
        '"Prices must cover the cost of fuel," the statement said.'
    )
    assert list(speakers_as_written(text).values()) == ["the statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Arrest\n\nA man was held after a fire at a warehouse. Colm Brady was arrested at "
            "his flat on Tuesday, Humber Valley Police said in a statement. "
            '"Inquiries are continuing," the statement said.',
            "Humber Valley Police",
        ),
        (
            "Crash\n\nA van left the road near the bridge. Ivo Markham was taken to hospital, "
            'the ambulance service said in a statement. "He is stable," the statement said.',
            "the statement",
        ),
    ],
)
def test_a_passive_subject_named_first_is_not_the_issuer(text: str, speaker: str) -> None:
    """The person a passive is about (``Colm Brady was arrested``), named first in the
    sentence that introduced the statement, did not make it: the body the cue follows did,
    or, with no body named there, the statement stays as written."""
    assert list(speakers_as_written(text).values()) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Norvale Energy Ltd in Leeds said in a statement that the plant would close.",
            "Norvale Energy Ltd",
        ),
        (
            "The Transport Ministry in Lisbon said in a statement that fares would rise.",
            "Transport Ministry",
        ),
    ],
)
def test_a_place_right_before_the_cue_is_not_its_subject(sentence: str, speaker: str) -> None:
    """Guard (already passes at session 42's start, 475c4201): a place the cue follows ends
    the subject's phrase (``in Leeds``) and is no subject itself: the body named first, not the
    place, issued the statement."""
    text = f'Closure\n\n{sentence} "We regret the decision," the statement said.'
    assert list(speakers_as_written(text).values()) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Colm Brady was quoted as saying in a statement that he was sorry.", "Colm Brady"),
        (
            "Norvale Energy Ltd was quick to say in a statement that it was sorry.",
            "Norvale Energy Ltd",
        ),
    ],
)
def test_a_name_whose_own_verb_phrase_is_the_cue_issued_the_statement(
    sentence: str, speaker: str
) -> None:
    """Guard (already passes at session 42's start, 475c4201): ``was`` after the name opens
    the cue's own verb phrase (``was quoted as saying``), no clause of its own that a comma
    closes before another subject's cue: the name made the statement."""
    text = f'Apology\n\n{sentence} "We let our customers down," the statement said.'
    assert list(speakers_as_written(text).values()) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Marlow of Norvale Energy Ltd said in a statement that the plant would close.",
        "Ines Marlow from Norvale Energy Ltd said in a statement that the plant would close.",
    ],
)
def test_a_body_joined_to_the_name_before_it_is_not_the_cue_s_subject(sentence: str) -> None:
    """Guard (already passes at session 42's start, 475c4201): the body the cue follows is the
    object of a preposition after the subject's name (``Ines Marlow of Norvale Energy Ltd
    said``), no clause's subject after a comma: the person named first made the statement."""
    text = f'Closure\n\n{sentence} "We regret the decision," the statement said.'
    assert list(speakers_as_written(text).values()) == ["Ines Marlow"]
