"""A role in apposition after an English speaker's name runs on over the dots inside it: an
initialism's (``chief U.S. economist at ...``, ``an analyst with the U.S. Forest Service``), a
saint's or another abbreviation that never ends a sentence (``president of St. Agnes ...``),
``No.`` before a number (``the world No. 3``); a sentence's full stop still ends it.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_in


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            '"It was a cautious hold," said Ellen Marsh, chief U.S. economist at Harcourt '
            "Lane Securities.",
            "Ellen Marsh",
            "chief U.S. economist at Harcourt Lane Securities",
        ),
        (
            '"Nobody here wanted this," said Angela Thorn, president of St. Agnes Regional '
            "Medical Center.",
            "Angela Thorn",
            "president of St. Agnes Regional Medical Center",
        ),
        (
            '"The grass is dry as paper," said Jake Hallam, a fire behavior analyst with the '
            "U.S. Forest Service.",
            "Jake Hallam",
            "fire behavior analyst with the U.S. Forest Service",
        ),
        (
            '"I played the right shots," said Kirill Sokol, the world No. 3.',
            "Kirill Sokol",
            "world No. 3",
        ),
        (
            '"We will carry on," said Rita Moss, chair of the club. The club opened in 1920.',
            "Rita Moss",
            "chair of the club",
        ),
        (
            '"Rates will hold," said Ellen Marsh, an economist in the U.S. The firm declined '
            "to comment.",
            "Ellen Marsh",
            "economist in the U.S",
        ),
        (
            '"The trail stays shut," said Owen Ladd, a ranger with P.E.I. Parks.',
            "Owen Ladd",
            "ranger with P.E.I. Parks",
        ),
    ],
)
def test_apposed_role_runs_over_inner_dots(text: str, speaker: str, role: str) -> None:
    """The role is the whole apposition, cut at no initialism or abbreviation inside it."""
    ((who, found),) = speakers_in(f"Rates held\n\n{text}\n").values()
    assert (who, found) == (speaker, role)
