"""A short English term set between an article and the rest of its sentence (issue #16):
``The weather service has issued a "heat watch" for the coast`` quotes a term, no one's words,
when its sentence has no cue and its subject is no person. A verdict after a copula or ``as``
(``described the levy as a "cash grab" for``), a cue in the sentence (``called the plan a
"costly gamble" that``) or a person as the subject (``renewed her call for a "four-day
week" across the public sector``: her own term) keeps the words speech.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_as_written

_HEAT = (
    "Heat\n\nTemperatures will reach 41C on Thursday.\n\n"
    'The Bureau of Meteorology has issued a "heat watch" for the coast until Friday.'
)
_FLOOD = (
    "Match day\n\nThe final kicks off at 3pm.\n\n"
    'The Environment Agency has put a "flood alert" in place for the lower valley.'
)


@pytest.mark.parametrize("text", [_HEAT, _FLOOD])
def test_a_term_after_an_article_with_no_cue_is_not_speech(text: str) -> None:
    assert speakers_as_written(text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Levy\n\nThe council met on Monday.\n\nCouncillor Ann Roe described the levy as a "
            '"cash grab" for the city centre.',
            "cash grab",
        ),
        (
            "Plan\n\nThe vote is on Friday.\n\nThe union called the plan a "
            '"costly gamble" that would fail.',
            "costly gamble",
        ),
        (
            "Reform\n\nThe mayor spoke in Leeds.\n\nMayor Ann Roe renewed her call for a "
            '"four-day week" across the public sector.',
            "four-day week",
        ),
    ],
)
def test_a_verdict_a_cue_or_a_person_keeps_the_words_speech(text: str, words: str) -> None:
    assert words in speakers_as_written(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Border\n\nShelling went on overnight.\n\nThe Red Cross appealed for a "
            '"humanitarian pause" in the fighting.',
            "humanitarian pause",
        ),
        (
            "Talks\n\nThe envoys met in Oslo.\n\nThe European Union welcomed a "
            '"constructive step" by both sides on Friday.',
            "constructive step",
        ),
    ],
)
def test_a_bodys_reaction_keeps_its_words_speech(text: str, words: str) -> None:
    # A verb of reaction or plea before the article: the body's own words, a partial quote.
    assert words in speakers_as_written(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Audit\n\nThe inspectors arrived on Monday.\n\nCalling the audit a "
            '"fishing expedition," the union walked out of the talks.',
            "fishing expedition",
        ),
        (
            "Budget\n\nThe vote was close.\n\nCalling the levy a "
            '"cash grab," the opposition voted against the budget.',
            "cash grab",
        ),
    ],
)
def test_a_comma_inside_the_marks_keeps_the_words_speech(text: str, words: str) -> None:
    assert words in speakers_as_written(text)
