"""A role in apposition after an English speaker's name runs on over the dots inside it: an
initialism's (``chief U.S. economist at ...``, ``a hydrologist with the U.S. Geological Survey``), a
saint's or another abbreviation that never ends a sentence (``director of St. Brendan ...``),
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
            '"It was a quiet month," said Ruth Calloway, chief U.S. strategist at Penmore '
            "Bridge Advisers.",
            "Ruth Calloway",
            "chief U.S. strategist at Penmore Bridge Advisers",
        ),
        (
            '"The ward will stay open," said Doris Quayle, director of St. Brendan '
            "Community Hospital.",
            "Doris Quayle",
            "director of St. Brendan Community Hospital",
        ),
        (
            '"The river is still rising," said Colin Ferrow, a hydrologist with the '
            "U.S. Geological Survey.",
            "Colin Ferrow",
            "hydrologist with the U.S. Geological Survey",
        ),
        (
            '"My serve let me down," said Petra Vanek, the world No. 8.',
            "Petra Vanek",
            "world No. 8",
        ),
        (
            '"We will carry on," said Rita Moss, chair of the club. The club opened in 1920.',
            "Rita Moss",
            "chair of the club",
        ),
        (
            '"Rates will hold," said Corliss Halloway, an economist in the U.S. The firm declined '
            "to comment.",
            "Corliss Halloway",
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


@pytest.mark.parametrize(
    "text",
    [
        '"We are hopeful," said Nora Peel, a lawyer in the U.S. Police declined to comment.',
        '"We are hopeful," said Nora Peel, a lawyer in the U.S. Officials agreed.',
    ],
)
def test_apposed_role_stops_before_a_clause_after_an_initialism(text: str) -> None:
    """A capitalised word and a verb in the past after an initialism's dot open a sentence of
    their own, though the segmenter keeps them in one: the role ends at that dot."""
    ((who, found),) = speakers_in(f"Rates held\n\n{text}\n").values()
    assert (who, found) == ("Nora Peel", "lawyer in the U.S")
