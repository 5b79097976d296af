"""``fumes`` is mostly a plural noun in news (``Traffic fumes, "an invisible killer", ...``): no
cue, so the noun before it names no speaker of a quotation beside it (English; ``fumed`` stays
a cue).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'Air quality\n\nThe city wants fewer diesel cars.\n\nTraffic fumes, "an invisible '
            'killer" in the words of one charity, cause thousands of early deaths a year.',
            "an invisible killer",
        ),
        (
            'Smog\n\nLorry fumes, "the worst in Europe", hang over the ring road each morning.',
            "the worst in Europe",
        ),
    ],
)
def test_fumes_names_no_speaker(text: str, quoted: str) -> None:
    found = speakers_and_roles(text, dt.date(2026, 11, 30))
    assert found.get(quoted, (None, None))[0] is None


def test_fumed_still_reports_words() -> None:
    text = 'Smog\n\nThe bypass opened in May.\n\n"The ring road is choking us," fumed Ann Lee.'
    found = speakers_and_roles(text, dt.date(2026, 11, 30))
    assert found["The ring road is choking us"][0] == "Ann Lee"
