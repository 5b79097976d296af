"""Dates as news pages print them: ``March 2, 2022``, ``26 November 2024``, ``2024-10-04``,
``2005/01/08``...

Month and weekday names, day-number suffixes (``2nd``, ``5-го``), year words (``року``) and date
labels (``Published:``, ``Опубліковано``) are every supported language's at once, read from the
language home (:mod:`newsbrief.languages`: CLDR through babel plus each language's data file),
because a page's date line is read before its language is known. Every pattern is anchored and has
bounded repetition, so matching stays linear on any input.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping

import attrs

from newsbrief.languages import Language, language, on_reload, supported

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_GAP = r"[ \t\u00a0]{1,3}"
# A calendar name: a letter, then anything but spaces, digits, commas and full stops (so Hindi
# vowel signs and Ukrainian apostrophes stay inside); the tables decide whether it is one.
_NAME = r"[^\W\d_][^\s\d,.]{0,24}"

#: A clock time after a date: ``07:32 PM``, ``T10:15:00``, ``9.30``, French ``08h30`` and ``8 h``.
_CLOCK = (
    r"[0-2]?\d(?:[:.][0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"|[ \t\u00a0]?h(?:[ \t\u00a0]?[0-5]\d)?(?!\w))"
    r"(?:[ \t\u00a0]{0,2}[AaPp]\.?[Mm]\.?)?"
)
#: A time zone after a clock time: ``EST``, ``GMT+2``, ``Z``, ``+02:00``.
_ZONE = r"(?:[ \t\u00a0]{0,2}(?:Z|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?|[+-]\d\d:?\d\d))?"


def _merged(tables: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """One word -> number table; a word two languages read differently (Czech ``so`` is
    Saturday, German ``So`` Sunday) is left out, as no date line can say which."""
    merged: dict[str, int] = {}
    ambiguous: set[str] = set()
    for table in tables:
        for word, number in table.items():
            if merged.setdefault(word, number) != number:
                ambiguous.add(word)
    return {word: number for word, number in merged.items() if word not in ambiguous}


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so ``published on`` wins over ``published``; spaces match any blank run."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"[ \t\u00a0]+") for word in ordered)


def _opening_test(words: Iterable[str]) -> str:
    """A look-ahead for the characters :func:`_alternation` of ``words`` can open with (tried
    at every line's start, the engine then rules most lines out in one test, not once per
    word; under ``re.I`` the class takes every case the words' letters take), or nothing when
    a word may open with a blank or is empty."""
    firsts = {word[:1] for word in words}
    if not firsts or "" in firsts or " " in firsts:
        return ""
    return "(?=[" + re.escape("".join(sorted(firsts))) + "])"


@attrs.frozen
class _Grammar:
    """The date line patterns, built from every supported language's words."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    forms: tuple[re.Pattern[str], ...]
    weekday_prefix: re.Pattern[str]
    label: re.Pattern[str]
    #: A clock time and zone after a date, with the words that join it to the date (``at``,
    #: ``à``, ``um``) and that follow it (``Uhr``).
    time: re.Pattern[str]


def _words(languages: list[Language], field: Callable[[Language], Iterable[str]]) -> list[str]:
    return [word for lang in languages for word in field(lang)]


#: How many languages' CLDR data babel may hold at once while :func:`_grammar` reads them all.
_LOCALES_HELD = 4


def _every_language() -> list[Language]:
    """Every supported language, read in turn.

    A date line is read before its language is known, so the grammar needs every language's
    month and weekday names; reading one loads babel's whole locale (about 1 MB each, 30 MB for
    all), which babel keeps. Only the names are needed: babel's copies are let go every few
    languages (it reads a locale again if anything asks), so they never pile up.
    """
    from babel import localedata

    languages = []
    for count, code in enumerate(supported(), 1):
        languages.append(language(code))
        if count % _LOCALES_HELD == 0:
            localedata.clear_caches()
    return languages


@functools.cache
def _grammar() -> _Grammar:
    languages = _every_language()
    suffixes = _alternation(_words(languages, lambda lang: lang.ordinal_suffixes))
    years = _alternation(_words(languages, lambda lang: lang.year_words))
    day = rf"(?P<day>[0-3]?\d)(?:{suffixes})?" if suffixes else r"(?P<day>[0-3]?\d)"
    year_word = rf"(?:[ \t\u00a0]?(?:{years}))?" if years else ""
    # ``14 de marzo de 2025``: the words some languages put between day, month and year.
    links = _alternation(_words(languages, lambda lang: lang.words("calendar", "date_links")))
    linked = (
        (
            re.compile(
                rf"{day}{_GAP}(?:{links}){_GAP}(?P<month>{_NAME})\.?,?{_GAP}"
                rf"(?:(?:{links}){_GAP})?{_YEAR}\b{year_word}",
                re.I,
            ),
        )
        if links
        else ()
    )
    clock_links = _alternation(
        _words(languages, lambda lang: lang.words("calendar", "clock_links"))
    )
    clock_words = _alternation(
        _words(languages, lambda lang: lang.words("calendar", "clock_words"))
    )
    return _Grammar(
        months=_merged(lang.all_months for lang in languages),
        weekdays=_merged(lang.all_weekdays for lang in languages),
        forms=(
            re.compile(rf"(?P<month>{_NAME})\.?{_GAP}{day},?{_GAP}{_YEAR}\b", re.I),
            re.compile(rf"{day}\.?{_GAP}(?P<month>{_NAME})\.?,?{_GAP}{_YEAR}\b{year_word}", re.I),
            re.compile(rf"{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
            re.compile(rf"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.{_YEAR}\b"),
            # Year first with slashes (``2005/01/08``): wire and wiki dumps stamp articles so.
            re.compile(rf"{_YEAR}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])"),
            *linked,
        ),
        weekday_prefix=re.compile(rf"(?P<weekday>{_NAME})\.?,?[ \t\u00a0]{{1,3}}"),
        label=re.compile(
            _opening_test(labels := _words(languages, lambda lang: lang.date_labels))
            + rf"(?:{_alternation(labels)})"
            r"[ \t\u00a0]*:?[ \t\u00a0]{0,3}",
            re.I,
        ),
        time=re.compile(
            rf"[ \t\u00a0]{{0,3}}(?:,|-|–|—|\||/|T|(?i:{clock_links})(?!\w))?[ \t\u00a0]{{0,3}}"
            rf"{_CLOCK}(?:[ \t\u00a0]{{0,2}}(?i:{clock_words})(?!\w))?{_ZONE}"
        ),
    )


on_reload(_grammar.cache_clear)


# Where a date may start: the first character of a run of letters or digits.
_WORD_START = re.compile(r"(?<!\w)\w")


def month_number(word: str) -> int | None:
    """The month a name or abbreviation means in any supported language (``Sept.``, ``березня``)."""
    return _grammar().months.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """The weekday a name or abbreviation means in any supported language (``Mon.``)."""
    return _grammar().weekdays.get(word.lower().rstrip(".,;"))


#: Every date form holds a digit (its day or year) at most this far after where it is read
#: from: a weekday (a name of up to 25 characters, ``.``, ``,`` and 3 blanks), then a month
#: name (25, ``.`` and 3 blanks) before the day.
_DIGIT_REACH = 60
_DIGIT = re.compile(r"\d")


def match_date(text: str, pos: int = 0) -> tuple[dt.date, int] | None:
    """The date written at ``text[pos:]`` (an optional weekday first) and where it ends."""
    # (Most lines are prose with no digit near their start: no form can match there, and
    # the forms' name alternations, tried at ``pos``, are most of a line's classifying.)
    if _DIGIT.search(text, pos, pos + _DIGIT_REACH) is None:
        return None
    grammar = _grammar()
    weekday = grammar.weekday_prefix.match(text, pos)
    if weekday and weekday["weekday"].lower() not in grammar.weekdays:
        weekday = None
    for start in (weekday.end(), pos) if weekday else (pos,):
        for form in grammar.forms:
            found = form.match(text, start)
            if found and (date := _to_date(found)) is not None:
                return date, found.end()
    return None


def match_datetime(text: str, pos: int = 0) -> tuple[dt.date, int] | None:
    """Like :func:`match_date`, also consuming a clock time and time zone after the date."""
    found = match_date(text, pos)
    if found is None:
        return None
    date, end = found
    time = _grammar().time.match(text, end)
    return date, (time.end() if time else end)


def match_labelled_date(text: str) -> tuple[dt.date, int] | None:
    """A date announced by a label at the start of ``text`` (`` date 2024-10-04``)."""
    label = _grammar().label.match(text)
    if label is None or label.end() == 0:
        return None
    return match_datetime(text, label.end())


def find_date(text: str) -> dt.date | None:
    """The first date written at the start of a word of ``text`` (``Київ, 26 листопада 2024``)."""
    for word in _WORD_START.finditer(text):
        found = match_date(text, word.start())
        if found is not None:
            return found[0]
    return None


def parse_date_line(line: str) -> dt.date | None:
    """The date if ``line`` (already stripped) is nothing but a date, time and zone."""
    return _whole_line(line, match_labelled_date(line) or match_datetime(line))


def read_date_line(line: str) -> tuple[dt.date | None, tuple[dt.date, int] | None]:
    """``parse_date_line(line)``, and when that is ``None``, ``match_datetime(line)``.

    The line classifier asks both (a date line, else a byline that may start with a date):
    the date at the line's start, the costliest read of a short line, is read once for both.
    """
    labelled = match_labelled_date(line)
    if labelled is not None:
        date = _whole_line(line, labelled)
        return date, (None if date is not None else match_datetime(line))
    dated = match_datetime(line)
    return _whole_line(line, dated), dated


def _whole_line(line: str, found: tuple[dt.date, int] | None) -> dt.date | None:
    """The date ``found`` at the start of ``line`` if only punctuation follows it."""
    if found is None:
        return None
    date, end = found
    return date if not line[end:].strip(" \t\u00a0.,|") else None


def parse_iso_date(value: object) -> dt.date | None:
    """The day an ISO 8601 date or datetime names, for the date fields of structured formats.

    Accepts a string (``2024-07-01``, ``2024-07-01T10:00:00+02:00``, ``2024-07-01T10:00Z``;
    surrounding whitespace ignored), a :class:`~datetime.date` or a :class:`~datetime.datetime`
    (YAML front matter gives those). A datetime keeps its own day: news is dated where it was
    published, so no time zone conversion. Anything else gives ``None``.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _to_date(found: re.Match[str]) -> dt.date | None:
    month = found["month"]
    number = int(month) if month.isdigit() else month_number(month)
    if number is None:
        return None
    try:
        return dt.date(int(found["year"]), number, int(found["day"]))
    except ValueError:
        return None
