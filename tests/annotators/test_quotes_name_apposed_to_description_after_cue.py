"""After an inverted cue, ``the`` and a lower-case description then a name in apposition
(``said the vendor, Hector Molina``) name the speaker, the description their role (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "role"),
    [
        (
            "Market reopens\n\nStalls returned to the square on Saturday.\n\n"
            '"Best morning in months," said the florist, Ana Whitcombe. "People missed us."',
            "Best morning in months",
            "Ana Whitcombe",
            "florist",
        ),
        (
            "Hotel flooded\n\nWater reached the lobby before dawn.\n\n"
            '"It was knee-deep by six," said the guest, Priya Natarajan.',
            "It was knee-deep by six",
            "Priya Natarajan",
            "guest",
        ),
    ],
)
def test_a_name_apposed_to_a_description_after_the_cue_speaks(
    text: str, quoted: str, speaker: str, role: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 11, 30))
    assert found[quoted] == (speaker, role)
