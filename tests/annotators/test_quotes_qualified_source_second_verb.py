"""An unnamed source with its qualifier (``A person close to her``, ``a source familiar with
the talks``) who says one thing and, with a second verb of the same sentence, another keeps the
whole description on the second quotation, not the bare ``a person``.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_of_quotes


def test_second_verb_keeps_the_qualified_source() -> None:
    """``... said ... "..." and called ... "..."``: both quotations are the one source's."""
    text = (
        "Adviser quits\n\n"
        "Allies of the adviser pushed back. A person close to her said she had been "
        '"planning to leave anyway" and called the reporting "a smear".\n'
    )
    assert speakers_of_quotes(text) == {
        "planning to leave anyway": "a person close to her",
        "a smear": "a person close to her",
    }


def test_second_verb_after_familiar_with() -> None:
    """``A source familiar with the talks said ... and warned of "..."``."""
    text = (
        "Talks stall\n\n"
        'A source familiar with the talks said they were "stuck" and warned of "weeks of '
        'delay".\n'
    )
    assert speakers_of_quotes(text) == {
        "stuck": "a source familiar with the talks",
        "weeks of delay": "a source familiar with the talks",
    }


def test_second_verb_keeps_the_subject_when_the_qualified_phrase_is_no_speaker() -> None:
    """``Officials close to the talks said ... and added:``: where the subject with its
    qualifier reads as no speaker, the subject alone still speaks."""
    text = (
        "Talks\n\n"
        'Officials close to the talks said the deal was near and added: "We are not there yet."\n'
    )
    assert speakers_of_quotes(text) == {"We are not there yet": "Officials"}
