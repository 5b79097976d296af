"""A heading's short quotation right after a possessive is a noun phrase, the thing the
heading is about, not words its subject said (session 27, issue #16;
annotators/quotes/speech.py): ``Coach hits back at rivals' 'mind games'``. With no possessive
before it (``Swifts coach Ana Reyes 'quietly confident'``) the subject's words stay speech.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def _article(heading: str) -> str:
    return (
        f"{heading}\n\nLiam Ward\nSport writer\n\n"
        "Swifts coach Ana Reyes has dismissed claims her side is tired, insisting her players "
        'are "exactly where we want them".'
    )


def test_a_quotation_after_a_possessive_in_a_heading_is_no_one_s_words() -> None:
    found = speakers_and_roles(
        _article("Netball: Swifts coach Ana Reyes hits back at Vixens' 'mind tricks'"), DAY
    )
    assert "mind tricks" not in found
    assert found["exactly where we want them"][0] == "Ana Reyes"


def test_a_heading_subject_s_words_without_a_possessive_stay_speech() -> None:
    found = speakers_and_roles(
        _article("Netball: Swifts coach Ana Reyes 'quietly confident' before final"), DAY
    )
    assert found["quietly confident"][0] == "Ana Reyes"
