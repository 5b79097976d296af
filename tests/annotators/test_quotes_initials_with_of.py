"""An acronym that keeps the letter of ``of`` names the body spelled out before it."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_an_acronym_keeping_the_of_is_the_body_named_in_full_before() -> None:
    text = (
        "The Department of Agriculture ordered a cull of the flock on Tuesday.\n\n"
        '"The risk to the public remains low," the DOA said in a statement.'
    )
    assert speakers_in(text)["The risk to the public remains low"][0] == (
        "Department of Agriculture"
    )
