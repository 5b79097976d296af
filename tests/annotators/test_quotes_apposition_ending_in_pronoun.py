"""``Ann Roe, a historian who knew him, called him "..."``: an apposition whose relative clause
ends with an object pronoun before the cue's comma is still the apposition of the name before
it; the name speaks, not the person the pronoun would point back to.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in

_OPENING = "Bandleader dies\n\nGov. Pat Ebbert ordered flags lowered across the state.\n\n"


def test_name_before_apposition_ending_in_him_speaks() -> None:
    """The historian speaks, with the apposition before its relative clause as her role."""
    text = _OPENING + (
        "Ida Brannock, a historian at Corley College who wrote a book about him, "
        'called him "the last link to a way of playing."\n'
    )
    assert speakers_in(text) == {
        "the last link to a way of playing": ("Ida Brannock", "historian at Corley College")
    }


def test_pronoun_subject_still_points_back() -> None:
    """``"...," he said`` with no apposition: the pronoun is the governor."""
    text = _OPENING + 'The governor spoke at noon. "She was a giant," he said.\n'
    assert speakers_in(text) == {"She was a giant": ("Pat Ebbert", "Gov.")}
