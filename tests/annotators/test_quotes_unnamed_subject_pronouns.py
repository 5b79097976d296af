"""A pronoun opening a paragraph after one whose last sentence has one unnamed source as its
subject (``One scientist, who asked not to be named, said ... .`` then ``"...," she said``)
stands for that source, not for the person named last; a thing described so (``One review
described her as "..."``) is no one a pronoun stands for.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_the_pronoun_opening_the_next_paragraph_is_the_source() -> None:
    text = (
        "Chief executive Helen Marsh said the company would cut 200 jobs.\n\n"
        "One scientist, who asked not to be named because she was not authorized to speak "
        "publicly, said many colleagues had spent a decade on the program.\n\n"
        '"People were crying in the hallway," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["People were crying in the hallway"][0] == "one scientist"


def test_a_review_is_no_unnamed_source() -> None:
    text = (
        "Helen Marsh led the orchestra for 15 years. One review in 1980 described her as "
        '"the lady with the baton".\n\n'
        '"I decided it was funnier on the wall," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I decided it was funnier on the wall"][0] == "Helen Marsh"


def test_a_source_of_the_other_gender_is_not_the_pronoun() -> None:
    # ``one father`` is a man: the ``she`` after him is the woman named before.
    text = (
        "Head teacher Rosa Delgado has run the school for nine years.\n\n"
        "One father, who asked not to be named, said the fees had doubled since 2020.\n\n"
        '"We keep every cost as low as we can," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We keep every cost as low as we can"][0] == "Rosa Delgado"
