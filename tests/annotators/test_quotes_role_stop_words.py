"""English: a role read back from a name stops at a conjunction or a relative opening its
clause and at words before a role that are no part of it (issue #16; ``[quotes]
role_stop_words`` of en.toml): ``though area organiser Dan Hale`` is an area organiser,
``Our health correspondent`` a health correspondent.

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
            "The plant will open in May. The news was welcomed by the union, though area "
            'organiser Dan Hale said members would "keep an eye on the pay".',
            "Dan Hale",
            "area organiser",
        ),
        (
            'Polls closed at 10pm.\n\nOur health correspondent Jane Moss writes: "The turnout '
            'tells its own story tonight."',
            "Jane Moss",
            "health correspondent",
        ),
        (
            "The hosts won by six wickets. Their captain praised the attack, in particular "
            'wicketkeeper Sam Reed, who said: "The pitch gave us everything."',
            "Sam Reed",
            "wicketkeeper",
        ),
    ],
)
def test_a_role_stops_at_words_no_part_of_it(text: str, speaker: str, role: str) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7))
    assert list(found.values()) == [(speaker, role)]
