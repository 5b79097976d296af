"""Academic and school offices are roles (issue #16): ``senior fellow at ...``, ``research
fellow``, ``headteacher of ...``, ``provost``, a ``cofounder``, in apposition with no article
as with one.

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
            '"This changes everything," said Omar Reid, senior fellow at the Fiscal Policy '
            "Centre, a Washington think tank.",
            "Omar Reid",
            "senior fellow at the Fiscal Policy Centre",
        ),
        (
            '"Teachers are exhausted," said Joan Pike, headteacher of Hillside Primary School.',
            "Joan Pike",
            "headteacher of Hillside Primary School",
        ),
        (
            '"We will build it here," said Ravi Menon, cofounder of the delivery start-up.',
            "Ravi Menon",
            "cofounder of the delivery start-up",
        ),
    ],
)
def test_an_academic_or_school_office_is_a_role(text: str, speaker: str, role: str) -> None:
    article = f"Headline\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert found == (speaker, role)
