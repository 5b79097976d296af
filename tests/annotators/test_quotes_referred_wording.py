"""Wording a sentence refers to is mentioned, not said (session 27, issue #16;
annotators/quotes/quoted_mentions.py): ``a reference to "..."``, ``was referring to the
"..."``. A whole sentence quoted after the phrase may be someone's words.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_wording_referred_to_is_no_one_s_words() -> None:
    text = (
        "Treaty talks stall\n\n"
        'Delegates said the dispute was over a reference to "shared fishing grounds and '
        'their future quotas" in the second annex.\n\n'
        'A spokesman, Olaf Berg, said the minister had been referring to the "interim '
        'deal" signed in May.\n\n'
        '"We will be back at the table on Monday," Berg said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "shared fishing grounds and their future quotas" not in found
    assert "interim deal" not in found
    assert found["We will be back at the table on Monday"][0] == "Olaf Berg"


def test_a_sentence_quoted_after_a_reference_stays_speech() -> None:
    text = (
        "Campaign ad row\n\n"
        'The Moss campaign said the ad referred to "the voters who were promised a bridge '
        'and got a pothole."'
    )
    found = speakers_and_roles(text, DAY)
    assert "the voters who were promised a bridge and got a pothole" in found


def test_words_a_speaker_refers_to_with_no_article_stay_hers() -> None:
    # Review of session 27: after a verb of referring, only an article outside the marks
    # makes the quotation a thing's wording; without one it is the speaker's own words.
    text = (
        "Leak inquiry\n\n"
        "Asked on Tuesday who had leaked the memo, the home secretary said she was referring "
        'to "colleagues who ought to know better".\n\n'
        'Officials were told to check the "amended guidance" first.'
    )
    found = speakers_and_roles(text, DAY)
    assert "colleagues who ought to know better" in found
