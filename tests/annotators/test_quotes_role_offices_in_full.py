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


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Shadow minister for housing Kofi Mensah-Tetteh called the budget timid. "
            '"It builds nothing," he said.',
            "Shadow minister for housing",
        ),
        (
            "Party spokesman on planning Kofi Mensah-Tetteh defended the figures. "
            '"It builds enough," he said.',
            "Party spokesman on planning",
        ),
    ],
)
def test_an_office_with_its_portfolio_before_the_name_is_a_role(text: str, role: str) -> None:
    assert _only(text) == ("Kofi Mensah-Tetteh", role)


@pytest.mark.parametrize(
    "text",
    [
        'It was a long night for coach Kofi Mensah-Tetteh. "We lost," he said.',
        'The vote for chair Kofi Mensah-Tetteh was close. "We won," he said.',
    ],
)
def test_a_preposition_before_an_office_starts_no_portfolio(text: str) -> None:
    assert _only(text)[1] in {"coach", "chair"}
