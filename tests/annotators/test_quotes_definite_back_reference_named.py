"""``the staffer said`` points back to the unnamed source a paragraph introduced (``A staffer in
the mayor's office, who ..., said``) unless a person has since been named with that noun
(``Another staffer, Lena Marsh, disagreed.``): then the one named.

The articles are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)

_TEXT = (
    "Morale questioned at city hall\n\n"
    "A staffer in the mayor's office, who asked not to be named, said morale had never been "
    "lower.\n\n"
    '{second} "The office is a good place to work," the staffer said.\n'
)


def test_a_person_since_named_with_the_noun_is_the_one_pointed_back_to() -> None:
    text = _TEXT.format(second="Another staffer, Lena Marsh, disagreed.")
    assert speakers_and_roles(text, DAY)["The office is a good place to work"][0] == "Lena Marsh"


def test_a_person_named_otherwise_leaves_the_unnamed_source() -> None:
    text = _TEXT.format(second="Mayor Jill Tan denied it.")
    found = speakers_and_roles(text, DAY)["The office is a good place to work"][0]
    assert found == "a staffer in the mayor's office"
