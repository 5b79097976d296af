"""English speech the not-speech rules (terms, titles, names a verb gives) must keep: lone
words, verdicts and shouts reported by a cue (issue #16; the review of session 26's rules):

* a lone capitalised word a cue reports with one word between (``said simply "No"``,
  ``told reporters "Unbelievable"``) is the answer given, not a title the sentence names;
* a verdict on a calling verb's object (``called the effect "very worrying"``, ``called the
  bridge "a death trap"``, ``called the building "unsafe for anyone"``) is speech: a name
  there opens with no indefinite article and holds no function word;
* ``termed`` with an object before the quotation (``termed the attack "cowardly and
  cruel"``, ``termed as "..."``) gives a verdict, speech; only ``what they have termed
  "..."`` names a thing;
* a speaker apposed after a short quotation whose own relative clause opens with ``that``
  (``"It was terrifying," a witness that saw the crash said``) still speaks;
* lower-case words after a work's noun and a comma (``The report, "a damning indictment of
  ...," was published``) describe the work, someone's verdict, no title;
* ``whispers`` and ``screams`` heard (``whispers of a "palace coup"``) are nouns, no cue.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_of_quotes


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            'Asked whether he would stand down, Senator Ray Okoro said simply "No" and walked '
            "back into the chamber.",
            "No",
        ),
        (
            'The winger Tomas Lind told reporters "Unbelievable" after scoring twice in the '
            "last ten minutes.",
            "Unbelievable",
        ),
    ],
)
def test_a_lone_word_a_cue_reports_one_word_before_is_speech(text: str, word: str) -> None:
    assert word in speakers_of_quotes(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            'Dr Lena Marsh presented the data in Vienna and called the effect "very worrying" '
            "for coastal towns.",
            "very worrying",
        ),
        (
            'Fire chief Owen Pryce called the building "unsafe for anyone" after the inspection '
            "on Friday.",
            "unsafe for anyone",
        ),
        (
            'Councillor Ruth Dale has long called the bridge "a death trap" because of its narrow '
            "lanes.",
            "a death trap",
        ),
        (
            'Doctors at the clinic called the condition "rare but treatable" in a statement.',
            "rare but treatable",
        ),
    ],
)
def test_a_verdict_on_a_named_kind_of_object_stays_speech(text: str, verdict: str) -> None:
    assert verdict in speakers_of_quotes(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            'Judge Clara Voss termed the attack "cowardly and cruel" as she passed sentence on '
            "Friday.",
            "cowardly and cruel",
        ),
        (
            'Opposition leader Sunil Rao termed as "baseless and politically motivated" the '
            "allegations made by the ruling party.",
            "baseless and politically motivated",
        ),
    ],
)
def test_a_verdict_given_with_termed_stays_speech(text: str, verdict: str) -> None:
    assert verdict in speakers_of_quotes(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Two cars collided on the ring road on Sunday night.\n\n"
            '"It was terrifying," a witness that saw the crash said.\n',
            "It was terrifying",
        ),
        (
            "Fire crews were called to the flats at 2am.\n\n"
            '"We heard a bang," a resident that lives opposite said.\n',
            "We heard a bang",
        ),
    ],
)
def test_a_speaker_apposed_with_a_relative_clause_of_her_own_still_speaks(
    text: str, words: str
) -> None:
    assert words in speakers_of_quotes(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'The report, "a damning indictment of a decade of neglect," was published on '
            "Tuesday by the health committee, whose chair Dr Maya Ellis spoke to reporters.",
            "a damning indictment of a decade of neglect",
        ),
        (
            'Their study, "the first of its kind in Europe," was welcomed by doctors, Professor '
            "Ian Roth told the conference.",
            "the first of its kind in Europe",
        ),
    ],
)
def test_a_description_in_lower_case_after_a_works_noun_is_no_title(text: str, words: str) -> None:
    assert words in speakers_of_quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        'There were whispers of a "palace coup" at the ministry last week, but nothing came of '
        "them.",
        'Neighbours heard screams and a "loud bang" shortly after midnight on Saturday.',
    ],
)
def test_whispers_and_screams_heard_report_no_words(text: str) -> None:
    assert speakers_of_quotes(text) == {}
