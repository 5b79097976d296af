"""A town hyphened to ``-based`` modifies a noun (``Leeds-based startup``): its mention speaks
for no one, so a quotation in that sentence gets no town for a speaker (issue 16, session 39:
the entity annotator now marks the town).

The sentence is written for this test in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_of_quotes


def test_a_seat_before_based_is_no_speaker() -> None:
    found = speakers_of_quotes(
        "Leeds-based software maker Orlin said the round was "
        '"a vote of confidence in everything we have built."'
    )
    quoted = "a vote of confidence in everything we have built"
    assert quoted in found
    assert found[quoted] != "Leeds"
