"""``told`` takes the one spoken to as its object: after a quotation, ``X, <a long
apposition>, told AFP`` is X's, never the outlet's, however long the apposition (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Town counts the cost of the flood\n\nThe river burst its banks on Saturday night.\n\n"
            '"It was a very long night for all of us and for the town," Mayor Joan Whitaker, who '
            "has led the council in Taunton since the floods of 2019, told the BBC on Sunday.",
            "It was a very long night",
            "Joan Whitaker",
        ),
        (
            "Glacier loss speeds up\n\nThe survey covered 400 glaciers.\n\n"
            '"We have never seen ice retreat this fast in the Alps," co-author Martin Keller, '
            "a glaciologist at the Swiss Federal Institute for Forest Research in Davos, told "
            "Reuters.",
            "We have never seen",
            "Martin Keller",
        ),
    ],
)
def test_the_one_told_after_a_long_subject_is_not_the_speaker(
    text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, "en", quoted) == speaker
