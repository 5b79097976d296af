"""AFP's datelines (``Place (AFP) -``) whose place opens with an accented capital are found as
datelines, as those in plain ASCII capitals are (session 40).

The places and sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

import pytest

from newsbrief.annotators.quotes.attribution.datelines import after_dateline


@pytest.mark.parametrize("place", ["Évreux", "Örebro", "Île-Rousse", "Paris"])
def test_an_afp_dateline_is_found_whatever_latin_capital_opens_its_place(place: str) -> None:
    dateline = f"{place} (AFP) - "
    text = f"{dateline}Le conseil municipal a voté le budget mardi soir."
    assert after_dateline(text, 0, len(text)) == len(dateline)
