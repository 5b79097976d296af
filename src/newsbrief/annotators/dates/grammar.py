"""The date grammar: where temporal expressions are and what fields they spell out.

Each :class:`Rule` is one regular expression for one shape of expression (``On Thursday,
October 3``, ``in early July``, ``the next 16 months``...). Every rule runs over the text;
overlapping matches are settled in favour of the longest, so ``Feb. 28, 2022`` is one day rather
than a month and a year. Patterns use bounded repetition only, so matching stays linear.

Extraction only reads the text; what the fields *mean* relative to the publication date is
:mod:`newsbrief.annotators.dates.resolve`'s business. A leading ``on``, ``in`` or ``during`` is part
of the expression (``on Tuesday``, ``in May``), as the briefing quotes it; other prepositions
(``since``, ``before``) change the meaning and are left out of the span.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from newsbrief.annotators.dates.lexicon import Lexicon
from newsbrief.annotators.dates.values import SEASON_WORDS

#: Words for small counts (``the next two weeks``, ``the last several weeks``).
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "couple of": 2,
    "few": 3,
    "several": 3,
}

# A weekday in a title or a holiday's name is not a day: ``The Sunday Times``, ``Black Friday``.
_NOT_A_DAY_BEFORE = re.compile(r"[ \t\u00a0](?:Times|Telegraph|Express|Mirror|Post|Herald|Star)\b")
_NOT_A_DAY_AFTER = re.compile(r"\b(?:Black|Good|Cyber|Super|Ash|Bloody|Holy|Maundy)[ \t\u00a0]$")

#: Words before a bare year or month that make it a date (``since 2014``, ``by May``), in any
#: language; a lexicon adds its own (:attr:`Lexicon.date_cues`).
CUE_WORDS = frozenset(
    [
        "in",
        "during",
        "since",
        "by",
        "until",
        "till",
        "from",
        "of",
        "before",
        "after",
        "through",
        "to",
        "and",
        "between",
        "early",
        "mid",
        "late",
        "the",
        "this",
        "last",
        "next",
        "until",
        "year",
        "throughout",
    ]
)

_S = r"[ \t\u00a0]{1,3}"
_PREP = rf"(?:(?P<prep>[Oo]n|[Ii]n|[Dd]uring){_S})?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
_DAY2 = r"(?:[-–](?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d:])"
_TIME = (
    r"[0-2]?\d(?:[:.][0-5]\d)?[ \t\u00a0]?(?:[ap]\.m\.|[AaPp][Mm]\b)(?:[ \t\u00a0][A-Z]{1,4}\b)?"
    r"|[0-2]?\d:[0-5]\d(?:[ \t\u00a0][A-Z]{2,4}\b)?"
)
_PART_OF_DAY = rf"(?:{_S}(?:morning|afternoon|evening|night))?"
_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SEASON = "|".join(SEASON_WORDS)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))


def _names(words: Mapping[str, int], group: str) -> str:
    """A pattern for calendar names; only abbreviations take a full stop (``Feb.``, not the
    sentence's last stop after ``in early July.``)."""
    abbreviations = {
        word
        for word in words
        if any(o != word and o.startswith(word) and words[o] == words[word] for o in words)
    }
    full = _alternation(set(words) - abbreviations)
    if not abbreviations:
        return rf"(?P<{group}>{full})\b"
    return rf"(?:(?P<{group}>{full})\b|(?P<{group}_abbr>{_alternation(abbreviations)})\b\.?)"


def _word(match: re.Match[str], group: str) -> str | None:
    """The calendar name a match read, full or abbreviated."""
    groups = match.groupdict()
    return groups.get(group) or groups.get(f"{group}_abbr")


@attrs.frozen
class Expression:
    """A temporal expression found in a text, with the fields it spells out."""

    #: First code point.
    start: int
    #: One past the last code point.
    end: int
    #: Which rule found it: ``date``, ``month``, ``weekday``, ``deictic``, ``relative``,
    #: ``period``, ``ago``, ``season``, ``year``, ``anaphor``; ``range`` for two joined ones
    #: (fields ``first`` and ``last``, each an :class:`Expression`).
    kind: str
    #: Numbers and words read from it (``month=10``, ``day=3``, ``weekday=3``, ``rel="last"``).
    fields: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class Rule:
    """One shape of temporal expression."""

    #: The :attr:`Expression.kind` it produces.
    kind: str
    #: What to match.
    pattern: re.Pattern[str]
    #: Turns a match into fields, or ``None`` to reject it (``may`` is not a month).
    read: Callable[[re.Match[str], str, Lexicon], dict[str, Any] | None]


def find_expressions(text: str, lexicon: Lexicon) -> list[Expression]:
    """Every temporal expression in ``text``, in text order, none overlapping."""
    found = list(_candidates(text, lexicon))
    # Longest first, then earliest: the fullest reading of each stretch wins.
    found.sort(key=lambda e: (-(e.end - e.start), e.start))
    starts: list[int] = []  # the taken expressions, kept sorted by start
    taken: list[Expression] = []
    for expression in found:
        at = bisect.bisect_left(starts, expression.start)
        if at > 0 and taken[at - 1].end > expression.start:
            continue
        if at < len(taken) and taken[at].start < expression.end:
            continue
        starts.insert(at, expression.start)
        taken.insert(at, expression)
    return _join_ranges(text, taken)


# ``from July 9 to July 11``, ``between 2014 and 2022``, ``Feb. 24 - March 1``.
_RANGE_LINK = re.compile(r"[ \t\u00a0]{0,2}(?:[-–—]|to|until|till|through|and)[ \t\u00a0]{0,2}$")
_RANGE_OPENER = re.compile(r"\b(?:[Ff]rom|[Bb]etween)[ \t\u00a0]{1,3}$")
_RANGEABLE = frozenset({"date", "month", "season", "year"})


def _join_ranges(text: str, expressions: list[Expression]) -> list[Expression]:
    """Join two dates linked as a range into one ``range`` expression."""
    out: list[Expression] = []
    for expression in expressions:
        if out and _links(text, out[-1], expression):
            first = out.pop()
            fields = {"first": first, "last": expression}
            expression = Expression(first.start, expression.end, "range", fields)
        out.append(expression)
    return out


def _links(text: str, first: Expression, last: Expression) -> bool:
    if first.kind not in _RANGEABLE or last.kind not in _RANGEABLE:
        return False
    between = text[first.end : last.start]
    link = _RANGE_LINK.match(between)
    if link is None or link.end() != len(between):
        return False
    opened = _RANGE_OPENER.search(text, max(0, first.start - 12), first.start) is not None
    # ``2014 and 2022`` is a range only after ``between``; a dash needs no opener.
    return opened or between.strip() in ("-", "–", "—")


def _candidates(text: str, lexicon: Lexicon) -> Iterator[Expression]:
    for rule in rules_for(lexicon):
        for match in rule.pattern.finditer(text):
            fields = rule.read(match, text, lexicon)
            if fields is not None:
                yield Expression(match.start(), match.end(), rule.kind, fields)


@functools.cache
def rules_for(lexicon: Lexicon) -> tuple[Rule, ...]:
    """The rules for one language (compiled once)."""
    month = _names(lexicon.months, "month")
    weekday = _names(lexicon.weekdays, "weekday")
    deictic = _alternation(lexicon.days)
    flags = re.IGNORECASE
    return tuple(
        attrs.evolve(rule, pattern=_at_word_start(rule.pattern))
        for rule in (
            Rule(
                "date",
                re.compile(
                    rf"(?:(?P<time>{_TIME}){_S}on{_S})?{_PREP}(?:(?P<pod>early|late){_S})?"
                    rf"(?:{weekday},?{_S})?{month}{_S}{_DAY}{_DAY2}(?:,?{_S}{_YEAR})?"
                    rf"(?:,?{_S}(?:at{_S})?(?P<time2>{_TIME}))?",
                    flags,
                ),
                _read_date,
            ),
            Rule(
                "date",
                re.compile(
                    rf"{_PREP}(?:{weekday},?{_S})?(?:the{_S})?{_DAY}{_DAY2}(?:{_S}of)?{_S}{month}"
                    rf"(?:,?{_S}{_YEAR}(?:{_S}(?:року|р\.|года|г\.))?)?"
                    rf"(?:,?{_S}(?:at{_S})?(?P<time2>{_TIME}))?",
                    flags,
                ),
                _read_date,
            ),
            Rule(
                "date",
                re.compile(rf"{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
                _read_date,
            ),
            Rule(
                "date",
                re.compile(rf"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.{_YEAR}"),
                _read_date,
            ),
            Rule(
                "month",
                re.compile(
                    rf"{_PREP}(?:(?P<rel>last|next|this|coming){_S})?"
                    rf"(?:(?P<part>early|mid|late|the{_S}(?:beginning|start|middle|end){_S}of)"
                    rf"(?:{_S}|-))?{month}(?:,?{_S}{_YEAR})?",
                    flags,
                ),
                _read_month,
            ),
            Rule(
                "weekday",
                re.compile(
                    rf"{_PREP}(?:(?P<pod>early|late){_S})?(?:(?P<rel>last|next|this|coming){_S})?"
                    rf"{weekday}{_PART_OF_DAY}",
                    flags,
                ),
                _read_weekday,
            ),
            Rule(
                "deictic",
                re.compile(
                    rf"(?:(?P<word>{deictic})\b{_PART_OF_DAY}"
                    rf"|this{_S}(?:morning|afternoon|evening)|(?P<night>last{_S}night))",
                    flags,
                ),
                _read_deictic,
            ),
            Rule(
                "relative",
                re.compile(
                    rf"(?:(?P<pre>earlier|later){_S})?(?:the{_S})?"
                    rf"(?P<rel>last|next|this|coming|previous|following){_S}"
                    rf"(?P<unit>week|month|year|weekend)\b",
                    flags,
                ),
                _read_relative,
            ),
            Rule(
                "period",
                re.compile(
                    rf"{_PREP}(?:the{_S})?(?P<rel>next|last|past|coming|recent){_S}"
                    rf"(?:(?P<n>\d{{1,3}}|{_NUMBER}){_S})?(?P<unit>day|week|month|year)s\b",
                    flags,
                ),
                _read_period,
            ),
            Rule(
                "ago",
                re.compile(
                    rf"(?P<n>\d{{1,3}}|{_NUMBER}){_S}(?P<unit>day|week|month|year)s?{_S}ago\b",
                    flags,
                ),
                _read_period,
            ),
            Rule(
                "season",
                re.compile(
                    rf"{_PREP}(?:(?P<the>the){_S})?(?:(?P<rel>last|next|this|coming|past){_S})?"
                    rf"(?:(?P<part>early|late){_S})?(?P<season>{_SEASON})\b"
                    rf"(?:(?:{_S}of)?{_S}{_YEAR}(?:[-–/](?P<year2>(?:19|20)?\d\d)(?![\d:]))?)?",
                    flags,
                ),
                _read_season,
            ),
            Rule(
                "year",
                re.compile(
                    rf"{_PREP}{_YEAR}(?:[-–](?P<year2>(?:1[89]|20)\d\d)(?![\d:]))?(?!\w|-\d|\.\d|,\d)"
                ),
                _read_year,
            ),
            Rule(
                "anaphor",
                re.compile(
                    rf"(?:that|the){_S}(?P<same>same|very){_S}(?P<unit>day|week|month|year)\b"
                    rf"|that{_S}(?P<unit2>day|week|month|year)\b",
                    flags,
                ),
                _read_anaphor,
            ),
        )
    )


def _at_word_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    # Never start inside a word (``mon`` in ``common``); the lookahead lets the engine skip
    # most positions at once, which keeps long texts fast.
    return re.compile(rf"(?<!\w)(?=[\w©])(?:{pattern.pattern})", pattern.flags)


# -- readers: a match -> its fields (or None) ----------------------------------------------------


def _calendar_word(word: str | None, lexicon: Lexicon) -> bool:
    # English month and weekday names are capitalised: ``may`` and ``sun`` are not dates.
    return word is None or not lexicon.capitalised or word[:1].isupper() or word.isdigit()


def _number(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _month_number(word: str, lexicon: Lexicon) -> int | None:
    if word.isdigit():
        return int(word)
    return lexicon.months.get(word.lower().rstrip("."))


def _weekday_number(match: re.Match[str], lexicon: Lexicon) -> int | None:
    word = _word(match, "weekday")
    if word is None:
        return None
    return lexicon.weekdays.get(word.lower().rstrip(".").replace("’", "'"))


def _read_date(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    word = _word(match, "month") or ""
    if not _calendar_word(word, lexicon) or not _calendar_word(_word(match, "weekday"), lexicon):
        return None
    month = _month_number(word, lexicon)
    day = int(groups["day"])
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    fields: dict[str, Any] = {"month": month, "day": day}
    if groups.get("year"):
        fields["year"] = int(groups["year"])
    if groups.get("day2") and int(groups["day2"]) > day:
        fields["day2"] = int(groups["day2"])
    if (weekday := _weekday_number(match, lexicon)) is not None:
        fields["weekday"] = weekday
    return fields


def _preceding_word(text: str, start: int) -> str:
    found = re.search(r"(\w+)\W{0,3}$", text[max(0, start - 30) : start])
    return found.group(1).lower() if found else ""


def _cue_before(text: str, start: int, lexicon: Lexicon) -> bool:
    word = _preceding_word(text, start)
    return word in CUE_WORDS or word in lexicon.date_cues


def _read_month(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    word = _word(match, "month") or ""
    if not _calendar_word(word, lexicon):
        return None
    month = _month_number(word, lexicon)
    if month is None:
        return None
    cued = groups["year"] or groups["prep"] or groups["part"] or groups["rel"]
    if not cued and not _cue_before(text, match.start(), lexicon):
        return None  # a bare ``May`` is more often a name (Theresa May) than a month
    fields: dict[str, Any] = {"month": month}
    if groups["year"]:
        fields["year"] = int(groups["year"])
    if groups["rel"]:
        fields["rel"] = groups["rel"].lower()
    if part := groups["part"]:
        part = part.lower()
        fields["part"] = (
            "early"
            if any(w in part for w in ("early", "beginning", "start"))
            else "mid"
            if any(w in part for w in ("mid", "middle"))
            else "late"
        )
    return fields


def _read_weekday(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    if not _calendar_word(_word(match, "weekday"), lexicon):
        return None
    if _NOT_A_DAY_BEFORE.match(text, match.end()) or _NOT_A_DAY_AFTER.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return None  # ``The Sunday Times``, ``Good Friday``
    weekday = _weekday_number(match, lexicon)
    if weekday is None:
        return None
    fields: dict[str, Any] = {"weekday": weekday}
    if match["rel"]:
        fields["rel"] = match["rel"].lower()
    return fields


def _read_deictic(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    if match["night"]:
        return {"offset": -1}
    if match["word"] is None:
        return {"offset": 0}
    return {"offset": lexicon.days[match["word"].lower()]}


def _read_relative(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    return {"rel": match["rel"].lower(), "unit": match["unit"].lower()}


def _read_period(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    fields: dict[str, Any] = {"unit": groups["unit"].lower()}
    fields["rel"] = groups["rel"].lower() if groups.get("rel") else "ago"
    if groups.get("n"):
        fields["n"] = _number(groups["n"])
    if groups.get("rel") and groups["rel"].lower() == "recent" and groups.get("n"):
        return None  # ``recent 3 months`` is not English
    return fields


def _read_season(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    word = groups["season"]
    anchored = groups["year"] or groups["rel"]
    if not word.islower() and not anchored:
        return None  # ``the Arab Spring``
    if word.lower() == "fall" and not (anchored or (groups["the"] and groups["prep"])):
        return None  # ``the fall of Kabul``, ``prices fall``
    fields: dict[str, Any] = {"season": SEASON_WORDS[word.lower()]}
    if groups["rel"]:
        fields["rel"] = groups["rel"].lower()
    if groups["year"]:
        fields["year"] = int(groups["year"])
        if year2 := groups["year2"]:
            fields["year2"] = int(year2) if len(year2) == 4 else int(groups["year"][:2] + year2)
    return fields


def _read_year(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    before = text[max(0, match.start() - 20) : match.start()]
    cued = (
        match["prep"]
        or _cue_before(text, match.start(), lexicon)
        or re.search(r"©[ \t\u00a0]?(?:[A-Z][\w.]*[ \t\u00a0])?$", before)
    )
    if not cued:
        return None
    fields: dict[str, Any] = {"year": int(match["year"])}
    if match["year2"] and int(match["year2"]) > fields["year"]:
        fields["year2"] = int(match["year2"])
    return fields


def _read_anaphor(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    return {"unit": (match["unit"] or match["unit2"]).lower()}
