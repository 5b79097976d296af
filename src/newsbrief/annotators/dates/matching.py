"""Running the date rule table over a text (:func:`matches`): each rule only in the windows
around its trigger words, a window skipped when it holds none of the rule's anchor, cue or hint,
and each match's extent without a leading ``on``/``in`` (:func:`_extent_start`).

Apart from :mod:`.grammar`, which settles the matches into expressions, because this is all
speed-up: every path here finds exactly the matches that running each pattern over the whole text
finds (``tests/annotators/test_dates_fast_paths.py``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from newsbrief.annotators.dates.lexicon import Lexicon, fold
from newsbrief.annotators.dates.rule_model import Expression, Rule, Trigger
from newsbrief.annotators.dates.rule_table import rules_for
from newsbrief.annotators.dates.token_index import TokenIndex, lead_words
from newsbrief.languages import every_language_words, on_reload

#: A match of a rule as :func:`find_expressions` sorts it before reading it: the expression's
#: start and end, the rule's kind and reader, and the match.
RuleMatch = tuple[
    int,
    int,
    str,
    Callable[[re.Match[str], str, Lexicon], "dict[str, Any] | None"],
    re.Match[str],
]


def _candidates(
    text: str, lexicon: Lexicon, words: AbstractSet[str] | None = None
) -> Iterator[Expression]:
    """Every match of every rule that its reader keeps, as an expression (overlaps and all)."""
    for start, end, kind, read, match in matches(text, lexicon, words):
        fields = read(match, text, lexicon)
        if fields is not None:
            yield Expression(start, end, kind, fields)


def matches(
    text: str, lexicon: Lexicon, words: AbstractSet[str] | None = None
) -> Iterator[RuleMatch]:
    """Every match of every rule around its triggers, in rule order, not yet read."""
    lower = text.lower()
    steps, trigger_words = _plan(rules_for(lexicon))
    # Lower-casing that changes lengths (``İ``) would shift offsets: then scan everything.
    index = (
        TokenIndex(lower, words, trigger_words, lead_words(rules_for(lexicon)))
        if len(lower) == len(text)
        else None
    )
    anchored: dict[re.Pattern[str], list[int]] | None = None  # anchor -> where it matches
    # Cues are read in the lower-cased text, where only ``ı`` and ``ſ`` (which the engine
    # takes for ``i`` and ``s`` regardless of case) would read otherwise (``İ`` changes the
    # length: no index then).
    cued = index is not None and "ı" not in text and "ſ" not in text
    whole = ((0, len(text)),)
    for kind, finditer, read, trigger, anchor, hint, cue, search, holds in steps:
        hits: list[int] | None = None
        if anchor is not None:
            if anchored is None:
                anchored = _anchor_hits(text, lexicon)
            hits = anchored[anchor]
            if not hits:
                continue
        # Each window's last and first trigger words, and where a match can start at the
        # earliest (:attr:`Rule.holds_trigger`): the rule's scans stop and start there.
        bounds: tuple[list[int], list[int], Callable[[int], int]] | None = None
        if index is None or trigger is None:
            windows: Iterable[tuple[int, int]] = whole
        else:
            if trigger.numeric is None and trigger.words.isdisjoint(index.present):
                continue  # none of its words in the text (most rules): not even a call
            windows, last_words, first_words = index.merged(trigger)
            if not windows:
                continue
            # In a text whose lower case spells each ASCII word the engine matches (``cued``:
            # no ``ı``/``ſ``).
            if holds and cued:
                bounds = (last_words, first_words, index.reach)
        if not cued:
            cue = None
        for number, (low, high) in enumerate(windows):
            if hits is not None:
                at = bisect.bisect_left(hits, low)
                if at == len(hits) or hits[at] >= high:
                    continue  # no anchor in the window: no match either
            if cue is not None and cue(lower, low, high) is None:
                continue
            if hint is not None and hint(text, low, high) is None:
                continue
            if bounds is None:
                for match in finditer(text, low, high):
                    yield _extent_start(match), match.end(), kind, read, match
                continue
            # ``finditer``'s matches one search at a time, until one ends past the last word,
            # from where a match can start at the earliest (:meth:`TokenIndex.reach`).
            lasts, firsts, reach = bounds
            last, at = lasts[number], reach(firsts[number])
            if at < low:
                at = low
            while at <= last:
                found = search(text, at, high)
                if found is None:
                    break
                if found.end() == found.start():  # (none does) ``finditer``'s own rules then
                    for match in finditer(text, at, high):
                        yield _extent_start(match), match.end(), kind, read, match
                    break
                yield _extent_start(found), found.end(), kind, read, found
                at = found.end()


_Step = tuple[
    str,
    Callable[[str, int, int], Iterator[re.Match[str]]],
    Callable[[re.Match[str], str, Lexicon], "dict[str, Any] | None"],
    "Trigger | None",
    "re.Pattern[str] | None",
    Callable[[str, int, int], "re.Match[str] | None"] | None,
    Callable[[str, int, int], "re.Match[str] | None"] | None,
    Callable[[str, int, int], "re.Match[str] | None"],
    bool,
]


#: ``id(rules)`` -> ``(rules, their plan)`` (:func:`_plan`); the rules are kept, so an id is
#: never reused while its entry lives.
_PLANS: dict[int, tuple[tuple[Rule, ...], tuple[tuple[_Step, ...], frozenset[str]]]] = {}


def _plan(rules: tuple[Rule, ...]) -> tuple[tuple[_Step, ...], frozenset[str]]:
    """``rules`` as flat tuples of what :func:`_candidates` reads of each, with bound methods
    (a text asks every rule, and the attribute look-ups cost as much as an empty window), and
    all their trigger words. Keyed by the tuple's identity (hashing rules hashes their
    patterns), so whatever :func:`rules_for` gives is what runs."""
    known = _PLANS.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    plan = tuple(
        (
            rule.kind,
            rule.pattern.finditer,
            rule.read,
            rule.trigger,
            rule.anchor,
            rule.hint.search if rule.hint is not None else None,
            rule.cue.search if rule.cue is not None else None,
            rule.pattern.search,
            rule.holds_trigger,
        )
        for rule in rules
    )
    words = frozenset(w for rule in rules if rule.trigger is not None for w in rule.trigger.words)
    if len(_PLANS) >= 64:  # a handful of languages; tests build rules afresh
        _PLANS.clear()
    _PLANS[id(rules)] = (rules, (plan, words))
    return plan, words


def _anchor_hits(text: str, lexicon: Lexicon) -> dict[re.Pattern[str], list[int]]:
    """Where each anchor of the language's rules matches in ``text``, in order.

    All anchors are a digit and a look-ahead, so one scan finds where any of them matches (the
    engine skips to digits, and each hit is one digit, so no hit hides another); only those few
    places are then asked which anchors match there. Each anchor's hits are those its own scan
    would find.
    """
    anchors, either, either_ascii = _anchor_scan(lexicon)
    if either_ascii is not None and text.isascii():
        either = either_ascii  # ``[0-9]``, which the engine skips to faster than ``\d``
    places = [m.start() for m in either.finditer(text)] if either is not None else []
    if not places:
        return dict.fromkeys(anchors, places)  # (read only)
    return {anchor: [at for at in places if anchor.match(text, at)] for anchor in anchors}


@functools.cache
def _anchor_scan(
    lexicon: Lexicon,
) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The distinct anchors of ``lexicon``'s rules, one pattern matching where any does, and
    the same for ASCII texts, where ``\\d`` is ``[0-9]``."""
    anchors = tuple(dict.fromkeys(r.anchor for r in rules_for(lexicon) if r.anchor is not None))
    ahead: list[str] = []
    for anchor in anchors:
        # Each is ``\d(?=...)``: the digit is shared, the look-aheads become branches.
        assert anchor.pattern.startswith("\\d(?="), anchor.pattern
        flags = "i" if anchor.flags & re.IGNORECASE else "-i"
        ahead.append(f"(?{flags}:{anchor.pattern[2:]})")
    if not ahead:
        return anchors, None, None
    branches = "|".join(ahead)
    return anchors, re.compile(rf"\d(?:{branches})"), re.compile(rf"[0-9](?:{branches})")


def _extent_start(match: re.Match[str]) -> int:
    """Where the expression starts as TimeML marks it: after a leading ``on``/``in``."""
    if "phrase" in match.re.groupindex and match["phrase"]:
        first = match["phrase"].split(maxsplit=1)
        if len(first) == 2 and fold(first[0]) in _phrase_prepositions():
            return match.start("phrase") + match["phrase"].index(first[1])
    if "prep" not in match.re.groupindex or match["prep"] is None:
        return match.start()
    start = match.end("prep")
    while start < match.end() and match.string[start] in " \t\u00a0":
        start += 1
    return start


def _phrase_prepositions() -> frozenset[str]:
    # Prepositions opening a relative phrase that TimeML leaves out of the extent (``на
    # прошлой неделе`` -> ``прошлой неделе``, ``in der vergangenen Woche``), of every language.
    return every_language_words("calendar", "phrase_prepositions")


# Read off the rules (:func:`rules_for`): made again with them.
on_reload(_anchor_scan.cache_clear)
