"""Date values as strings at their granularity, and the calendar interval each one covers.

=================  ========================  ==========================================
granularity        value                     example expression
=================  ========================  ==========================================
``day``            ``2024-10-03``            ``On Thursday, October 3``, ``yesterday``
``week``           ``2024-W47`` (ISO week)   ``last week``
``part_of_month``  ``2024-07-early``         ``in early July`` (``early`` = days 1-10,
                                             ``mid`` = 11-20, ``late`` = 21-end)
``month``          ``2024-05``               ``in May``
``season``         ``2024-summer``,          ``this summer``, ``the winter of 2022-2023``
                   ``2022-2023-winter``      (northern seasons by months: spring = Mar-May,
                                             summer = Jun-Aug, autumn = Sep-Nov, winter =
                                             Dec-Feb, so a winter always names both years)
``quarter``        ``2024-Q3``, ``2024-H1``  ``the third quarter``, ``first-half`` (H: halves)
``year``           ``2023``                  ``in 2023`` (``fiscal 2024`` too; TIMEX3 ``FY2024``)
``decade``         ``199``                   ``the 1990s`` (TIMEX3 form: the first 3 digits)
``century``        ``19``                    ``the 20th century``
``duration`` etc.  ``None``                  ``three years``, ``every week``, ``now``: no date
                                             (their TIMEX3 ``type``/``value`` say what they are)
``range``          ``value`` .. ``end_value`` ``the next 16 months`` (2024-06 .. 2025-10),
                   in one of the forms above ``Feb. 24-26``, ``in recent months``
=================  ========================  ==========================================
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

#: Granularities from finest to coarsest (``range`` takes its endpoints' forms).
GRANULARITIES = (
    "day",
    "week",
    "part_of_month",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "range",
)

#: Season -> its first month; winter starts in December of its first year.
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
#: Part of month -> (first day, last day or ``None`` for the month's end).
PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_PART = re.compile(r"^(\d{4})-(\d\d)-(early|mid|late)$")
_SEASON = re.compile(r"^(\d{4})(?:-(\d{4}))?-(spring|summer|autumn|winter)$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
#: TIMEX3 season codes.
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def day_value(date: dt.date) -> str:
    """``2024-10-03``."""
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def week_value(date: dt.date) -> str:
    """The ISO week holding ``date``: ``2024-W47``."""
    year, week, _ = date.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(date: dt.date) -> str:
    """``2024-05``."""
    return f"{date.year:04d}-{date.month:02d}"


def year_value(date: dt.date) -> str:
    """``2024``."""
    return f"{date.year:04d}"


def season_value(season: str, year: int) -> str:
    """``2024-summer``; a winter starting in December ``year`` is ``2024-2025-winter``."""
    if season == "winter":
        return f"{year:04d}-{year + 1:04d}-winter"
    return f"{year:04d}-{season}"


def season_of(date: dt.date) -> tuple[str, int]:
    """The season holding ``date`` and the year it starts in."""
    if date.month == 12:
        return "winter", date.year
    if date.month <= 2:
        return "winter", date.year - 1
    for season, first in SEASON_START.items():
        if first <= date.month < first + 3:
            return season, date.year
    raise AssertionError(date)  # pragma: no cover - every month is in a season


@functools.lru_cache(maxsize=4096)
def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by ``value`` (any form in the table above).

    Remembered: a run asks again and again for the same few values (every date of a story
    against its publication day), and an interval is immutable.
    """
    try:
        return _interval(value)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` (1-12; past 12 runs into the following years)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    if found := _DAY.match(value):
        day = dt.date(*map(int, found.groups()))
        return day, day
    if found := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(found[1]), int(found[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if found := _MONTH.match(value):
        first = dt.date(int(found[1]), int(found[2]), 1)
        return first, _month_end(first.year, first.month)
    if found := _PART.match(value):
        year, month = int(found[1]), int(found[2])
        low, high = PARTS[found[3]]
        high = high or calendar.monthrange(year, month)[1]
        return dt.date(year, month, low), dt.date(year, month, high)
    if found := _SEASON.match(value):
        year, season = int(found[1]), found[3]
        first = dt.date(year, SEASON_START[season], 1)
        return first, _month_end(first.year, first.month + 2)
    if found := _YEAR.match(value):
        year = int(found[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if found := _QUARTER.match(value):
        year, months, number = int(found[1]), 3 if found[2] == "Q" else 6, int(found[3])
        if months == 6 and number > 2:
            return None
        first = dt.date(year, (number - 1) * months + 1, 1)
        return first, _month_end(first.year, first.month + months - 1)
    if found := _DECADE.match(value):
        year = int(found[1]) * 10
        return dt.date(max(year, 1), 1, 1), dt.date(year + 9, 12, 31)
    if found := _CENTURY.match(value):
        year = int(found[1]) * 100
        return dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31)
    return None


def quarter_value(date: dt.date) -> str:
    """The quarter holding ``date``: ``2024-Q3``."""
    return f"{date.year:04d}-Q{(date.month - 1) // 3 + 1}"


def timex_season(value: str) -> str:
    """A season value as TIMEX3 writes it: ``2024-summer`` -> ``2024-SU``, ``2022-2023-winter``
    -> ``2022-WI`` (the year the winter starts in)."""
    found = _SEASON.match(value)
    if found is None:
        return value
    return f"{found[1]}-{SEASON_CODES[found[3]]}"


def span_interval(value: str, end_value: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The interval from the start of ``value`` to the end of ``end_value`` (if a range)."""
    first = interval(value)
    if first is None:
        return None
    if end_value is None:
        return first
    last = interval(end_value)
    return (first[0], last[1]) if last else first
