"""A role noun inside a body's name after ``according to`` (``the Welsh Farmers and Growers
Union``) is no unnamed source (``the Welsh Farmers``): the body speaks under its whole name.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_the_body_holding_the_role_noun_speaks() -> None:
    for body in ("Welsh Farmers and Growers Union", "Scottish Teachers and Lecturers Association"):
        text = f'The figures were "a national scandal", according to the {body}.'
        (found,) = speakers_and_roles(text, DAY).values()
        assert found[0] == body


def test_a_role_after_the_body_holding_a_role_noun_is_the_source() -> None:
    # The role noun after the name (``president``, ``official``) is whose words they are.
    text = (
        'Pay rises were "long overdue", according to the Farmers Union president, Gwen Price.\n\n'
        'The offer was "an insult", according to a Teachers Union official.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["long overdue"][0] == "Gwen Price"
    assert found["an insult"][0] == "a Teachers Union official"
