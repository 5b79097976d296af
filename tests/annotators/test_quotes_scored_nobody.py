"""Quotations the score of candidates (attribution/candidate_scores.py) must leave without a
speaker: words the text gives to no person. The articles are written for these tests in the
manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)

_MATCH = (
    "Manager Tomasz Brodzki watched from the dugout on Saturday as his side slipped to a "
    "third straight defeat.\n\n"
    "The visitors scored twice in the last ten minutes.\n\n"
    '"Nobody in this town remembers a season as grim as this one has been," {}.\n'
)


@pytest.mark.parametrize(
    "cue",
    ["it said", "the club's website said", "read a banner", "the placard read", "the post says"],
)
def test_a_thing_written_as_the_cue_s_subject_is_no_person_s(cue: str) -> None:
    found = speakers_and_roles(_MATCH.format(cue), DAY)
    assert found["Nobody in this town remembers a season as grim as this one has been"] == (
        None,
        None,
    )


def test_a_document_introducing_the_quotation_is_no_person_s() -> None:
    text = (
        "Housing Minister Carys Abernethy-Lloyd toured the estate in Swansea on Friday.\n\n"
        "Her department's own review of the repairs has now been published.\n\n"
        'The review says bluntly that "no tenant should have waited three winters for a dry '
        'bedroom."\n'
    )
    found = speakers_and_roles(text, DAY)
    quote = "no tenant should have waited three winters for a dry bedroom"
    assert found[quote][0] is None


def test_a_person_written_as_the_cue_s_subject_is_still_scored() -> None:
    found = speakers_and_roles(_MATCH.format("the 51-year-old said"), DAY)
    quote = "Nobody in this town remembers a season as grim as this one has been"
    assert found[quote][0] == "Tomasz Brodzki"


def test_a_news_release_as_the_cue_s_subject_is_no_person_s() -> None:
    found = speakers_and_roles(_MATCH.format("the club's release said"), DAY)
    quote = "Nobody in this town remembers a season as grim as this one has been"
    assert found[quote][0] is None


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # (``write`` is a cue of a plural subject: the investigators speak, as written.)
        ("The trial's investigators write that", "the trial's investigators"),
        ("Its authors think", None),
    ],
)
def test_a_sentence_whose_subject_is_several_people_is_not_one_person_s(
    opening: str, speaker: str | None
) -> None:
    text = (
        "Professor Ingrid Halvorsen-Tebo led the trial of the new asthma inhaler in Bergen.\n\n"
        "The inhaler was tested on 900 adults over two winters.\n\n"
        f'{opening} the benefit "may be a good deal smaller in patients over the age of '
        'seventy" and ask for a second study.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["may be a good deal smaller in patients over the age of seventy"][0] == speaker


@pytest.mark.parametrize(
    ("between", "quote"),
    [
        (
            "Several thousand people were already waiting on the lawn.",
            "No more cuts, no more lies, we will not be silenced by anyone at all",
        ),
        (
            "Within the hour a post was being shared widely online.",
            "Another day, another betrayal of working families by the people we elected",
        ),
    ],
)
def test_a_quotation_alone_past_a_paragraph_naming_no_one_is_nobody_s(
    between: str, quote: str
) -> None:
    text = (
        "Prime Minister Neil Ashcombe reached the parliament building in Wellington just "
        "after nine on Thursday.\n\n"
        f"{between}\n\n"
        f'"{quote}."\n\n'
        "The protest ended at noon.\n"
    )
    assert speakers_and_roles(text, DAY)[quote][0] is None


@pytest.mark.parametrize(
    "sentence",
    [
        'Under the headline "Vance bridge is a monument to forty years of delay", the paper '
        "mocked the project.",
        'The plaque on the bridge reads simply: "Vance bridge is a monument to forty years of '
        'delay."',
        'Graffiti near the approach road declared "Vance bridge is a monument to forty years of '
        'delay."',
        'Residents have long had a saying: "Vance bridge is a monument to forty years of delay."',
    ],
)
def test_a_thing_s_or_several_people_s_words_in_a_sentence_are_no_one_person_s(
    sentence: str,
) -> None:
    text = (
        "Mayor Harriet Vance opened the new bridge over the Tamar on Saturday morning.\n\n"
        "The crowd was large.\n\n"
        f"{sentence}\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["Vance bridge is a monument to forty years of delay"][0] is None
