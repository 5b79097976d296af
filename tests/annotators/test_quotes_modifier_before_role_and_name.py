"""``Festival director Fiona Kerr said ...`` then ``"...," she said``: a capitalised modifier
before a role noun (``Festival``, ``Sydney Festival``) is no subject, even when the entity annotator
typed it as a person; the name after the role is, and the pronoun is hers (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Summer line-up\n\nTickets go on sale on Friday.\n\nSydney Festival artistic "
            'director Olivia Ansell said the program was the biggest yet. "We had to add a '
            'second stage," she said.',
            "We had to add",
            "Olivia Ansell",
        ),
        (
            "Record crowds\n\nThe Cheltenham Jazz Festival had its best year.\n\n"
            "Festival producer Nadia Hassan said 40,000 tickets were sold.\n\n"
            "'Every evening concert sold out within a day,' she said.",
            "Every evening concert",
            "Nadia Hassan",
        ),
    ],
)
def test_the_name_after_the_role_is_the_subject(text: str, quoted: str, speaker: str) -> None:
    assert speaker_of(text, "en", quoted) == speaker
