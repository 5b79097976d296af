"""English: a role read back from a name stops at a conjunction or a relative opening its
clause and at words before a role that are no part of it (issue #16; ``[quotes]
role_stop_words`` of en.toml): ``though regional officer Dan Hale`` is a regional officer,
``Our political editor`` a political editor.

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
            "The plant will open in May. The news was welcomed by the union, though regional "
            'officer Dan Hale said members would be "watching closely".',
            "Dan Hale",
            "regional officer",
        ),
        (
            'Polls closed at 10pm.\n\nOur political editor Jane Moss writes: "The turnout '
            'tells its own story tonight."',
            "Jane Moss",
            "political editor",
        ),
        (
            "The hosts won by six wickets. Their captain praised the attack, in particular fast "
            'bowler Sam Reed, who said: "The pitch gave us everything."',
            "Sam Reed",
            "fast bowler",
        ),
    ],
)
def test_a_role_stops_at_words_no_part_of_it(text: str, speaker: str, role: str) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7))
    assert list(found.values()) == [(speaker, role)]
