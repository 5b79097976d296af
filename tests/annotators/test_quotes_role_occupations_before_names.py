"""Occupations written before a name are the speaker's role (issue #16): one word kept with
the name over the person's story in apposition after it (``Pundit Joe Hart, a former England
goalkeeper,``), two offices joined by ``and`` (``Cofounder and chief executive``), a sportsman's
title (``Former Leeds champion``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'Pundit Joe Hart, a former England goalkeeper, called it "the best save of the '
            'season".',
            "Joe Hart",
            "Pundit",
        ),
        (
            'Cofounder and chief executive Priya Das announced the deal on X. "We were two '
            'people in a garage," she wrote.',
            "Priya Das",
            "Cofounder and chief executive",
        ),
        (
            'Former Leeds champion Jack Dunn said on the radio that the season "is over".',
            "Jack Dunn",
            "Former Leeds champion",
        ),
        # An apposition headed by no office noun tells the person's story.
        (
            'Striker Sam Price, a teenager from Leeds, said the win was "massive for us".',
            "Sam Price",
            "Striker",
        ),
        # A rank kept with the name still yields to the office in apposition.
        (
            'Major Tom Hadley, a spokesman for the army, said the road was "closed".',
            "Tom Hadley",
            "spokesman for the army",
        ),
    ],
)
def test_an_occupation_before_a_name_is_the_role(text: str, speaker: str, role: str) -> None:
    article = f"Headline\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert found == (speaker, role)


def test_an_office_in_apposition_beats_an_occupation_before_the_name() -> None:
    # Only a past role in apposition (``a former England goalkeeper``) is her story; an office
    # she holds is the capacity she speaks in.
    article = (
        "Headline\n\nIntroduction.\n\n"
        "Novelist Lena Ortiz, the festival's director, praised the volunteers.\n\n"
        '"We could not have opened without them," she said.'
    )
    (found,) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert found == ("Lena Ortiz", "festival's director")
