"""The date rule table: a language's rules in the order they run (:func:`rules_for`: the calendar
shapes, then the TIMEX3 ones), each given the :class:`Trigger` that says around which words it
can match and whether its matches hold one of them whole (:attr:`Rule.holds_trigger`).

Apart from the shapes, which say what a rule matches: where a rule runs is the matcher's
speed-up, and the triggers are the one place that knows every shape's words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from newsbrief.annotators.dates.calendar_shapes import BASE, DAY_PARTS, calendar_rules
from newsbrief.annotators.dates.language_extras import extras_for
from newsbrief.annotators.dates.lexicon import Lexicon, lexicon_for
from newsbrief.annotators.dates.patterns import alternation, name_pattern
from newsbrief.annotators.dates.rule_model import Rule, Trigger
from newsbrief.annotators.dates.timex_shapes import timex_rules, timex_words
from newsbrief.annotators.dates.token_index import TOKEN
from newsbrief.languages import every_language_words, language, on_reload


@functools.cache
def rules_for(lexicon: Lexicon) -> tuple[Rule, ...]:
    """The rules for one language (compiled once), in the order they run."""
    weekday = name_pattern(lexicon.weekdays, "weekday")
    deictic = alternation(lexicon.days)
    rules = (
        *calendar_rules(lexicon, weekday, deictic),
        *timex_rules(lexicon, weekday, deictic),
    )
    return _with_triggers(rules, lexicon)


def _tokens(words: Iterable[str]) -> frozenset[str]:
    """The tokens of ``words`` a match must hold one of (function words of phrases dropped)."""
    # Too common to trigger a rule (every language's, as a phrase may borrow one): a phrase's
    # other words do (``the near future`` -> ``future``).
    function_words = every_language_words("calendar", "trigger_function_words")
    out: set[str] = set()
    for phrase in words:
        tokens = TOKEN.findall(phrase.lower())
        content = [t for t in tokens if t not in function_words]
        out.update(content or tokens)
    return frozenset(out)


def _year_token(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("18", "19", "20")


def _clock_token(token: str) -> bool:
    return (token.isdigit() and len(token) in (1, 2, 4)) or _CLOCK_TOKEN(token) is not None


def _decade_token(token: str) -> bool:
    return _DECADE_TOKEN(token) is not None


def _part_token(token: str) -> bool:
    return _PART_TOKEN(token) is not None


# Compiled once: ``re.fullmatch`` with a pattern string looks it up in ``re``'s cache each call.
_CLOCK_TOKEN = re.compile(r"\d{1,2}(?:h\d{0,2}|[ap]m)").fullmatch
_DECADE_TOKEN = re.compile(r"\d{0,2}\d0s?").fullmatch
_PART_TOKEN = re.compile(r"[qh][1-4](?:\d\d){0,2}|fy\d{2,4}").fullmatch


def _with_triggers(rules: tuple[Rule, ...], lexicon: Lexicon) -> tuple[Rule, ...]:
    """Each rule with the trigger that says where it can match (see :class:`Trigger`)."""
    words = timex_words(lexicon.code)
    months = _tokens(lexicon.months)
    # The base shapes' own unit and part-of-day words (``last week``, ``Friday morning``) hold
    # in every language, as those shapes do.
    units = _tokens(words["units"]) | language(BASE).words("calendar", "shape_units")
    day_words = _tokens(lexicon.days) | frozenset(DAY_PARTS)
    seasons = _tokens(lexicon.seasons) | _tokens(lexicon_for(BASE).seasons)
    triggers: dict[str, list[Trigger | None]] = {
        "date": [
            Trigger(months, 80, 70),
            Trigger(months, 80, 70),
            Trigger(frozenset(), 2, 8, _year_token),
            Trigger(frozenset(), 8, 2, _year_token),
        ],
        "month": [Trigger(months, 50, 30)],
        "weekday": [Trigger(_tokens(lexicon.weekdays), 40, 25)],
        "deictic": [Trigger(day_words, 30, 20)],
        "relative": [
            Trigger(units, 70, 5),
            Trigger(_tokens(extras_for(lexicon.code).relative), 50, 50),
        ],
        "period": [Trigger(units, 40, 5)],
        "ago": [Trigger(frozenset({"ago"}), 40, 2)],
        "season": [Trigger(seasons, 40, 20)],
        "year": [Trigger(frozenset(), 25, 8, _year_token)],
        "anaphor": [Trigger(units, 20, 2)],
        "time": [Trigger(frozenset({"uhr"}), 40, 45, _clock_token)],
        "decade": [Trigger(frozenset(), 25, 2, _decade_token)],
        "century": [Trigger(frozenset({"century"}), 25, 2)],
        "duration": [Trigger(units, 70, 15), Trigger(units, 40, 10)],
        "set": [
            Trigger(_tokens(words["set_words"]), 10, 40),
            Trigger(_tokens(words["frequencies"]), 5, 20),
        ],
        "reference": [
            Trigger(_tokens(words["present_ref"] | words["past_ref"] | words["future_ref"]), 25, 30)
        ],
        "quarter": [
            Trigger(_tokens(words["year_parts"]), 45, 40),
            Trigger(frozenset(), 2, 15, _part_token),
        ],
        "fiscal": [Trigger(_tokens(words["fiscal"]), 5, 20, _part_token)],
    }
    seen: dict[str, int] = {}
    # Equal triggers as one object: a text's windows are kept by the trigger's identity.
    same: dict[Trigger, Trigger] = {}
    out = []
    for rule in rules:
        number = seen[rule.kind] = seen.get(rule.kind, -1) + 1
        options = triggers.get(rule.kind, [])
        trigger = options[number] if number < len(options) else None
        if trigger is not None:
            trigger = same.setdefault(trigger, trigger)
        holds = (
            rule.kind in _HOLDING_TRIGGER
            and trigger is not None
            and trigger.numeric is None
            # The engine matches an ASCII letter to no character whose lower case is another
            # but ``ı`` and ``ſ`` (tested); other scripts have more such pairs (``ᲀ``, ``в``).
            and all(word.isascii() for word in trigger.words)
        )
        out.append(attrs.evolve(rule, trigger=trigger, holds_trigger=holds))
    return tuple(out)


#: Kinds whose every match holds a trigger word of its rule whole (:attr:`Rule.holds_trigger`;
#: rules triggered by numbers aside): the name, unit, season, set word or phrase each reads,
#: between blanks, hyphens or the match's edges and ``\b``/``(?!\w)``. Not ``deictic``:
#: ``this morning`` matches in ``this mornings``, whose token is no trigger word.
_HOLDING_TRIGGER = frozenset(
    {
        "date",
        "month",
        "weekday",
        "relative",
        "period",
        "ago",
        "season",
        "anaphor",
        "century",
        "duration",
        "set",
        "reference",
        "quarter",
    }
)

# A language data file reloaded gives new rules: they are keyed by a lexicon, which compares
# equal to the new one when only the language's additions (:func:`extras_for`) changed.
on_reload(rules_for.cache_clear)
