"""A town hyphened to ``-based`` modifies a noun (``Calgary-based startup``): its mention
speaks for no one, so a scare-quoted word in that sentence gets no town for a speaker (issue
16, session 39: the entity annotator now marks the town)."""

from __future__ import annotations

from tests.helpers.quotes import speakers_of_quotes


def test_a_seat_before_based_is_no_speaker() -> None:
    found = speakers_of_quotes(
        "Calgary-based software maker Orlin closed a $90 million round, becoming the "
        'city\'s first "unicorn".'
    )
    assert "Calgary" not in found.values()
