"""``the board said`` names the body whose name has ``board`` as its head only when one such
body is named before (or only one of several has spoken): of two boards named, the nearest is a
guess (``... the Harrow Parole Board as well. The board said``), so the body is credited as
written.

The articles are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)

_ONE = (
    "Crash inquiry opens\n\n"
    "The Harrow Transport Safety Board opened an inquiry on Monday.\n\n"
    'The board said the pilot had "no warning at all."\n'
)


def test_the_one_body_named_with_the_noun_speaks() -> None:
    found = speakers_and_roles(_ONE, DAY)
    assert found["no warning at all"][0] == "Harrow Transport Safety Board"


def test_of_two_bodies_named_with_the_noun_neither_is_guessed() -> None:
    text = _ONE.replace(
        "on Monday.", "on Monday. Its findings will go to the Harrow Parole Board as well."
    )
    assert speakers_and_roles(text, DAY)["no warning at all"][0] == "the board"
