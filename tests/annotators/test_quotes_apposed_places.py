"""A place or body after a preposition that closes an apposition to a person (``Ann Roe, 41, of
Leeds, said``, ``Tom Hale, who grew up here, a nurse based in Bristol, said``) is the object of
the preposition: the person named before the apposition speaks, never the place.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_the_person_before_an_age_and_a_hometown_speaks() -> None:
    text = (
        "Campaigners gathered outside the town hall on Saturday.\n\n"
        'Teacher Anna Pryce, 41, of Leeds, said the closure was "a disaster for the town".'
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "Anna Pryce"


def test_the_person_before_a_role_based_in_a_city_speaks() -> None:
    text = (
        "The film opens next month.\n\n"
        "Tom Hale, who plays the eldest son, a nurse based in Bristol, said working on it was "
        '"the best summer of my life".'
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "Tom Hale"


def test_the_person_before_a_body_after_of_speaks() -> None:
    text = (
        "Dozens of volunteers joined the clean-up.\n\n"
        'Marcus Webb, 23, of the Sierra Club, said the beach was "covered in plastic".'
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "Marcus Webb"


def test_a_place_that_is_the_subject_still_speaks() -> None:
    # No apposition: the place is the cue's own subject.
    text = 'Moscow said the talks were "a waste of time".'
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "Moscow"


def test_a_person_who_is_an_object_does_not_speak() -> None:
    # ``The sister of Dylan Ward, ...``: the person before the apposition is the object of
    # ``of`` or a verb, not the subject of ``said``.
    for subject in ("The sister of", "A solicitor representing"):
        text = (
            "A memorial service will be held on Friday.\n\n"
            f'{subject} Dylan Ward, 19, of Swansea, said he was "the life and soul of every room".'
        )
        (found,) = speakers_and_roles(text, DAY).values()
        assert found[0] != "Dylan Ward"
