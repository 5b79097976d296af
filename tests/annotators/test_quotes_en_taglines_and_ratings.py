"""Not speech in English (issue #16): a product's tagline (``under the tagline "..."``) and a
grade an analyst or an agency gives (``upgraded the shares to "overweight"``)."""

from __future__ import annotations

import pytest

from helpers.quotes import quotations


def _quoted(text: str) -> list[str]:
    return [q.text for q in quotations(text)]


def test_a_tagline_is_no_quotation() -> None:
    text = (
        'Brightloop\'s product, sold under the tagline "Care runs on time," competes with larger '
        "firms, chief executive Dana Holt said."
    )
    assert _quoted(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Analyst Priya Nair of Morgan Stanley said she upgraded the shares to "overweight" '
        "because demand had turned.",
        'Fitch downgraded the bank to "junk" on Friday, the agency said in a statement.',
    ],
)
def test_a_grade_given_is_no_quotation(text: str) -> None:
    assert _quoted(text) == []
