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


def test_an_occupation_with_a_relative_clause_is_the_source() -> None:
    # ``pharmacist`` is an occupation, no role noun: the relative clause after it shows a
    # person, whom the next ``she said`` points back to (not the mayor named before).
    text = (
        'Mayor Sandra Kovac said the bridge would reopen in May. "The engineers have done '
        'their work," she said.\n\n'
        "A pharmacist in the town, who declined to give her name, said supplies had run low. "
        '"We turn people away every day," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We turn people away every day"][0] == "a pharmacist in the town"


def test_an_occupation_without_a_relative_clause_is_no_new_source() -> None:
    # Without the clause, ``a personal trainer`` only describes the man named before it.
    text = (
        'Coach Tom Ridley said the club had no comment. "We wish her well," he said.\n\n'
        "Her former partner, Dylan, 29, a personal trainer, said he was not surprised. "
        '"She always knew what she wanted," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["She always knew what she wanted"][0] != "a personal trainer"


def test_an_occupation_after_a_preposition_is_no_source() -> None:
    # ``a freight operator`` is where the executive works: the executive is the source.
    text = (
        'Port director Alan Pike said the backlog would clear. "We are confident," he said.\n\n'
        "A senior executive at a freight operator, who asked not to be named, said the delays "
        'were worse than reported. "Nobody believes the official line," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert (
        found["Nobody believes the official line"][0] == "a senior executive at a freight operator"
    )
