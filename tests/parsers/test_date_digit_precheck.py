"""A date is read at a position only when a digit follows within reach: the pre-check never
changes an answer.

Every date form holds its day or year within ``_DIGIT_REACH`` code points of where it is read
from (a weekday, then a month name, each at most 25 characters with their stop, comma and
blanks), so a position with no digit that near is passed over before the forms are tried. The
pre-checked reader is compared here with the forms alone on written lines and generated ones.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.parsers.plaintext import dates


def _by_forms(text: str, pos: int = 0) -> tuple[dt.date, int] | None:
    """``match_date`` without its pre-check (its definition)."""
    grammar = dates._grammar()
    weekday = grammar.weekday_prefix.match(text, pos)
    if weekday and weekday["weekday"].lower() not in grammar.weekdays:
        weekday = None
    for start in (weekday.end(), pos) if weekday else (pos,):
        for form in grammar.forms:
            found = form.match(text, start)
            if found and (date := dates._to_date(found)) is not None:
                return date, found.end()
    return None


LINES = [
    "Wednesday, 3 September 2025 at 10:15",
    "Wednesday,   September 3, 2025",
    "Sept. 3, 2025 | Updated",
    "Mon.,  Sept.  3  2025",
    "2025-09-03T10:15:00Z",
    "03.09.2025 — the council met again",
    "2005/01/08 Flood relief donations deductible",
    "Середа, 3 вересня 2025 року",
    "Donnerstag, 4. September 2025",
    "The council met on a quiet morning and said nothing about the budget.",
    "The council met on a quiet morning and said nothing about it until 2025.",
    "Thursday was the day the council finally voted, 12 to 3.",
]


@pytest.mark.parametrize("line", LINES)
def test_same_date_at_every_word(line: str) -> None:
    for pos in range(len(line)):
        assert dates.match_date(line, pos) == _by_forms(line, pos), pos


def test_dates_far_into_their_reach_are_read() -> None:
    # A weekday and a month name written out in full, blanks after each: the day's digit is
    # far from the start, yet within reach.
    line = "Wednesday,\u00a0\u00a0\u00a0September.\u00a0\u00a0\u00a03, 2025"
    assert dates.match_date(line) == (dt.date(2025, 9, 3), len(line))


def test_prose_without_a_digit_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def unread() -> None:
        raise AssertionError("the date forms were tried")

    monkeypatch.setattr(dates, "_grammar", unread)
    assert dates.match_date("The talks resumed in Istanbul on a quiet, sunny morning.") is None
    assert dates.match_datetime("Officials declined to say when the bridge would reopen.") is None


_PIECES = st.sampled_from(
    [
        "Wednesday",
        "Wed.",
        "September",
        "Sept.",
        "вересня",
        "Mai",
        "3",
        "03",
        "2025",
        "1999",
        "09",
        "-",
        "/",
        ".",
        ",",
        " ",
        "   ",
        "\u00a0",
        "the",
        "council",
        "T10:15",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join), st.integers(min_value=0, max_value=40))
def test_same_date_on_generated_lines(line: str, pos: int) -> None:
    pos = min(pos, len(line))
    assert dates.match_date(line, pos) == _by_forms(line, pos)
