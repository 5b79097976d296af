"""Occupations and offices of everyday news English before a speaker's name are roles (issue
#16): a candidate in an election, a software or game developer (``[quotes] occupation_nouns``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Green Party candidate Ines Marlow conceded at midnight. "We grew," she said.',
            "Green Party candidate",
        ),
        (
            'Game developer Ines Marlow said the patch was late. "It broke saves," she said.',
            "Game developer",
        ),
        (
            'Fruit seller Ines Marlow said trade was slow. "Nobody stops," she said.',
            "Fruit seller",
        ),
        (
            'Sheep grazier Ines Marlow sold half her flock. "It hurts," she said.',
            "Sheep grazier",
        ),
        (
            'Harbour halfback Ines Marlow kicked the winner. "We held on," she said.',
            "Harbour halfback",
        ),
        (
            'Opposition MPL Ines Marlow asked about the buses. "Children walk," she said.',
            "Opposition MPL",
        ),
    ],
)
def test_an_occupation_before_the_name_is_a_role(text: str, role: str) -> None:
    article = f"Local news\n\nThe count ended late.\n\n{text}"
    found = speakers_and_roles(article, dt.date(2026, 11, 30))
    assert list(found.values())[-1] == ("Ines Marlow", role)
