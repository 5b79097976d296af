"""``Her neighbour said`` after a woman spoke: a possessive pronoun's noun is someone other than
the one the pronoun stands for; with no one named in that role, the speaker is the description
as written, never the possessor (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Estate flooded\n\nResident Joan Pike, 67, said the water came in overnight. "
            '"We lost the carpets and the sofa," she said.\n\n'
            'Her neighbour, who moved in last year, said: "Nobody has come to help us."',
            "Nobody has come",
            "Her neighbour",
        ),
        (
            "Shop closes\n\nOwner Martin Hale said the rent had tripled. "
            '"I can\'t make it work," he said.\n\n'
            'His lawyer said: "We will appeal the eviction."',
            "We will appeal",
            "His lawyer",
        ),
    ],
)
def test_a_possessed_role_is_not_the_possessor(text: str, quoted: str, speaker: str) -> None:
    assert speaker_of(text, "en", quoted) == speaker
