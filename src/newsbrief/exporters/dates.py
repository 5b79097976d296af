"""Dates as a reader expects them: the ``locale`` exporter option.

``iso`` (the default) keeps ISO 8601 (``2022-03-02``), which sorts and greps well. Any other value
is a CLDR locale (``en``, ``en_GB``, ``uk``, ``ru``, ``de-AT``...) and dates are written the way
that locale writes them (``2 March 2022``, ``2 березня 2022 р.``). The locale data ships inside
the ``babel`` wheel, so nothing is downloaded.

Full dates (``YYYY-MM-DD``) and months (``YYYY-MM``) are localized by CLDR; the other values the
date annotator writes get a label in the locale's language (``[templates]`` of the language home,
English where a language has none): ``2024-W25`` -> ``week of 17 June 2024``, ``2022-2023-winter``
-> ``winter 2022-23``, ``1988-Q3`` -> ``3rd quarter of 1988``, ``2024-07-early`` -> ``early July
2024``, ``199`` -> ``the 1990s``. Years and anything else are shown as written.
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


def language_tag(language: str, locale: str) -> str:
    """``language`` with the script and region of ``locale`` (one babel knows) as a BCP 47 tag:
    ``en`` and ``en_GB`` give ``en-GB``, ``sr`` and ``sr_Latn_RS`` give ``sr-Latn-RS``."""
    from babel.core import get_locale_identifier

    known = _babel_locale(locale)
    return str(get_locale_identifier((language, known.territory, known.script), sep="-"))


def check_locale(exporter: str, value: Any) -> str:
    """The ``locale`` option, validated: ``iso`` when unset, else a locale babel knows."""
    try:
        return parse_locale(value)
    except ValueError as error:
        raise NewsbriefError(f"{exporter} exporter: option 'locale': {error}") from None


def parse_locale(value: Any) -> str:
    """``iso`` when ``value`` is unset, empty or ``iso``, else ``value`` (stripped) if babel
    knows it; :class:`ValueError` naming it otherwise (the ``locale`` option's check)."""
    if value is None:
        return ISO
    name = str(value).strip()
    if not name or name.lower() == ISO:
        return ISO
    try:
        _babel_locale(name)
    except NewsbriefError as error:
        raise ValueError(str(error)) from None
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


_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_SEASON = re.compile(r"(\d{4})(?:-(\d{4}))?-(spring|summer|autumn|winter)")
_PART = re.compile(r"(\d{4}-\d{2})-(early|mid|late)")
_QUARTER = re.compile(r"(\d{4})-([QH])([1-4])")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")


def _label(text: str, locale: str) -> str | None:
    """A reader's label for a week, season, part of a month, quarter, half, decade or century
    value in ``locale``; ``None`` for other values."""
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    from newsbrief.languages import normalize
    from newsbrief.languages.templates import phrase

    where = _babel_locale(locale)
    code = normalize(locale)
    try:
        if found := _WEEK.fullmatch(text):
            monday = dt.date.fromisocalendar(int(found[1]), int(found[2]), 1)
            return phrase(code, "week_of", date=babel_date(monday, "long", locale=where))
        if found := _SEASON.fullmatch(text):
            year = found[1] if not found[2] else f"{found[1]}-{found[2][2:]}"
            return phrase(code, f"season_{found[3]}", year=year)
        if found := _PART.fullmatch(text):
            first = dt.date.fromisoformat(f"{found[1]}-01")
            month = format_skeleton("yMMMM", first, locale=where)
            return phrase(code, f"part_{found[2]}", month=month)
        if found := _QUARTER.fullmatch(text):
            if found[2] == "H":
                return phrase(code, f"half_{found[3]}", year=found[1])
            quarter = where.quarters["format"]["wide"][int(found[3])]
            return phrase(code, "quarter_of", quarter=quarter, year=found[1])
        if _DECADE.fullmatch(text):
            return phrase(code, "decade", decade=f"{text}0")
        if _CENTURY.fullmatch(text):
            number = int(text) + 1
            return phrase(code, "century", century=_century_number(number, code))
    except (KeyError, ValueError):
        return None
    return None


def _century_number(number: int, code: str) -> str:
    """How ``code`` numbers centuries: ``20th``, ``20.``, ``XXe``, ``XX``."""
    if code == "en":
        suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}
        return f"{number}{suffix if isinstance(suffix, str) else suffix.get(number % 10, 'th')}"
    if code == "de":
        return f"{number}."
    roman = ""
    for amount, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= amount:
            roman, number = roman + letters, number - amount
    return f"{roman}e" if code == "fr" else roman


def format_date(value: Any, locale: str = ISO) -> str:
    """``value`` (a date or an ISO-like string) written for ``locale``."""
    day, granularity = _parse(value)
    if day is None:
        if locale != ISO and isinstance(value, str) and (label := _label(value, locale)):
            return label
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
