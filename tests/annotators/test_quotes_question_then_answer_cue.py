"""A cue and a colon right after a closed quotation introduce the next quotation (``Roy
asked: "...?" Vale replied: "..."``): the question is the asker's, the answer the one who
replies; after a quotation closed with a comma the cue is still its own (``"...," Roe said:``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_of_quotes


def test_question_is_the_askers_and_the_answer_the_repliers() -> None:
    """An analyst's question on a results call, then the chief executive's answer."""
    text = (
        "Bank results\n\n"
        "Bank chief Ann Vale took questions from analysts on Tuesday.\n\n"
        'Halden analyst Marc Roy asked: "Will you raise the dividend this year?" Vale '
        'replied: "We will have more to say in the first quarter."\n'
    )
    assert speakers_of_quotes(text) == {
        "Will you raise the dividend this year?": "Marc Roy",
        "We will have more to say in the first quarter": "Ann Vale",
    }


def test_unnamed_questioner_keeps_the_question() -> None:
    """A journalist's question at a briefing, then the spokesman's reply."""
    text = (
        "Ministry briefing\n\n"
        'A journalist asked: "Is the ministry suspending the talks?" Omar Hadi replied: '
        '"The talks have never been linked to politics."\n'
    )
    assert speakers_of_quotes(text) == {
        "Is the ministry suspending the talks?": "a journalist",
        "The talks have never been linked to politics": "Omar Hadi",
    }


def test_a_comma_keeps_the_cue_with_the_quotation_before() -> None:
    """``"...," Roe said: "..."``: both halves are Roe's."""
    text = 'Cup final\n\n"We will win," Tim Roe said: "no doubt about it."\n'
    assert speakers_of_quotes(text) == {"We will win": "Tim Roe", "no doubt about it": "Tim Roe"}


def test_a_colon_opening_an_explanation_keeps_the_cue_with_the_quotation() -> None:
    """``"...!" Roe wrote: the post was deleted``: the colon opens no quotation, so the cue is
    still the one of the quotation before."""
    text = (
        "Council row\n\n"
        "Ellen Marsh leads the council.\n\n"
        '"Never again!" Marsh wrote: the post was deleted an hour later.\n'
    )
    assert speakers_of_quotes(text) == {"Never again!": "Ellen Marsh"}
