"""The line classifier reads the date at a line's start once for the date-line and byline checks.

``read_date_line`` gives ``parse_date_line``'s answer and, when that is ``None``, the
``match_datetime`` answer that ``dated_byline`` reads instead of reading it again: both must
answer as ``parse_date_line`` and ``parse_byline`` do on any line.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.parsers.plaintext.dates import match_datetime, parse_date_line, read_date_line
from newsbrief.parsers.plaintext.metadata import dated_byline, parse_byline

LINES = [
    "March 2, 2022",
    "Published: 26 November 2024, 10:15 GMT",
    "Опубліковано 26 листопада 2024 року",
    "2024-10-04 07:32 PM EST |",
    "2005/01/08 Tsunami aid donations deductible",
    "Updated 2 March 2022, the ministry said",
    "July 2nd, 2024 - by Jane Doe / CNN",
    "Monday, March 4, 2024 — By Jane Doe and John Roe",
    "By Jane Doe, Senior Editor",
    "Jane Doe / CNN",
    "The storm began early on July 5, when Beatriz Jovanovic reported gusts.",
    "Date: 12.03.2023",
    "",
]
WORDS = st.sampled_from(
    ["March", "2", "2022", "Published:", "Date", "by", "By", "Jane", "Doe", "/", "|", ",", "-",
     "07:32", "PM", "EST", "2024-10-04", "26", "листопада", "року", "Monday,", "the", "said"]
)  # fmt: skip


def _check(line: str) -> None:
    date, dated = read_date_line(line)
    assert date == parse_date_line(line)
    if date is None:
        assert dated == match_datetime(line)
        assert dated_byline(line, dated) == parse_byline(line)


@pytest.mark.parametrize("line", LINES)
def test_real_lines(line: str) -> None:
    _check(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=10).map(" ".join))
def test_generated_lines(line: str) -> None:
    _check(line)
