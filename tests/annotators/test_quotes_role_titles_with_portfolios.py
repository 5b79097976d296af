"""A title holding a preposition before a name (``Minister for Transport Eamon Walsh``, issue
#16) is the person's role: the person speaks, with the whole title as role, not an unnamed
source described by a noun and the body after ``for`` (as ``analysts at Morgan Stanley``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'Minister for Transport Eamon Walsh said the line was "a priority for this '
            'government".',
            "Eamon Walsh",
            "Minister for Transport",
        ),
        (
            "Speaking on local radio, Secretary for Justice Mary Keane said the courts were "
            '"under real strain this winter".',
            "Mary Keane",
            "Secretary for Justice",
        ),
    ],
)
def test_a_title_with_its_portfolio_is_the_speakers_role(
    text: str, speaker: str, role: str
) -> None:
    article = f"Headline\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert found == (speaker, role)


def test_a_spokesman_for_a_titled_person_is_still_an_unnamed_source() -> None:
    article = (
        "Headline\n\nIntroduction.\n\n"
        'A spokesman for Senator Ann Roe said the bill was "dead on arrival".'
    )
    ((speaker, _role),) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert speaker != "Ann Roe"


@pytest.mark.parametrize(
    "text",
    [
        'A spokeswoman for Secretary for Health Joan Kirby said the ward was "full".',
        'An aide to Minister for Finance Joan Kirby said the budget was "on track".',
    ],
)
def test_a_source_described_before_a_title_with_a_portfolio_still_speaks(text: str) -> None:
    # The title's own ``for`` is no reason to give the words to the office holder the
    # spokeswoman or the aide works for.
    article = f"Headline\n\nIntroduction.\n\n{text}"
    ((speaker, _role),) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert speaker != "Joan Kirby"
