"""A short whole sentence a colon introduces (session 25, issue #16): ``Then, after a pause:
"Actually, keep it."`` is speech though its sentence has no cue and names no one; a sign's or
a song's words after a colon (``The sign read: "Keep out."``) are still none.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_short_sentence_after_a_colon_is_speech() -> None:
    text = (
        "The last ferry keepers\n\n"
        "Asked what she would miss, Morag Bain pointed at the old ferry. “That. Don’t write "
        "that down,” she says. Then, after a pause: “Actually, keep it.”\n\n"
        "The ferry stopped running in 1998. A sign on the pier read: “Keep off.”"
    )
    found = speakers_and_roles(text, DAY)
    assert "Actually, keep it" in found
    assert "Keep off" not in found
