"""A relative clause between a speaker and the cue may hold the commas of a place and its region
(``in Dayton, Ohio,``) and of a year (``, in 1958,``): the clause still ends at its last comma,
and the name before it speaks, not the region (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Bridge to close\n\nTraffic was diverted.\n\nThe firm's founder, Tom Becker, whose "
            "father built the bridge for the city of Dayton, Ohio, in 1958, said the closure "
            'was "long overdue but heartbreaking."',
            "long overdue",
            "Tom Becker",
        ),
        (
            "Mill shuts\n\nThe mill employed 300 people.\n\nIts owner, Ruth Adler, whose "
            "family opened the mill in Lowell, Massachusetts, in 1921, said in a statement "
            'that closing it was "the saddest day of my life."',
            "the saddest day",
            "Ruth Adler",
        ),
    ],
)
def test_a_relative_clause_with_a_place_and_a_year_names_no_speaker(
    text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, "en", quoted) == speaker
