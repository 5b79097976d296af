"""A name's possessive before a few lower-case words as the subject of a cue (issue #16):
``Poland's central bank said``, ``the union's strike committee said``: what the name owns speaks,
described as written, not the country or the body that owns it; a person's role noun there
(``Smith's lawyer said``) is read as before.

The articles are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_as_written


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rates\n\nInflation slowed in May.\n\nPoland's central bank, which meets next week, "
            'said it was "watching closely".',
            "Poland's central bank",
        ),
        (
            "Floods\n\nThe river burst its banks.\n\nOxfam's emergency team said the camps were "
            '"close to breaking point".',
            "Oxfam's emergency team",
        ),
    ],
)
def test_what_a_name_owns_speaks(text: str, speaker: str) -> None:
    assert list(speakers_as_written(text).values()) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Storm\n\nRoads were closed overnight.\n\nWales' health board said the wards were "
            '"under severe pressure".',
            "Wales' health board",
        ),
        (
            "Cruises\n\nArrivals rose in March.\n\nBarbados’ tourism authority said the season "
            'had been "a record".',
            "Barbados’ tourism authority",
        ),
    ],
)
def test_a_possessive_of_a_name_ending_in_s_is_read_too(text: str, speaker: str) -> None:
    # ``[quotes] possessive_endings`` has the bare apostrophe after an ``s``.
    assert list(speakers_as_written(text).values()) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Derby\n\nThe match is on Sunday.\n\nCoach Ann Roe questioned Wigan's defence, "
            'telling reporters it had been "all over the place".',
            "Ann Roe",
        ),
        (
            "Derby\n\nThe match is on Sunday.\n\nBen Lee praised Italy's young squad, telling "
            'reporters they were "a joy to watch".',
            "Ben Lee",
        ),
    ],
)
def test_a_possessive_before_a_participles_comma_is_its_object(text: str, speaker: str) -> None:
    # The possessive phrase is what the subject acted on; the participle's subject speaks.
    assert list(speakers_as_written(text).values()) == [speaker]
