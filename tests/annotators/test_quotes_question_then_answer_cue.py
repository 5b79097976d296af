"""A cue and a colon right after a closed quotation introduce the next quotation (``Roy
asked: "...?" Vale replied: "..."``): the question is the asker's, the answer the one who
replies; after a quotation closed with a comma the cue is still its own (``"...," Roe said:``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_of_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # An analyst's question on a results call, then the chief executive's answer.
            "Bank results\n\n"
            "Bank chief Ann Vale took questions from analysts on Tuesday.\n\n"
            'Halden analyst Marc Roy asked: "Will you raise the dividend this year?" Vale '
            'replied: "We will have more to say in the first quarter."\n',
            {
                "Will you raise the dividend this year?": "Marc Roy",
                "We will have more to say in the first quarter": "Ann Vale",
            },
            id="question_is_the_askers_and_the_answer_the_repliers",
        ),
        pytest.param(
            # A journalist's question at a briefing, then the spokesman's reply.
            "Ministry briefing\n\n"
            'A journalist asked: "Is the ministry suspending the talks?" Omar Hadi replied: '
            '"The talks have never been linked to politics."\n',
            {
                "Is the ministry suspending the talks?": "a journalist",
                "The talks have never been linked to politics": "Omar Hadi",
            },
            id="unnamed_questioner_keeps_the_question",
        ),
        pytest.param(
            # ``"...," Roe said: "..."``: both halves are Roe's.
            'Cup final\n\n"We will win," Tim Roe said: "no doubt about it."\n',
            {"We will win": "Tim Roe", "no doubt about it": "Tim Roe"},
            id="a_comma_keeps_the_cue_with_the_quotation_before",
        ),
        pytest.param(
            # ``"...!" Roe wrote: the post was deleted``: the colon opens no quotation, so the
            # cue is still the one of the quotation before.
            "Council row\n\n"
            "Ellen Marsh leads the council.\n\n"
            '"Never again!" Marsh wrote: the post was deleted an hour later.\n',
            {"Never again!": "Ellen Marsh"},
            id="a_colon_opening_an_explanation_keeps_the_cue_with_the_quotation",
        ),
    ],
)
def test_a_cue_and_colon_after_a_quotation(text: str, expected: dict[str, str]) -> None:
    assert speakers_of_quotes(text) == expected
