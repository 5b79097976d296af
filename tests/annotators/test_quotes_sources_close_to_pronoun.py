"""An unnamed source close to someone a pronoun stands for (``sources close to him insist``,
``a senior source close to her said``) speaks, described as written; the pronoun is whom the
source is close to, not the speaker.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_sources_close_to_him_speak() -> None:
    text = (
        "The singer Callum Reeve has been seen with his tour manager, although sources close to "
        'him insist the pair are "only colleagues".'
    )
    found = speakers_and_roles(text, DAY)
    assert found["only colleagues"][0] == "sources close to him"


def test_a_senior_source_close_to_her_speaks() -> None:
    text = (
        "Mayor Ines Carvalho missed the vote on Tuesday. A senior source close to her said she "
        'was "simply unwell" and would return next week.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["simply unwell"][0] == "a senior source close to her"


def test_sources_close_to_a_named_person_speak() -> None:
    # As after a pronoun: the sources close to the person speak, not the person.
    text = (
        "The defence secretary has not spoken in public since Tuesday.\n\n"
        'Sources close to Grant Shelby say he is "going nowhere" and will fight on.'
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] != "Grant Shelby"
    assert "close to Grant Shelby" in (found[0] or "")
