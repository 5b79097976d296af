"""An office written in full next to a speaker's name (issue #16): a hyphenated office with the
body it serves set before the name's comma (``The Director-General of the agency, X,``), and an
office with its portfolio before the name (``Opposition spokesman on transport X``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


def _only(text: str) -> tuple[str | None, str | None]:
    article = f"Budget week\n\nThe figures were published on Monday.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    return found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Secretary-General of the Harbour Union, Kofi Mensah-Tetteh, said the talks had "
            'failed. "We will strike," he said.',
            "Secretary-General of the Harbour Union",
        ),
        (
            "The union met overnight. Its Attorney-General, Kofi Mensah-Tetteh, said the talks "
            'had failed. "We will strike," he said.',
            "Attorney-General",
        ),
    ],
)
def test_a_hyphenated_office_set_before_the_name_is_a_role(text: str, role: str) -> None:
    assert _only(text) == ("Kofi Mensah-Tetteh", role)
