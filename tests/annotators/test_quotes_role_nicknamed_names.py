"""A speaker written with a nickname inside the name (``Lifeboat mechanic Colm "Skip" Deane``) keeps
the role written before the name (issue #16): the entity annotator splits the name at the
nickname, and the role is read where the name is written in full.

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
            'Lifeboat mechanic Colm "Skip" Deane said the pier was unsafe. '
            '"Nobody should fish from it," he said.',
            "Colm Deane",
            "Lifeboat mechanic",
        ),
        (
            "The fiddler Aoife “Birdie” Lenahan, who has played the session for years, said the "
            'pub would be missed. "It was our kitchen," she said.',
            "Aoife Lenahan",
            "fiddler",
        ),
    ],
)
def test_a_nicknamed_speaker_keeps_the_role_before_the_name(
    text: str, speaker: str, role: str
) -> None:
    article = f"Village news\n\nThe storm passed overnight.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == (speaker, role)
