"""Dates as a reader expects them: the ``locale`` exporter option.

``iso`` (the default) keeps ISO 8601 (``2022-03-02``), which sorts and greps well. Any other value
is a CLDR locale (``en``, ``en_GB``, ``uk``, ``ru``, ``de-AT``...) and dates are written the way
that locale writes them (``2 March 2022``, ``2 березня 2022 р.``). The locale data ships inside
the ``babel`` wheel, so nothing is downloaded.

Only full dates (``YYYY-MM-DD``) and months (``YYYY-MM``) are localized; years, ISO weeks,
seasons and anything else an annotator wrote are shown as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from newsbrief.errors import NewsbriefError

#: The default ``locale``: ISO 8601 dates.
ISO = "iso"

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")


@functools.cache
def _babel_locale(name: str) -> Any:
    # Imported lazily: only a localized export pays for babel.
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise NewsbriefError(f"unknown locale {name!r} ({error})") from None


def check_locale(exporter: str, value: Any) -> str:
    """The ``locale`` option, validated: ``iso`` when unset, else a locale babel knows."""
    if value is None:
        return ISO
    name = str(value).strip()
    if not name or name.lower() == ISO:
        return ISO
    try:
        _babel_locale(name)
    except NewsbriefError as error:
        raise NewsbriefError(f"{exporter} exporter: option 'locale': {error}") from None
    return name


def _parse(value: Any) -> tuple[dt.date | None, str]:
    """A date and its granularity (``day``, ``month``) from a date or an ISO-like string."""
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value)
    try:
        if _DAY.fullmatch(text):
            return dt.date.fromisoformat(text), "day"
        if _MONTH.fullmatch(text):
            return dt.date.fromisoformat(f"{text}-01"), "month"
    except ValueError:  # 2024-13-45 and the like: show as written
        pass
    return None, ""


def format_date(value: Any, locale: str = ISO) -> str:
    """``value`` (a date or an ISO-like string) written for ``locale``."""
    day, granularity = _parse(value)
    if day is None:
        return str(value)
    if locale == ISO:
        return day.isoformat() if granularity == "day" else day.isoformat()[:7]
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    if granularity == "month":
        return format_skeleton("yMMMM", day, locale=_babel_locale(locale))
    return babel_date(day, "long", locale=_babel_locale(locale))


def format_range(first: Any, last: Any, locale: str = ISO) -> str:
    """A date range: ``2024-03-01 to 2024-03-04`` in ISO, ``1–4 Mar 2024`` for ``en_GB``."""
    if first == last:
        return format_date(first, locale)
    start, start_kind = _parse(first)
    end, end_kind = _parse(last)
    if locale == ISO or start is None or end is None or (start_kind, end_kind) != ("day", "day"):
        return f"{format_date(first, locale)} to {format_date(last, locale)}"
    from babel.dates import format_interval

    return format_interval(start, end, "yMMMd", locale=_babel_locale(locale))
