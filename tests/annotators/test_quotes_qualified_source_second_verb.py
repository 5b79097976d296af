"""An unnamed source with its qualifier (``A person close to her``, ``a source familiar with
the talks``) who says one thing and, with a second verb of the same sentence, another keeps the
whole description on the second quotation, not the bare ``a person``.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_of_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # ``... said ... "..." and called ... "..."``: both quotations are the one source's.
            "Adviser quits\n\n"
            "Allies of the adviser pushed back. A person close to her said she had been "
            '"planning to leave anyway" and called the reporting "a smear".\n',
            {
                "planning to leave anyway": "a person close to her",
                "a smear": "a person close to her",
            },
            id="second_verb_keeps_the_qualified_source",
        ),
        pytest.param(
            # ``A source familiar with the talks said ... and warned of "..."``.
            "Talks stall\n\n"
            'A source familiar with the talks said they were "stuck" and warned of "weeks of '
            'delay".\n',
            {
                "stuck": "a source familiar with the talks",
                "weeks of delay": "a source familiar with the talks",
            },
            id="second_verb_after_familiar_with",
        ),
        pytest.param(
            # ``Officials close to the talks said ... and added:``: where the subject with its
            # qualifier reads as no speaker, the subject alone still speaks.
            "Talks\n\n"
            "Officials close to the talks said the deal was near and added: "
            '"We are not there yet."\n',
            {"We are not there yet": "Officials"},
            id="second_verb_keeps_the_subject_when_the_qualified_phrase_is_no_speaker",
        ),
    ],
)
def test_a_second_verb_keeps_the_qualified_source(text: str, expected: dict[str, str]) -> None:
    assert speakers_of_quotes(text) == expected
