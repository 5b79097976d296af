"""What CLDR knows about a language, read from ``babel`` at run time (the data ships in its wheel).

Months and weekdays in every grammatical form CLDR gives (``format`` is the genitive in Slavic
languages, ``stand-alone`` the nominative), relative day words, quarters, day periods and the
writing direction, and the suffixes of an ordinal number (read off the quarters' names: English
``1st quarter``, French ``2e trimestre``). Nothing here is hand-written: a language babel does
not know gets empty tables.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsbrief.model.frozen import frozen_map

# CLDR marks abbreviations with a final full stop (``janv.``, ``лют.``); lookups strip it too.
_FINAL_STOP = "."


@attrs.frozen
class CldrCalendar:
    """The calendar words CLDR has for one language, lower-case, final full stops removed."""

    #: Full month names in every form -> month number (1-12).
    months: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Abbreviated month names -> month number (only those that are not also a full name).
    month_abbreviations: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Full weekday names -> ``date.weekday()`` number (Monday = 0).
    weekdays: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Abbreviated weekday names -> weekday number.
    weekday_abbreviations: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Relative day words -> offset in days (``yesterday`` -> -1); words CLDR gives for two
    #: offsets (Hindi ``कल`` is yesterday and tomorrow) are left out.
    relative_days: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Quarter names (``1st quarter``) -> quarter number (1-4).
    quarters: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Day period words (``in the morning``, ``abends``) -> CLDR period id (``morning1``).
    day_periods: Mapping[str, str] = attrs.field(converter=frozen_map, factory=dict)
    #: Suffixes of an ordinal in digits (``st``, ``nd``; German ``.``; Spanish ``.º``), as CLDR
    #: writes them in the quarters' names; empty where those have no digits.
    ordinal_suffixes: frozenset[str] = frozenset()
    #: Whether CLDR writes month names with a capital (English ``March``, not French ``mars``).
    capitalised: bool = False
    #: Whether the script runs right to left (Arabic, Hebrew).
    rtl: bool = False
    #: The language's English name (``Ukrainian``), empty when babel does not know it.
    name: str = ""


def _clean(word: str) -> str:
    return word.strip().lower().removesuffix(_FINAL_STOP).strip()


def _table(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """Lower-case word -> value; a word seen with two different values is dropped."""
    table: dict[str, Any] = {}
    ambiguous: set[str] = set()
    for word, value in pairs:
        word = _clean(word)
        if not word:
            continue
        if word in table and table[word] != value:
            ambiguous.add(word)
        table.setdefault(word, value)
    return {word: value for word, value in table.items() if word not in ambiguous}


# A quarter's name opening with its number and a suffix (``3rd quarter``, ``3-й квартал``).
_ORDINAL = re.compile(r"\d+(\S+)\s")


def _ordinal_suffixes(quarters: Iterable[str]) -> frozenset[str]:
    return frozenset(
        match[1].lower() for name in quarters if (match := _ORDINAL.match(name.strip()))
    )


def _locale(code: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@functools.cache
def calendar(code: str) -> CldrCalendar:
    """CLDR's calendar words for ``code`` (an ISO 639 code); empty when babel does not know it."""
    # babel reads ``und`` (no language) as American English; no language has no words.
    locale = _locale(code) if code != "und" else None
    if locale is None:
        return CldrCalendar()
    data = locale._data  # babel has no public accessor for date fields or day periods

    def names(kind: str, width: str) -> list[tuple[str, int]]:
        forms = locale.months if kind == "months" else locale.days
        found = []
        for context in ("format", "stand-alone"):
            for number, word in forms.get(context, {}).get(width, {}).items():
                found.append((word, number))
        return found

    months = _table(names("months", "wide"))
    month_abbreviations = {
        word: number
        for word, number in _table(names("months", "abbreviated")).items()
        if word not in months
    }
    weekdays = _table(names("days", "wide"))
    weekday_abbreviations = {
        word: number
        for word, number in _table(names("days", "abbreviated")).items()
        if word not in weekdays
    }
    relative = data["date_fields"].get("day", {}).get("relative", {})
    quarters = data["quarters"].get("format", {}).get("wide", {})
    periods = data["day_periods"].get("format", {}).get("wide", {})
    wide = locale.months.get("format", {}).get("wide", {})
    return CldrCalendar(
        months=months,
        month_abbreviations=month_abbreviations,
        weekdays=weekdays,
        weekday_abbreviations=weekday_abbreviations,
        relative_days=_table((word, offset) for offset, word in relative.items()),
        quarters=_table((word, number) for number, word in quarters.items()),
        ordinal_suffixes=_ordinal_suffixes(quarters.values()),
        day_periods=_table(
            (word, period)
            for period, word in periods.items()
            if period not in ("am", "pm")  # ``AM``/``PM`` are clock notation, not words
        ),
        capitalised=bool(wide) and wide[1][:1].isupper(),
        rtl=locale.character_order == "right-to-left",
        name=locale.english_name or "",
    )


@functools.cache
def currency_units(code: str) -> frozenset[str]:
    """The words CLDR ends currencies' names with in ``code``, singular and plural, lower-case
    (English ``dollars``, ``yen``, ``francs``, ``rupees``, ``zlotys``): what follows an amount of
    money (``fell 10 francs``). Only words of letters (not ``(financial)``), and only of a
    country's money, now or once (not gold's, a fund's or an accounting unit's: ``added 3
    gold``); empty when babel does not know the language."""
    from babel.numbers import get_currency_name

    locale = _locale(code) if code != "und" else None
    if locale is None:
        return frozenset()
    tender = _legal_tender()
    words = set()
    for currency in locale.currencies.keys() & tender:
        for count in (1, 2):
            last = get_currency_name(currency, count=count, locale=locale).split()[-1].lower()
            if last.isalpha():
                words.add(last)
    return frozenset(words)


@functools.cache
def _legal_tender() -> frozenset[str]:
    """The codes of the currencies CLDR lists as some territory's legal tender, now or once
    (``EUR``, ``DEM``, ``XOF``; not ``XAU``, gold, nor ``CLF``, a unit of account)."""
    from babel.core import get_global

    return frozenset(
        currency
        for currencies in get_global("territory_currencies").values()
        for currency, _start, _end, tender in currencies
        if tender
    )
