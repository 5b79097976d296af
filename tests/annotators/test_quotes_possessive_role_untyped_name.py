"""``said their teacher, Tui Hemara-Rowe.``: a full name closing the sentence after a
possessive's role noun and a comma is the speaker, with the noun phrase as the role, even where
the entity annotator left the name untyped; a place there is no one's name.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_untyped_name_after_possessive_role_speaks() -> None:
    """The teacher named after the comma speaks, not the project manager named before."""
    text = (
        "Lambs named\n\n"
        "Farm manager Colin Brear said the lambs were strong.\n\n"
        '"The pupils chose Olive. I went along with it," said their teacher, Tui Hemara-Rowe. '
        '"She looks like an Olive."\n'
    )
    found = speakers_in(text)
    assert found["The pupils chose Olive. I went along with it"] == ("Tui Hemara-Rowe", "teacher")
    assert found["She looks like an Olive"] == ("Tui Hemara-Rowe", "teacher")


def test_place_after_possessive_role_is_no_name() -> None:
    """``said his neighbour, New Zealand.``: no person; the phrase stays as written."""
    text = 'Storm\n\n"It rained all night," said his neighbour, New Zealand.\n'
    assert speakers_in(text) == {"It rained all night": ("his neighbour", None)}
