"""The calendar shapes of the date grammar and their readers: days (``On Thursday, October 3``,
``2024-10-03``, ``3.10.2024``), months (``in early July``), weekdays (``next Friday
morning``), ``today`` and its kin, relative units (``last week``, ``la semaine dernière``),
periods (``the next 16 months``, ``two weeks ago``), seasons, years and anaphors (``that same
month``).

A reader turns a match into fields or refuses it (a bare ``May`` is more often a name than a
month). The TIMEX3 shapes beyond calendar dates (clock times, durations, sets...) are
:mod:`.timex_shapes`; the rule table that puts both in order is :mod:`.rule_table`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from newsbrief.annotators.dates.language_extras import extras_for
from newsbrief.annotators.dates.lexicon import DEFAULT, Lexicon, fold, lexicon_for
from newsbrief.annotators.dates.patterns import (
    GAP,
    YEAR,
    alternation,
    cue_words,
    name_pattern,
    phrase_alternation,
    rule_pattern,
)
from newsbrief.annotators.dates.reading import (
    calendar_word,
    look_up,
    matched_name,
    preceding_word,
    weekday_number,
)
from newsbrief.annotators.dates.rule_model import Rule
from newsbrief.annotators.dates.timex_shapes import CLOCK_ONLY, clock_fields
from newsbrief.languages import language, on_reload

#: The lexicon whose count words, date cues and season words every language keeps, as its
#: shapes are English's (``the next two weeks``, ``since 2014``): a language adds its own.
BASE = DEFAULT


@functools.cache
def _not_a_day(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # A weekday in a title or a holiday's name is not a day: ``The Sunday Times``, ``Black
    # Friday`` (the base language's words and the language's own, capitalised as written).
    titles, holidays = (
        alternation(
            {w.capitalize() for c in {BASE, code} for w in language(c).words("calendar", k)}
        )
        for k in ("weekday_titles", "weekday_holidays")
    )
    return (
        re.compile(rf"[ \t\u00a0](?:{titles})\b"),
        re.compile(rf"\b(?:{holidays})[ \t\u00a0]$"),
    )


@functools.cache
def _words(code: str, key: str) -> frozenset[str]:
    # A ``[calendar]`` word list of the language's own.
    return language(code).words("calendar", key)


@functools.cache
def _with_base(code: str, key: str) -> frozenset[str]:
    # A ``[calendar]`` word list of the base language and the language's own.
    return _words(BASE, key) | _words(code, key)


@functools.cache
def _month_parts(code: str) -> dict[str, str]:
    # ``[calendar] month_parts``: a phrase before a month naming a part of it (``the end of``,
    # ``Anfang``) -> ``early``, ``mid`` or ``late``; the base language's and the language's own.
    return {
        " ".join(str(phrase).lower().split()): str(part)
        for c in (BASE, code)
        for phrase, part in language(c).table("calendar", "month_parts").items()
    }


def _second_day(suffixes: str) -> str:
    # The second day of a range (``May 3-5``, ``24.–26. Februar``), with a day number's suffix.
    return rf"(?:[-–](?P<day2>[0-3]?\d)(?:{suffixes})?(?![\d:]))?"


on_reload(_not_a_day.cache_clear)
for _made in (_words, _with_base, _month_parts):
    on_reload(_made.cache_clear)


_TIME = (
    r"[0-2]?\d(?:[:.][0-5]\d)?[ \t\u00a0]?(?:[ap]\.m\.|[AaPp][Mm]\b)(?:[ \t\u00a0][A-Z]{1,4}\b)?"
    r"|[0-2]?\d:[0-5]\d(?:[ \t\u00a0][A-Z]{2,4}\b)?"
)
_PART_OF_DAY = rf"(?:{GAP}(?P<daypart>morning|afternoon|evening|night))?"
_ISO_ANCHOR = re.compile(r"\d(?=-[01]\d-[0-3]\d)")
_DOTTED_ANCHOR = re.compile(r"\d(?=\.[01]?\d\.(?:1[89]|20)\d\d)")


def calendar_rules(lexicon: Lexicon, weekday: str, deictic: str) -> list[Rule]:
    """The calendar shapes of ``lexicon``'s language, in the order they run; ``weekday`` and
    ``deictic`` are the weekday and ``today``-like patterns the TIMEX3 shapes use too."""
    month = name_pattern(lexicon.months, "month")
    all_months = alternation(lexicon.months)
    flags = re.IGNORECASE
    extras = extras_for(lexicon.code)
    prep, day, link, year_link = extras.prep, extras.day, extras.link, extras.year_link
    number = alternation({*lexicon_for(BASE).numbers, *lexicon.numbers})
    season = alternation({*lexicon_for(BASE).seasons, *lexicon.seasons})
    day2 = _second_day(extras.suffixes)
    month_part = phrase_alternation(_month_parts(lexicon.code))
    phrases = (
        [
            Rule(
                "relative",
                rule_pattern(rf"(?P<phrase>{phrase_alternation(extras.relative)})(?!\w)", flags),
                _read_relative_phrase,
            )
        ]
        if extras.relative
        else []
    )
    return [
        Rule(
            "date",
            rule_pattern(
                rf"(?:(?P<time>{_TIME}){GAP}on{GAP})?{prep}(?:(?P<pod>early|late){GAP})?"
                rf"(?:{weekday},?{GAP})?{month}{GAP}{day}{day2}(?:,?{GAP}{YEAR})?"
                rf"(?:,?{GAP}(?:at{GAP})?(?P<time2>{_TIME}))?",
                flags,
            ),
            _read_date,
        ),
        Rule(
            "date",
            rule_pattern(
                rf"{prep}(?:{weekday},?{GAP})?(?:the{GAP})?{day}{day2}(?:{GAP}(?:{link}))?{GAP}"
                rf"{month}(?:,?{GAP}{year_link}{YEAR}(?:{GAP}(?:року|р\.|года|г\.))?)?"
                rf"(?:,?{GAP}(?:at{GAP})?(?P<time2>{_TIME}))?",
                flags,
            ),
            _read_date,
            # The last digit of the day (or of a second day) before the month name.
            anchor=re.compile(
                rf"\d(?=(?:{extras.suffixes})?(?:{GAP}(?:{link}))?{GAP}(?:{all_months}))",
                flags,
            ),
        ),
        Rule(
            "date",
            rule_pattern(rf"{YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
            _read_date,
            # The year's last digit, before ``-MM-DD``.
            anchor=_ISO_ANCHOR,
        ),
        Rule(
            "date",
            rule_pattern(rf"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.{YEAR}"),
            _read_date,
            # The day's last digit, before ``.MM.YYYY``.
            anchor=_DOTTED_ANCHOR,
        ),
        Rule(
            "month",
            rule_pattern(
                rf"{prep}(?:(?P<rel>last|next|this|coming){GAP})?"
                rf"(?:(?P<part>early|mid|late|{month_part})"
                rf"(?:{GAP}|-))?{month}(?:,?{GAP}{YEAR}|{GAP}(?:of{GAP})?(?P<yrel>this|last|next){GAP}year\b)?",
                flags,
            ),
            _read_month,
        ),
        Rule(
            "weekday",
            rule_pattern(
                rf"{prep}(?:(?P<pod>early|late){GAP})?(?:(?P<rel>last|next|this|coming){GAP})?"
                rf"{weekday}{_PART_OF_DAY}",
                flags,
            ),
            _read_weekday,
        ),
        Rule(
            "deictic",
            rule_pattern(
                rf"(?:(?:(?:earlier|later){GAP})?(?P<word>{deictic})\b{_PART_OF_DAY}"
                rf"|this{GAP}(?P<thispart>morning|afternoon|evening)|(?P<night>last{GAP}night))",
                flags,
            ),
            _read_deictic,
        ),
        Rule(
            "relative",
            rule_pattern(
                rf"(?:(?P<pre>earlier|later){GAP})?"
                # ``the end of next week``: a part of a month names a part of a week too.
                rf"(?:{month_part}{GAP})?(?:the{GAP})?"
                rf"(?P<rel>last|next|this|coming|previous|following){GAP}"
                rf"(?P<unit>week|month|quarter|year|weekend)\b",
                flags,
            ),
            _read_relative,
            cue=cue_words("last", "next", "this", "coming", "previous", "following"),
        ),
        Rule(
            "period",
            rule_pattern(
                rf"{prep}(?:the{GAP})?(?P<rel>next|last|past|coming|recent){GAP}"
                rf"(?:(?P<n>\d{{1,3}}|{number}){GAP})?(?P<unit>day|week|month|year)s\b",
                flags,
            ),
            _read_period,
            cue=cue_words("next", "last", "past", "coming", "recent"),
        ),
        Rule(
            "ago",
            rule_pattern(
                rf"(?P<n>\d{{1,3}}|{number}){GAP}(?P<unit>day|week|month|year)s?{GAP}ago\b",
                flags,
            ),
            _read_period,
        ),
        Rule(
            "season",
            rule_pattern(
                rf"{prep}(?:(?P<the>the){GAP})?(?:(?P<rel>last|next|this|coming|past){GAP})?"
                rf"(?:(?P<part>early|late){GAP})?(?P<season>{season})\b"
                rf"(?:(?:{GAP}of)?{GAP}{YEAR}(?:[-–/](?P<year2>(?:19|20)?\d\d)(?![\d:]))?)?",
                flags,
            ),
            _read_season,
        ),
        Rule(
            "year",
            rule_pattern(
                rf"{prep}(?:(?P<part>(?i:early|mid|late))(?:-|{GAP}))?"
                rf"{YEAR}(?:[-–](?P<year2>(?:1[89]|20)\d\d)(?![\d:]))?(?!\w|-\d|\.\d|,\d)"
            ),
            _read_year,
        ),
        Rule(
            "anaphor",
            rule_pattern(
                rf"(?:that|the){GAP}(?P<same>same|very){GAP}(?P<unit>day|week|month|year)\b"
                rf"|that{GAP}(?P<unit2>day|week|month|year)\b",
                flags,
            ),
            _read_anaphor,
            cue=cue_words("same", "very", "that"),
        ),
        *phrases,
    ]


#: Part-of-day words -> TIMEX3 codes (``Friday morning`` -> ``2024-10-04TMO``).
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
#: Relative day words that name a part of the day too (``tonight`` -> ``night``).
_DAY_PART_DAYS = {
    fold(word): str(part)
    for word, part in language(BASE).table("calendar", "day_part_days").items()
}
#: Season words that are ordinary words too (``the fall of Kabul``): a season only when a
#: year or a relative word anchors them, or ``in the`` does.
_AMBIGUOUS_SEASONS = frozenset(
    fold(w) for w in language(BASE).words("calendar", "ambiguous_seasons")
)

_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$").search
_COPYRIGHT_BEFORE = re.compile(r"©[ \t\u00a0]?(?:[A-Z][\w.]*[ \t\u00a0])?$").search


def _number(word: str, lexicon: Lexicon) -> int | None:
    word = " ".join(word.split())
    if word.isdigit():
        return int(word)
    return look_up(lexicon.numbers, word) or look_up(lexicon_for(BASE).numbers, word)


def _month_number(word: str, lexicon: Lexicon) -> int | None:
    if word.isdigit():
        return int(word)
    return look_up(lexicon.months, word.rstrip("."))


def _read_date(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    word = matched_name(match, "month") or ""
    if not calendar_word(word, lexicon) or not calendar_word(
        matched_name(match, "weekday"), lexicon
    ):
        return None
    month = _month_number(word, lexicon)
    day = int(groups["day"])
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    fields: dict[str, Any] = {"month": month, "day": day}
    clock = groups.get("time") or groups.get("time2")
    if clock and (read := CLOCK_ONLY.match(clock)) and (time := clock_fields(read)):
        fields.update(time)
    if groups.get("year"):
        fields["year"] = int(groups["year"])
    if groups.get("day2") and int(groups["day2"]) > day:
        fields["day2"] = int(groups["day2"])
    if (weekday := weekday_number(match, lexicon)) is not None:
        fields["weekday"] = weekday
    return fields


def _cue_before(text: str, start: int, lexicon: Lexicon) -> bool:
    word = preceding_word(text, start)
    return word in lexicon_for(BASE).date_cues or word in lexicon.date_cues


def _read_month(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    word = matched_name(match, "month") or ""
    if not calendar_word(word, lexicon):
        return None
    month = _month_number(word, lexicon)
    if month is None:
        return None
    cued = groups["year"] or groups["prep"] or groups["part"] or groups["rel"] or groups["yrel"]
    if not cued and not _cue_before(text, match.start(), lexicon):
        return None  # a bare ``May`` is more often a name (Theresa May) than a month
    fields: dict[str, Any] = {"month": month}
    if groups["year"]:
        fields["year"] = int(groups["year"])
    elif groups["yrel"]:
        fields["yrel"] = fold(groups["yrel"])  # ``in May this year``
    if groups["rel"]:
        fields["rel"] = fold(groups["rel"])
    if part := groups["part"]:
        # ``early``, ``mid`` and ``late`` are the pattern's own words, and their own parts.
        found = look_up(_month_parts(lexicon.code), " ".join(part.split()))
        fields["part"] = found if found is not None else fold(part)
    return fields


def _read_weekday(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    if not calendar_word(matched_name(match, "weekday"), lexicon):
        return None
    title, holiday = _not_a_day(lexicon.code)
    if title.match(text, match.end()) or holiday.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return None  # ``The Sunday Times``, ``Good Friday``
    weekday = weekday_number(match, lexicon)
    if weekday is None:
        return None
    fields: dict[str, Any] = {"weekday": weekday}
    if preceding_word(text, match.start()) in _with_base(lexicon.code, "until_cues"):
        fields["until"] = True
    if match["daypart"]:
        fields["daypart"] = DAY_PARTS[fold(match["daypart"])]
    if match["rel"]:
        fields["rel"] = fold(match["rel"])
    return fields


def _read_deictic(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    if match["night"]:
        return {"offset": -1, "daypart": "NI"}
    if match["word"] is None:
        return {"offset": 0, "daypart": DAY_PARTS[fold(match["thispart"])]}
    offset = look_up(lexicon.days, match["word"])
    if offset is None:
        return None
    fields: dict[str, Any] = {"offset": offset}
    if (
        fields["offset"] == 0
        and not match["daypart"]
        and text.startswith(",", match.end())
        and _SENTENCE_START(text[max(0, match.start() - 3) : match.start()])
    ):
        fields["opening"] = True  # ``Today, plague infections are rare``: maybe no event
    if part := match["daypart"] or _DAY_PART_DAYS.get(fold(match["word"])):
        fields["daypart"] = DAY_PARTS[fold(part)]
    return fields


def _read_relative(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    return {"rel": fold(match["rel"]), "unit": fold(match["unit"])}


def _read_relative_phrase(
    match: re.Match[str], text: str, lexicon: Lexicon
) -> dict[str, Any] | None:
    meaning = look_up(extras_for(lexicon.code).relative, " ".join(match["phrase"].split()))
    if meaning is None:
        return None
    rel, unit = meaning
    return {"rel": rel, "unit": unit}


def _read_period(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    fields: dict[str, Any] = {"unit": fold(groups["unit"])}
    fields["rel"] = fold(groups["rel"]) if groups.get("rel") else "ago"
    if groups.get("n"):
        fields["n"] = _number(groups["n"], lexicon)
        if fields["n"] is None:
            return None
    if groups.get("rel") and fold(groups["rel"]) == "recent" and groups.get("n"):
        return None  # ``recent 3 months`` is not English
    return fields


def _read_season(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    word = groups["season"]
    anchored = groups["year"] or groups["rel"]
    if not word.islower() and not anchored:
        return None  # ``the Arab Spring``
    if fold(word) in _AMBIGUOUS_SEASONS and not (anchored or (groups["the"] and groups["prep"])):
        return None  # ``the fall of Kabul``, ``prices fall``
    season = look_up(lexicon.seasons, word) or look_up(lexicon_for(BASE).seasons, word)
    if season is None:
        return None
    fields: dict[str, Any] = {"season": season}
    if groups["rel"]:
        fields["rel"] = fold(groups["rel"])
    if groups["year"]:
        fields["year"] = int(groups["year"])
        if year2 := groups["year2"]:
            fields["year2"] = int(year2) if len(year2) == 4 else int(groups["year"][:2] + year2)
    return fields


def _read_year(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    before = text[max(0, match.start() - 20) : match.start()]
    cued = (
        match["prep"]
        or match["part"]
        or _cue_before(text, match.start(), lexicon)
        # A year as a modifier: ``a 2010 commando raid``, ``its 2024 budget``.
        or preceding_word(text, match.start()) in _words(lexicon.code, "year_modifiers")
        or _COPYRIGHT_BEFORE(before)
    )
    if not cued:
        return None
    fields: dict[str, Any] = {"year": int(match["year"])}
    if match["year2"] and int(match["year2"]) > fields["year"]:
        fields["year2"] = int(match["year2"])
    return fields


def _read_anaphor(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    return {"unit": fold(match["unit"] or match["unit2"])}
