"""English: a role read back from a name stops at a conjunction or a relative opening its
clause and at words before a role that are no part of it (issue #16; ``[quotes]
role_stop_words`` of en.toml): ``though housing officer Dan Hale`` is a housing officer,
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
            "Tenants backed the rent plan, though housing officer Dan Hale said landlords would "
            '"need watching".',
            "Dan Hale",
            "housing officer",
        ),
        (
            "The hospital reopened its children's ward on Monday.\n\nOur health correspondent Jane "
            'Moss writes: "Waiting lists will not shrink overnight."',
            "Jane Moss",
            "health correspondent",
        ),
        (
            "The orchestra played to a full hall. The conductor thanked the players, in particular "
            'cellist Sam Reed, who said: "The acoustics gave us everything."',
            "Sam Reed",
            "cellist",
        ),
    ],
)
def test_a_role_stops_at_words_no_part_of_it(text: str, speaker: str, role: str) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7))
    assert list(found.values()) == [(speaker, role)]
