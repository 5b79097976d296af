"""Dates as news pages print them: ``March 2, 2022``, ``26 November 2024``, ``2024-10-04``,
``2005/01/08``...

Month and weekday names cover English, Ukrainian and Russian (both nominative and genitive
forms), plus German and French months. Every pattern is anchored and has bounded repetition, so
matching stays linear on any input.
"""

from __future__ import annotations

import datetime as dt
import re

#: Month names per language (nominative and genitive forms, abbreviations), by month number.
#: Annotators read these too (``newsbrief.annotators.dates``): add a language here.
MONTH_NAMES: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {
        1: ("january", "jan"),
        2: ("february", "feb"),
        3: ("march", "mar"),
        4: ("april", "apr"),
        5: ("may",),
        6: ("june", "jun"),
        7: ("july", "jul"),
        8: ("august", "aug"),
        9: ("september", "sept", "sep"),
        10: ("october", "oct"),
        11: ("november", "nov"),
        12: ("december", "dec"),
    },
    "uk": {
        1: ("січень", "січня"),
        2: ("лютий", "лютого"),
        3: ("березень", "березня"),
        4: ("квітень", "квітня"),
        5: ("травень", "травня"),
        6: ("червень", "червня"),
        7: ("липень", "липня"),
        8: ("серпень", "серпня"),
        9: ("вересень", "вересня"),
        10: ("жовтень", "жовтня"),
        11: ("листопад", "листопада"),
        12: ("грудень", "грудня"),
    },
    "ru": {
        1: ("январь", "января"),
        2: ("февраль", "февраля"),
        3: ("март", "марта"),
        4: ("апрель", "апреля"),
        5: ("май", "мая"),
        6: ("июнь", "июня"),
        7: ("июль", "июля"),
        8: ("август", "августа"),
        9: ("сентябрь", "сентября"),
        10: ("октябрь", "октября"),
        11: ("ноябрь", "ноября"),
        12: ("декабрь", "декабря"),
    },
    "de": {
        1: ("januar",),
        2: ("februar",),
        3: ("märz",),
        5: ("mai",),
        6: ("juni",),
        7: ("juli",),
        10: ("oktober",),
        12: ("dezember",),
    },
    "fr": {
        1: ("janvier",),
        2: ("février",),
        3: ("mars",),
        4: ("avril",),
        5: ("mai",),
        6: ("juin",),
        7: ("juillet",),
        8: ("août",),
        9: ("septembre",),
        10: ("octobre",),
        11: ("novembre",),
        12: ("décembre",),
    },
}

#: Weekday names per language (full forms and abbreviations), Monday = 0 as in ``date.weekday()``.
WEEKDAY_NAMES: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {
        0: ("monday", "mon"),
        1: ("tuesday", "tue", "tues"),
        2: ("wednesday", "wed"),
        3: ("thursday", "thu", "thur", "thurs"),
        4: ("friday", "fri"),
        5: ("saturday", "sat"),
        6: ("sunday", "sun"),
    },
    "uk": {
        0: ("понеділок",),
        1: ("вівторок",),
        2: ("середа",),
        3: ("четвер",),
        4: ("п'ятниця", "п’ятниця"),
        5: ("субота",),
        6: ("неділя",),
    },
    "ru": {
        0: ("понедельник",),
        1: ("вторник",),
        2: ("среда",),
        3: ("четверг",),
        4: ("пятница",),
        5: ("суббота",),
        6: ("воскресенье",),
    },
}

#: Lower-case month name (or abbreviation) to month number, every language at once.
MONTH_NUMBERS: dict[str, int] = {
    name: number
    for table in MONTH_NAMES.values()
    for number, names in table.items()
    for name in names
}

_WEEKDAYS = "|".join(
    re.escape(name)
    for name in sorted(
        {name for table in WEEKDAY_NAMES.values() for names in table.values() for name in names},
        key=lambda name: (-len(name), name),
    )
)

# Longest names first so ``september`` wins over ``sep``.
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|-?го|-?е)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_GAP = r"[ \t\u00a0]{1,3}"

#: The date forms, each a compiled, anchored pattern with ``day``, ``month`` and ``year`` groups.
_FORMS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?P<month>{_MONTH})\.?{_GAP}{_DAY},?{_GAP}{_YEAR}\b", re.I),
    re.compile(
        rf"{_DAY}\.?{_GAP}(?P<month>{_MONTH})\.?,?{_GAP}{_YEAR}\b"
        r"(?:[ \t\u00a0]?(?:р\.|г\.|року|года))?",
        re.I,
    ),
    re.compile(rf"{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
    re.compile(rf"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.{_YEAR}\b"),
    # Year first with slashes (``2005/01/08``): wire and wiki dumps stamp articles so.
    re.compile(rf"{_YEAR}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])"),
)

_WEEKDAY_PREFIX = re.compile(rf"(?:{_WEEKDAYS})\.?,?[ \t\u00a0]{{1,3}}", re.I)

#: A clock time and time zone after a date: ``07:32 PM EST``, ``T10:15:00Z``, ``at 9.30 GMT+2``.
_TIME = re.compile(
    r"(?:[ \t\u00a0]{0,3}(?:,|at|-|–|—|\||/|T)?[ \t\u00a0]{0,3}"
    r"[0-2]?\d[:.][0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"(?:[ \t\u00a0]{0,2}[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t\u00a0]{0,2}(?:Z|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?|[+-]\d\d:?\d\d))?)",
)

#: Words that announce a date: ``date``, ``Published:``, ``Updated``, ``Опубліковано``...
_LABEL = re.compile(
    r"(?:date|published|posted|updated|last updated|опубліковано|оновлено|"
    r"опубликовано|обновлено|дата)(?:[ \t\u00a0]+on)?[ \t\u00a0]*:?[ \t\u00a0]{0,3}",
    re.I,
)


def match_date(text: str, pos: int = 0) -> tuple[dt.date, int] | None:
    """The date written at ``text[pos:]`` (an optional weekday first) and where it ends."""
    weekday = _WEEKDAY_PREFIX.match(text, pos)
    for start in (weekday.end(), pos) if weekday else (pos,):
        for form in _FORMS:
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
    time = _TIME.match(text, end)
    return date, (time.end() if time else end)


def match_labelled_date(text: str) -> tuple[dt.date, int] | None:
    """A date announced by a label at the start of ``text`` (`` date 2024-10-04``)."""
    label = _LABEL.match(text)
    if label is None or label.end() == 0:
        return None
    return match_datetime(text, label.end())


def parse_date_line(line: str) -> dt.date | None:
    """The date if ``line`` (already stripped) is nothing but a date, time and zone."""
    found = match_labelled_date(line) or match_datetime(line)
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
    number = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.lower().rstrip("."))
    if number is None:
        return None
    try:
        return dt.date(int(found["year"]), number, int(found["day"]))
    except ValueError:
        return None
