"""The TIMEX3 shapes beyond calendar dates, and their readers: clock times (``18:00 UTC``,
``10 a.m.``), durations (``three years``, ``for years``), sets (``every week``, ``monthly``),
references (``now``, ``recently``), decades, centuries, parts of years (``the third quarter``,
``Q3 2024``) and fiscal years (``FY2024``), with the language data they read
(:func:`timex_words`).

Apart from the calendar shapes (:mod:`.calendar_shapes`), which borrow only the clock time
(``Oct. 3 at 10 a.m.``): each module holds one family of shapes with what its readers need.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from newsbrief.annotators.dates.language_extras import extras_for
from newsbrief.annotators.dates.lexicon import Lexicon, fold
from newsbrief.annotators.dates.patterns import (
    GAP,
    YEAR,
    alternation,
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
from newsbrief.languages import every_language_words, on_reload

#: Time zones that name UTC (their TIMEX3 value ends in ``Z``); other zones are kept as read.
UTC_ZONES = frozenset({"utc", "gmt", "z"})
_ZONE = (
    r"(?P<zone>UTC|GMT|[ECMP][SD]?T|BST|CES?T|EES?T|MS[KD]|JST|IST|AEST|\(GMT{GAP}?[+-]\d{{1,2}}\))"
)
_CLOCK = (
    r"(?:(?P<h1>[01]?\d)(?:[:.](?P<m1>[0-5]\d))?[ \t\u00a0]?(?P<ampm>[ap]\.m\.|[AaPp][Mm]\b)"
    r"|(?P<h2>[0-2]?\d):(?P<m2>[0-5]\d)(?!\d)(?:[ \t\u00a0]?(?:Uhr|h)\b)?"
    r"|(?P<h3>[0-2]?\d)(?:[.](?P<m3>[0-5]\d))?[ \t\u00a0](?:Uhr)\b"
    r"|(?P<h4>[0-2]\d)(?P<m4>[0-5]\d)(?=[ \t\u00a0](?:UTC|GMT)\b))"
)
#: A clock time alone, with its time zone (a date's ``at 10 a.m.``).
CLOCK_ONLY = re.compile(rf"{_CLOCK}(?:[ \t\u00a0]{{1,3}}{_ZONE.format(GAP=GAP)})?")
_DECADE = r"(?P<decade>(?:1[0-9]|20)\d0)|(?P<short>[2-9]0)"
#: The clock time alone: every match of the time rule holds one (:attr:`Rule.hint`).
_CLOCK_HINT = re.compile(_CLOCK)
#: The last digit of the hour or minutes of every clock time (:attr:`Rule.anchor`): before an
#: ``am``/``pm``/``a.m.`` (a space between or not), a colon, or a space and ``Uhr``, ``UTC``
#: or ``GMT``. (A window ends before a non-word character, where ``\b`` reads the same.)
_CLOCK_ANCHOR = re.compile(
    r"\d(?=[ \t\u00a0]?(?:[ap]\.m\.|[AaPp][Mm]\b)|:|[ \t\u00a0](?:Uhr|UTC|GMT))"
)


def _clock_links() -> frozenset[str]:
    # Words between a day and its clock time (``Thursday at 10:00``, ``четвер о 10:00``), of
    # every language: the time shape is shared, and its words were always read in any text.
    return every_language_words("calendar", "clock_links")


@functools.cache
def _clock_cues() -> frozenset[str]:
    # A clock link's words, one by one: the word before a bare clock time (``a las 10``).
    return frozenset(word for link in _clock_links() for word in link.split())


@functools.cache
def _quarter_cues(code: str) -> frozenset[str]:
    # Words before a bare quarter code that make it a date (``in Q3``): English's and the
    # language's own, as the quarter shape is English's.
    from newsbrief.languages import language

    return language("en").words("calendar", "quarter_cues") | language(code).words(
        "calendar", "quarter_cues"
    )


for _made in (_quarter_cues, _clock_cues):
    on_reload(_made.cache_clear)


def _vague_counts() -> frozenset[str]:
    # Count words that say "some" (``several years`` is ``PXY``), of every language.
    return every_language_words("calendar", "vague_counts")


def clock_fields(match: re.Match[str]) -> dict[str, Any] | None:
    """``hour``, ``minute`` and ``zone`` of a clock time read by :data:`_CLOCK`."""
    groups = match.groupdict()
    for n in "1234":
        if groups.get(f"h{n}") is not None:
            hour, minute = int(groups[f"h{n}"]), int(groups.get(f"m{n}") or 0)
            break
    else:
        return None
    if ampm := groups.get("ampm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    if hour > 24:
        return None
    fields: dict[str, Any] = {"hour": hour, "minute": minute}
    if zone := groups.get("zone"):
        fields["zone"] = zone
    return fields


@functools.cache
def timex_words(code: str) -> dict[str, Any]:
    """The language data the TIMEX3 shapes read (``[calendar]`` keys of the language home)."""
    from newsbrief.languages import language

    lang = language(code)
    return {
        "units": {k.lower(): str(v) for k, v in lang.table("calendar", "units").items()},
        "approximators": lang.words("calendar", "approximators"),
        "duration_cues": lang.words("calendar", "duration_cues"),
        "present_ref": lang.words("calendar", "present_ref"),
        "past_ref": lang.words("calendar", "past_ref"),
        "future_ref": lang.words("calendar", "future_ref"),
        "frequencies": {
            " ".join(k.lower().split()): str(v)
            for k, v in lang.table("calendar", "frequencies").items()
        },
        "set_words": lang.words("calendar", "set_words"),
        "ordinals": {k.lower(): int(v) for k, v in lang.table("calendar", "ordinals").items()},
        "year_parts": {k.lower(): str(v) for k, v in lang.table("calendar", "year_parts").items()},
        "fiscal": lang.words("calendar", "fiscal_words"),
        # ``the third quarter of 2024``: the words between a part of a year and its year.
        "year_part_links": lang.words("calendar", "year_part_links"),
        # ``for years``, ``over the decades``, ``the past decade``, ``several months``.
        "vague_preps": lang.words("calendar", "vague_duration_preps"),
        "vague_leads": lang.words("calendar", "vague_duration_leads"),
        "vague_spans": lang.words("calendar", "vague_duration_spans"),
        "vague_counts": lang.words("calendar", "vague_counts"),
    }


@functools.cache
def _year_part_links(code: str) -> str:
    # English's links and the language's own (``of``; Spanish ``de``, ``del``).
    return alternation(timex_words("en")["year_part_links"] | timex_words(code)["year_part_links"])


def timex_rules(lexicon: Lexicon, weekday: str, deictic: str) -> list[Rule]:
    """The TIMEX3 shapes of ``lexicon``'s language, in the order they run; ``weekday`` and
    ``deictic`` are the weekday and ``today``-like patterns the calendar shapes use too."""
    words = timex_words(lexicon.code)
    flags = re.IGNORECASE
    day_word = rf"(?i:{alternation(lexicon.weekdays)})\.?"
    rules: list[Rule] = [
        Rule(
            "time",
            rule_pattern(
                rf"(?:(?P<lead>{day_word}|(?i:{deictic})){GAP}(?:(?i:{alternation(_clock_links())}){GAP})?)?{_CLOCK}"
                rf"(?:{GAP}{_ZONE.format(GAP=GAP)})?"
                rf"(?:,?{GAP}(?:on{GAP})?(?:(?P<trail>{day_word}|(?i:{deictic}))\b))?"
            ),
            _read_time,
            # Its trigger is any number of one, two or four digits: most hold no clock time.
            hint=_CLOCK_HINT,
            anchor=_CLOCK_ANCHOR,
        ),
        Rule(
            "decade",
            rule_pattern(
                rf"(?:the{GAP})?(?:(?P<part>early|mid|late)[- \t\u00a0])?"
                rf"(?:{_DECADE})['’]?s\b",
                flags,
            ),
            _read_decade,
            # Its trigger is any number ending in 0: few are written as a decade.
            hint=re.compile(rf"(?:{_DECADE})['’]?s\b", flags),
            # The decade's last digit, before its ``s`` (a window ends before a non-word
            # character, where ``\b`` reads the same as in the whole text).
            anchor=re.compile(r"\d(?=['’]?s\b)", flags),
        ),
        Rule(
            "century",
            rule_pattern(
                rf"(?:the{GAP})?(?P<ordinal>[1-2]?\d)(?:{extras_for(lexicon.code).suffixes}){GAP}century\b",
                flags,
            ),
            _read_century,
        ),
    ]
    numbers = alternation(lexicon.numbers) if lexicon.numbers else r"(?!x)x"
    count = rf"(?P<n>\d{{1,3}}(?:[.,]\d)?|(?:{numbers})(?:(?:{GAP}and{GAP}a|-and-a){GAP}half)?)"
    if words["units"]:
        units = alternation(words["units"])
        approx = phrase_alternation(words["approximators"]) if words["approximators"] else r"(?!x)x"
        rules.append(
            Rule(
                "duration",
                rule_pattern(
                    rf"(?:(?P<approx>{approx}){GAP})?(?:(?P<the>the){GAP}(?:(?P<span>past|last|next|"
                    rf"first|coming|previous|following){GAP})?)?{count}(?:{GAP}|-)"
                    rf"(?P<unit>{units})(?!\w)(?:-(?P<long>long|old))?",
                    flags,
                ),
                _read_duration,
            )
        )
    # Its reader reads English only (``for years``): other languages never run it, which
    # spares them its windows around every unit word.
    if words["units"] and lexicon.code == "en":
        leads = words["vague_leads"] | words["vague_spans"]
        cues = {p.split()[-1] for p in words["vague_preps"] | leads | words["vague_counts"]}
        rules.append(
            Rule(
                "duration",
                rule_pattern(
                    rf"(?:(?P<prep>{phrase_alternation(words['vague_preps'])}){GAP})?"
                    rf"(?:(?P<lead>{phrase_alternation(leads)}){GAP})?"
                    rf"(?:(?P<the>the|{phrase_alternation(words['vague_counts'])}){GAP})?"
                    rf"(?P<unit>{units})(?:-(?P<long>long))?(?!\w)",
                    flags,
                ),
                _read_vague_duration,
                # Its reader keeps only a match with a lead (``over``, ``recent``, ``past``,
                # ``last``), a preposition (``for``), a count word (``several``...) or
                # ``-long``: the bare unit words around which it mostly runs are refused. Each
                # of those phrases ends in its last word and a blank.
                cue=re.compile(rf"(?:{alternation(cues)})[ \t\u00a0]|-long"),
            )
        )
    if words["set_words"] and words["units"]:
        rules.append(
            Rule(
                "set",
                rule_pattern(
                    rf"(?P<every>{phrase_alternation(words['set_words'])}){GAP}(?:other{GAP})?"
                    rf"(?:(?P<n>\d{{1,2}}|{numbers}){GAP})?(?:(?P<unit>{alternation(words['units'])})"
                    rf"|{weekday})(?!\w)",
                    flags,
                ),
                _read_set,
            )
        )
    if words["frequencies"]:
        rules.append(
            Rule(
                "set",
                rule_pattern(rf"(?P<word>{phrase_alternation(words['frequencies'])})(?!\w)", flags),
                _read_frequency,
            )
        )
    references = {
        **{" ".join(w.split()): "PRESENT_REF" for w in words["present_ref"]},
        **{" ".join(w.split()): "PAST_REF" for w in words["past_ref"]},
        **{" ".join(w.split()): "FUTURE_REF" for w in words["future_ref"]},
    }
    if references:
        rules.append(
            Rule(
                "reference",
                rule_pattern(
                    rf"(?:very{GAP})?(?P<word>{phrase_alternation(references)})(?!\w)", flags
                ),
                _read_reference,
            )
        )
    if words["ordinals"] and words["year_parts"]:
        ordinal = alternation(words["ordinals"])
        parts = alternation(words["year_parts"])
        rules.append(
            Rule(
                "quarter",
                rule_pattern(
                    rf"(?:(?P<the>the){GAP})?(?P<ordinal>{ordinal})(?:{GAP}|-)(?P<part>{parts})\b"
                    rf"(?:{GAP}(?:(?:{_year_part_links(lexicon.code)}){GAP})?(?:(?P<fiscal>fiscal){GAP})?(?:{YEAR}"
                    rf"(?:{GAP}(?:року|р\.|года|г\.))?|(?P<yrel>this|last|next){GAP}year\b))?",
                    flags,
                ),
                _read_quarter,
            )
        )
        rules.append(
            Rule(
                "quarter",
                rule_pattern(
                    rf"(?P<code>[QH])(?P<number>[1-4])(?:{GAP}|-|/)?(?:{YEAR}|'(?P<yy>\d\d))?\b"
                ),
                _read_quarter,
            )
        )
    if words["fiscal"]:
        rules.append(
            Rule(
                "fiscal",
                rule_pattern(
                    rf"(?P<word>{phrase_alternation(words['fiscal'])})[ \t\u00a0]?"
                    rf"(?:{YEAR}|(?P<yy>\d\d))(?![\d:])",
                    flags,
                ),
                _read_fiscal,
            )
        )
    return rules


# The small patterns of the readers, compiled once: a pattern string given to ``re.match`` is
# looked up in ``re``'s cache at each call, and compiled again if other code evicted it.
_DIGIT_COUNT = re.compile(r"\d{1,3}(?:[.,]\d)?").fullmatch
_AGO_OR_OLD = re.compile(r"[ \t\u00a0]+(?:ago|old)\b").match
_OF_AFTER = re.compile(r"[ \t\u00a0]+of\b").match


def _read_time(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    fields = clock_fields(match)
    if fields is None:
        return None
    groups = match.groupdict()
    # ``12:30`` alone may be a score or a verse: only with a zone, a day or a cue word.
    if (
        groups["h2"] is not None
        and groups["zone"] is None
        and not groups.get("lead")
        and not groups.get("trail")
        and preceding_word(text, match.start()) not in _clock_cues()
    ):
        return None
    for side in ("lead", "trail"):
        word = groups.get(side)
        if word is None:
            continue
        offset = look_up(lexicon.days, word)
        if offset is not None:
            fields["offset"] = offset
        else:
            day = look_up(lexicon.weekdays, word.rstrip("."))
            if day is None or not calendar_word(word, lexicon):
                return None
            fields["weekday"] = day
    return fields


def _read_decade(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    # ``the 70s``: a 1900s decade (:mod:`resolve` moves it back from the future).
    decade = int(match["decade"]) if match["decade"] else 1900 + int(match["short"])
    fields: dict[str, Any] = {"decade": decade // 10}
    if match["part"]:
        fields["part"] = fold(match["part"])
    return fields


def _read_century(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    number = int(match["ordinal"])
    return {"century": number - 1} if 1 <= number <= 21 else None


def _count(word: str, lexicon: Lexicon) -> float | None:
    word = " ".join(word.replace("-", " ").split())
    half = 0.0
    for tail in (" and a half",):
        if fold(word).endswith(tail):  # (folding keeps the length)
            word, half = word[: -len(tail)], 0.5
    if _DIGIT_COUNT(word):
        return float(word.replace(",", ".")) + half
    number = look_up(lexicon.numbers, word)
    return None if number is None else number + half


def _read_duration(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    words = timex_words(lexicon.code)
    n = _count(groups["n"], lexicon)
    if n is None or n <= 0:
        return None
    if groups.get("long") and fold(groups["long"]) == "old":
        return None  # ``a 27-year-old``: an age
    after = text[match.end() : match.end() + 12].lower()
    if _AGO_OR_OLD(after):
        return None  # ``two years ago`` is a date (another rule), ``five years old`` an age
    written = " ".join(fold(groups["n"]).split())
    unit = look_up(words["units"], groups["unit"])
    if unit is None:
        return None
    ordinal = look_up(words["ordinals"], " ".join(groups["n"].split())) is not None
    article = not written[:1].isdigit() and n == 1 and not ordinal
    # ``a day`` needs ``for``/``over``/``within``...; ``a second`` is an ordinal.
    if (
        article
        and written != "one"
        and not groups.get("approx")
        and (unit == "S" or preceding_word(text, match.start()) not in words["duration_cues"])
    ):
        return None
    if unit == "Q" and _OF_AFTER(after):
        return None  # ``a quarter of the staff``: a fraction
    fields: dict[str, Any] = {"n": None if written in _vague_counts() else n, "unit": unit}
    if span := groups.get("span"):
        fields["span"] = fold(span)
    return fields


def _read_vague_duration(
    match: re.Match[str], text: str, lexicon: Lexicon
) -> dict[str, Any] | None:
    # English only for now: ``for years``, ``over the years``, ``several months``, ``recent
    # years``, ``decades-long``; a bare plural (``the years``, ``days``) is too often no duration.
    # (What it keeps always holds a word of its rule's cue: change the two together.)
    groups = match.groupdict()
    if lexicon.code != "en":
        return None
    word = fold(groups["unit"])
    lead = " ".join(fold(groups.get("lead") or "").split())
    the = " ".join(fold(groups.get("the") or "").split())
    plural = word.endswith("s")
    unit = look_up(timex_words(lexicon.code)["units"], groups["unit"])
    if unit is None:
        return None
    if not plural and lead in timex_words(lexicon.code)["vague_spans"] and not the:
        return {"n": 1, "unit": unit, "lead": lead}  # ``the past decade``: P10Y
    if not groups.get("long") and (
        not plural or not (lead or groups.get("prep") or the not in ("", "the"))
    ):
        return None
    return {"n": None, "unit": unit, "lead": lead}


def _read_set(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    fields: dict[str, Any] = {}
    if groups.get("unit"):
        fields["unit"] = look_up(timex_words(lexicon.code)["units"], groups["unit"])
        if fields["unit"] is None:
            return None
        fields["n"] = _count(groups["n"], lexicon) if groups.get("n") else 1
        if fields["n"] is None:
            return None
    else:
        weekday = weekday_number(match, lexicon)
        if weekday is None or not calendar_word(matched_name(match, "weekday"), lexicon):
            return None
        fields["weekday"] = weekday
    return fields


def _read_frequency(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    frequency = look_up(timex_words(lexicon.code)["frequencies"], " ".join(match["word"].split()))
    return None if frequency is None else {"frequency": frequency}


def _read_reference(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    written = " ".join(match["word"].split())
    for key, value in (
        ("present_ref", "PRESENT_REF"),
        ("past_ref", "PAST_REF"),
        ("future_ref", "FUTURE_REF"),
    ):
        word = look_up(_phrases(lexicon.code, key), written)
        if word is not None:
            return {"ref": value, "word": word}
    return None


def _read_quarter(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    groups = match.groupdict()
    words = timex_words(lexicon.code)
    if groups.get("code"):
        part, number = groups["code"].upper(), int(groups["number"])
        if part == "H" and number > 2:
            return None
        if not (groups.get("year") or groups.get("yy")) and preceding_word(
            text, match.start()
        ) not in _quarter_cues(lexicon.code):
            return None  # ``Q3`` alone may be a product name
    else:
        found_part = look_up(words["year_parts"], groups["part"])
        found_number = look_up(words["ordinals"], groups["ordinal"])
        if found_part is None or found_number is None:
            return None
        part, number = found_part, found_number
        if part == "H":
            number = 2 if number >= 2 else 1
        if fold(groups["ordinal"]) in ("last",):
            return None
    fields: dict[str, Any] = {"part": part, "number": number}
    if groups.get("year"):
        fields["year"] = int(groups["year"])
    elif groups.get("yy"):
        fields["year"] = 2000 + int(groups["yy"])
    elif yrel := groups.get("yrel"):
        fields["yrel"] = fold(yrel.split()[0])
    if groups.get("fiscal"):
        fields["fiscal"] = True
    return fields


def _read_fiscal(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    if match["year"]:
        return {"year": int(match["year"])}
    return {"year": 2000 + int(match["yy"])}


@functools.cache
def _phrases(code: str, key: str) -> dict[str, str]:
    """A word list of the language home (``present_ref``...) as ``phrase -> phrase``, each with
    single spaces: looked up with :func:`look_up`."""
    return {" ".join(w.split()): " ".join(w.split()) for w in timex_words(code)[key]}


# A language data file reloaded is read again: its words, and the phrases built from them.
on_reload(timex_words.cache_clear)
on_reload(_year_part_links.cache_clear)
on_reload(_phrases.cache_clear)
