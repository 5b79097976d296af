"""Popular-press cues of manner (``fumed``, ``gushed``, ``raged``) report words as ``said``
does (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            'Bin row\n\nNot everyone is happy.\n\n"It\'s a disgrace. We pay our council tax," '
            "fumed Leeds pensioner Margaret Holt, 81.",
            "It's a disgrace",
            "Margaret Holt",
        ),
        (
            "Panda cub born\n\nThe zoo announced the birth on Monday.\n\n\"She's perfect. We "
            'have waited years for this," gushed keeper Daniel Okafor.',
            "She's perfect",
            "Daniel Okafor",
        ),
    ],
)
def test_manner_cues_report_words(text: str, quoted: str, speaker: str) -> None:
    assert speaker_of(text, "en", quoted) == speaker
