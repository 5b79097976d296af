"""A company named in full once (``Lisbon-based Marlow Therapeutics``) and by its short name
after (``Marlow said``) speaks under its full name, without the ``<place>-based`` adjective
before it."""

from __future__ import annotations

from helpers.quotes import speakers_as_written


def test_a_biotech_named_short_speaks_under_its_full_name() -> None:
    text = (
        "The pill, developed by Lisbon-based Marlow Therapeutics, cut attacks by a third.\n\n"
        "Marlow said in a statement that it would seek approval next year.\n\n"
        '"We believe this can change how the disease is treated," the company said.'
    )
    assert speakers_as_written(text) == {
        "We believe this can change how the disease is treated": "Marlow Therapeutics"
    }
