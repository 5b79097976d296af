"""Not speech in English (issue #16): a product's tagline (``under the tagline "..."``), a grade
an analyst or an agency gives (``upgraded the shares to "overweight"``), and a term in the
headline of a related article after ``ALSO READ:``, whose subject read with no cue says nothing
in this one. A related headline that reports someone keeps their words."""

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


_STORY = (
    "Port strike enters third day\n\nDockers walked out on Monday over pay, union officials "
    "said.\n\n{line}\n\nThe port authority said talks would resume."
)


def test_a_term_in_a_related_headline_is_no_quotation() -> None:
    line = "ALSO READ: Why Mombasa traders keep blaming the same 'silent tax'"
    assert _quoted(_STORY.format(line=line)) == []


def test_a_related_headline_reporting_someone_keeps_their_words() -> None:
    line = "RELATED: Union chief Amina Yusuf says strike will go on 'until we are paid'"
    assert _quoted(_STORY.format(line=line)) == ["until we are paid"]
