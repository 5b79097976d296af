"""``X of <a body> in <a place> said``: the place says where the body is; the person of the body
speaks, never the place (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Wages lag prices\n\nPay rose 3% in the year to March.\n\nChief economist Tom Reed "
            'of the Resolution Foundation in London said the figures were "grim reading for '
            'families."',
            "grim reading",
            "Tom Reed",
        ),
        (
            "Ice shelf cracks\n\nThe crack grew 20km in a month.\n\nGlaciologist Hannah Weiss of "
            'the Polar Research Institute in Norway warned that the shelf was "close to '
            'breaking point."',
            "close to breaking point",
            "Hannah Weiss",
        ),
    ],
)
def test_the_place_of_a_body_is_not_its_members_voice(text: str, quoted: str, speaker: str) -> None:
    assert speaker_of(text, "en", quoted) == speaker
