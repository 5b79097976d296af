"""The date grammar: where temporal expressions are and what fields they spell out.

Each :class:`Rule` is one regular expression for one shape of expression (``On Thursday,
October 3``, ``in early July``, ``the next 16 months``, ``18:00 UTC``, ``every week``, ``the
third quarter``...). Every rule runs over the stretches of text around its trigger words (a
:class:`Trigger`: month names, duration units, four-digit years...); overlapping matches are
settled in favour of the longest, so ``Feb. 28, 2022`` is one day rather than a month and a year.
Patterns use bounded repetition only, so matching stays linear.

Extraction only reads the text; what the fields *mean* relative to the publication date is
:mod:`newsbrief.annotators.dates.resolve`'s business. A leading ``on``, ``in`` or ``during`` is part
of the match but not of the expression's extent (``on Tuesday`` -> ``Tuesday``), as TimeML marks
it; other prepositions (``since``, ``before``) change the meaning and are left out too.

The shapes are the same in every language; what differs is data from the language home
(:mod:`.language_extras`). The grammar's other parts: the rule model (:mod:`.rule_model`), the
pattern building (:mod:`.patterns`) and what the readers share (:mod:`.reading`); this module
holds the shapes, the rule table and the matching.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import attrs

from newsbrief.annotators.dates.language_extras import extras_for
from newsbrief.annotators.dates.lexicon import Lexicon, fold
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
from newsbrief.annotators.dates.rule_model import Expression, Rule, Trigger
from newsbrief.annotators.dates.values import SEASON_WORDS
from newsbrief.languages import on_reload

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


_DAY2 = r"(?:[-–](?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?"


_TIME = (
    r"[0-2]?\d(?:[:.][0-5]\d)?[ \t\u00a0]?(?:[ap]\.m\.|[AaPp][Mm]\b)(?:[ \t\u00a0][A-Z]{1,4}\b)?"
    r"|[0-2]?\d:[0-5]\d(?:[ \t\u00a0][A-Z]{2,4}\b)?"
)
_PART_OF_DAY = rf"(?:{GAP}(?P<daypart>morning|afternoon|evening|night))?"


def find_expressions(
    text: str, lexicon: Lexicon, *, words: AbstractSet[str] | None = None
) -> list[Expression]:
    """Every temporal expression in ``text``, in text order, none overlapping.

    ``words``: the distinct ``\\w+`` tokens of ``text.lower()`` when already known
    (:func:`words_of` reads them from the shared analysis), which saves tokenizing the text
    again; the expressions are the same.
    """
    found = list(matches(text, lexicon, words))
    # Longest first, then earliest: the fullest reading of each stretch wins. A match is read
    # only when it would be taken (most of a month's matches lie inside a longer date's): one
    # the reader refuses is passed over, as if never found, and the rest then goes as it would
    # have (each choice depends on the expressions taken before it only).
    found.sort(key=_longest_first)
    starts: list[int] = []  # the taken expressions, kept sorted by start
    taken: list[Expression] = []
    for start, end, kind, read, match in found:
        at = bisect.bisect_left(starts, start)
        if at > 0 and taken[at - 1].end > start:
            continue
        if at < len(taken) and taken[at].start < end:
            continue
        # The readers look words up as the engine matched them (``every weekſ``: :func:`look_up`),
        # so a match's words are in the tables its pattern came from.
        fields = read(match, text, lexicon)
        if fields is None:
            continue
        starts.insert(at, start)
        taken.insert(at, Expression(start, end, kind, fields))
    return _join_ranges(text, taken)


def _longest_first(found: RuleMatch) -> tuple[int, int]:
    """The order matches are taken in: ``(-(end - start), start)``."""
    return found[0] - found[1], found[0]


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


#: A token: a run of ``\w`` characters.
TOKEN = re.compile(r"\w+")
#: :data:`TOKEN` in lower-cased ASCII text, where ``\w`` is these characters; the engine tests
#: them against a bitmap instead of Unicode's tables.
_ASCII_TOKEN = re.compile(r"[a-z0-9_]+")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


#: The rest of a word from a position: the characters :func:`_is_word` accepts (``\w`` is
#: ``str.isalnum`` or ``_``).
_WORD_REST = re.compile(r"\w*")


class TokenIndex:
    """The distinct tokens of a (lower-cased) text, and where a rule's trigger words occur.

    Several rules share a trigger (the month rules, the unit rules) and many triggers share
    words, so each word's positions, each numeric test's answers, each set of present words'
    sorted positions and each trigger's windows are worked out once per text.
    """

    def __init__(
        self,
        lower: str,
        words: AbstractSet[str] | None = None,
        trigger_words: frozenset[str] | None = None,
        lead: tuple[frozenset[str], int] = (frozenset(), 0),
    ) -> None:
        self.lower = lower
        self._lead, self._reach_limit = lead
        self._reached: dict[int, int] = {}
        if words is not None:
            self.vocabulary = words
        else:
            tokens = _ASCII_TOKEN if lower.isascii() else TOKEN
            self.vocabulary = set(tokens.findall(lower))
        # The trigger words of all the rules (``trigger_words``) that the text holds: each
        # trigger then asks this handful, not the text's hundreds of words.
        self.present = self.vocabulary if trigger_words is None else trigger_words & self.vocabulary
        # ``isalpha`` clears most tokens at once (``filterfalse`` loops in C), ``isdigit`` most
        # of the others; the rest are read character by character.
        self.numbers = [
            t
            for t in itertools.filterfalse(str.isalpha, self.vocabulary)
            if t.isdigit() or any(c.isdigit() for c in t)
        ]
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._numeric: dict[Callable[[str], bool], set[str]] = {}
        # (trigger words, numeric test) -> the sorted positions of the present ones
        self._spans: dict[
            tuple[frozenset[str], Callable[[str], bool] | None], list[tuple[int, int]]
        ] = {}
        # id(trigger) -> its windows, and where each one's last and first trigger words start
        self._windows: dict[int, tuple[list[tuple[int, int]], list[int], list[int]]] = {}

    def _positions(self, word: str) -> list[tuple[int, int]]:
        found = self._found.get(word)
        if found is not None:
            return found
        lower, size = self.lower, len(self.lower)
        found = self._found[word] = []
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            # ``_is_word`` inlined: a call per occurrence of every trigger word.
            if (at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "_")) and (
                end == size or not (lower[end].isalnum() or lower[end] == "_")
            ):
                found.append((at, end))
            at = lower.find(word, at + 1)
        return found

    def windows(self, trigger: Trigger) -> list[tuple[int, int]]:
        """The merged stretches around ``trigger``'s words where its rule may match."""
        return self._merged_once(trigger)[0]

    def merged(self, trigger: Trigger) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """:meth:`windows`, and where the last and the first of ``trigger``'s words in each
        window start, at once."""
        return self._merged_once(trigger)

    def reach(self, start: int) -> int:
        """Where a match holding a trigger word whole (:attr:`Rule.holds_trigger`) can start
        at the earliest, when no trigger word of its rule lies between that start and
        ``start`` (the first one of a window).

        Such a match is made of the rule's own words up to ``start``: read backwards from it,
        the first word that no rule of the language can match (:func:`lead_words`) is a bound,
        and a window's scan starts there rather than ``before`` characters ahead, which the
        engine would try word by word in vain (most of the time a date rule takes). Worked out
        once per word, looking back as far as the widest trigger does.
        """
        found = self._reached.get(start)
        if found is None:
            limit = self._reach_limit
            found = start - limit if start > limit else 0
            lead = self._lead
            # The words before ``start``, nearest first: the text reversed, its words reversed.
            before, at = self.lower[found:start][::-1], 0
            while (word := _REVERSED_BOUND(before, at)) is not None:
                if word.group() not in lead:
                    found = start - word.start()
                    break
                at = word.end()
            self._reached[start] = found
        return found

    def _merged_once(self, trigger: Trigger) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """:meth:`_merged` of ``trigger``, worked out once per text."""
        # Keyed by identity: the triggers live in the cached rules, and a trigger's own hash
        # is a Python call (the tables are asked some twenty times a text).
        known = self._windows.get(id(trigger))
        if known is None:
            known = self._windows[id(trigger)] = self._merged(trigger)
        return known

    def _present(self, trigger: Trigger) -> list[tuple[int, int]]:
        """Where ``trigger``'s words (and the tokens its numeric test accepts) are, in order."""
        words = trigger.words
        if trigger.numeric is None and words.isdisjoint(self.present):
            return []  # the common case: none of its words in the text
        key = (words, trigger.numeric)
        spans = self._spans.get(key)
        if spans is not None:
            return spans
        present = words & self.present
        if trigger.numeric is not None:
            numeric = self._numeric.get(trigger.numeric)
            if numeric is None:
                numeric = self._numeric[trigger.numeric] = {
                    t for t in self.numbers if trigger.numeric(t)
                }
            present |= numeric
        spans = []
        for word in present:
            spans += self._positions(word)
        spans.sort()  # tokens never overlap: sorted by start
        self._spans[key] = spans
        return spans

    def _merged(self, trigger: Trigger) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        spans = self._present(trigger)
        if not spans:
            return [], [], []
        lower, size = self.lower, len(self.lower)
        before, after = trigger.before, trigger.after
        word_rest = _WORD_REST.match
        merged: list[tuple[int, int]] = []
        lasts: list[int] = []  # the start of each window's last word
        firsts: list[int] = []  # and of its first
        first, last = -1, -1  # the window being grown
        for start, end in spans:
            low = start - before if start > before else 0
            high = end + after
            # Never cut a word (not ``year[s]``): one call, which matches nothing before a
            # non-word character (``\w*`` matches everywhere).
            high = size if high >= size else word_rest(lower, high).end()  # type: ignore[union-attr]
            # Lows rise with the starts: a window only ever joins the one before it.
            if low <= last:
                if high > last:
                    last = high
                lasts[-1] = start
            else:
                if first >= 0:
                    merged.append((first, last))
                first, last = low, high
                lasts.append(start)
                firsts.append(start)
        merged.append((first, last))
        return merged, lasts, firsts


def words_of(
    text: str,
    lexicon: Lexicon,
    norms: Iterable[str],
    sentences: Sequence[tuple[int, int]],
) -> set[str] | None:
    """The distinct ``\\w+`` tokens of ``text.lower()`` from the shared analysis's words
    (``norms``, tokenized apart at the ``sentences``' edges), or ``None`` when they could
    differ for the rules of ``lexicon``.

    An analysis word is a run of ``\\w`` characters and combining marks, joined by
    apostrophes, hyphens or joiners (:mod:`newsbrief.nlp.tokens`); its ``\\w`` runs are the
    text's tokens, save where a sentence's edge cuts a run, where letters of a script written
    without spaces are words of one letter each (``五月`` is two), and where a capital sigma's
    lower case depends on the letters around it. Those cases are told apart (the last two only
    matter to languages whose trigger words hold such letters), else the runs are read from
    the distinct words, which costs a quarter of tokenizing the text.
    """
    unspaced, sigma = _analysis_limits(lexicon)
    if unspaced or (sigma and "Σ" in text):
        return None
    size = len(text)
    for start, end in sentences:
        for edge in (start, end):
            # ``_is_word`` inlined (two edges a sentence); most edges have a space on one side.
            if 0 < edge < size:
                before, after = text[edge - 1], text[edge]
                if (before.isalnum() or before == "_") and (after.isalnum() or after == "_"):
                    return None  # a run cut in two
    words = set(norms)
    joined = list(itertools.filterfalse(str.isalnum, words))  # ``F-16``, ``don't``, marks
    if joined:
        words.difference_update(joined)
        for word in joined:
            words.update(TOKEN.findall(word))
    return words


@functools.cache
def _analysis_limits(lexicon: Lexicon) -> tuple[bool, bool]:
    """Whether ``lexicon``'s trigger words hold letters of a script written without spaces,
    and whether they hold a sigma (:func:`words_of`)."""
    from newsbrief.nlp.tokens import UNSPACED_LETTER

    words = {w for rule in rules_for(lexicon) if rule.trigger for w in rule.trigger.words}
    unspaced = any(UNSPACED_LETTER.search(word) for word in words)
    return unspaced, any("σ" in word or "ς" in word for word in words)


#: A word that can be a bound for :meth:`TokenIndex.reach` in the reversed text: a whole
#: ``\w`` run of five or more ASCII letters (the rules match shorter words out of character
#: classes, ``[A-Z]{1,4}`` time zones, ``am``, and pieces, ``a.m.``; other letters may be
#: matched as others by case-insensitive patterns, ``ſ`` as ``s``). Led by its letter class,
#: which lets the engine skip to letters.
_REVERSED_BOUND = re.compile(r"[a-z](?<!\w[a-z])[a-z]{4,}(?!\w)").search
#: A letter pair ``[Xx]`` of a pattern, which matches the one letter either way.
_CASE_PAIR = re.compile(r"\[([^\W\d_])([^\W\d_])\]")
_LETTERS = re.compile(r"[^\W\d_]+")


#: ``id(rules)`` -> ``(rules, their lead words)`` (:func:`lead_words`), kept like
#: :data:`_PLANS`: keyed by the rules themselves, so a cached answer is always theirs.
_LEADS: dict[int, tuple[tuple[Rule, ...], tuple[frozenset[str], int]]] = {}


def lead_words(rules: tuple[Rule, ...]) -> tuple[frozenset[str], int]:
    """The words a match of one of ``rules`` holding its trigger words whole can hold, each
    reversed (as :meth:`TokenIndex.reach` reads them), and the widest ``before`` of those rules.

    Read off the patterns: every run of letters in their source (an escape's letter dropped, a
    ``[Xx]`` pair as its letter), lower-cased, folded as the engine folds case (``ſ``), and each
    with an ``s`` (``(week)s``). Too many is harmless (a bound found later); a word of a match
    missing would move its start, so a test compares the matches with and without the bound.
    """
    known = _LEADS.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    words: set[str] = set()
    limit = 0
    for rule in rules:
        if not rule.holds_trigger or rule.trigger is None:
            continue
        limit = max(limit, rule.trigger.before)
        source = _CASE_PAIR.sub(
            lambda pair: pair[1].lower() if pair[1].lower() == pair[2].lower() else pair[0],
            rule.pattern.pattern,
        )
        source = re.sub(r"\\.", " ", source)
        for letters in _LETTERS.findall(source):
            words.update((letters.lower(), fold(letters)))
    words.update([word + "s" for word in words])
    lead = frozenset(word[::-1] for word in words), limit
    _LEADS[id(rules)] = (rules, lead)
    return lead


def _extent_start(match: re.Match[str]) -> int:
    """Where the expression starts as TimeML marks it: after a leading ``on``/``in``."""
    if "phrase" in match.re.groupindex and match["phrase"]:
        first = match["phrase"].split(maxsplit=1)
        if len(first) == 2 and fold(first[0]) in _PHRASE_PREPOSITIONS:
            return match.start("phrase") + match["phrase"].index(first[1])
    if "prep" not in match.re.groupindex or match["prep"] is None:
        return match.start()
    start = match.end("prep")
    while start < match.end() and match.string[start] in " \t\u00a0":
        start += 1
    return start


@functools.cache
def rules_for(lexicon: Lexicon) -> tuple[Rule, ...]:
    """The rules for one language (compiled once)."""
    month = name_pattern(lexicon.months, "month")
    all_months = alternation(lexicon.months)
    weekday = name_pattern(lexicon.weekdays, "weekday")
    deictic = alternation(lexicon.days)
    flags = re.IGNORECASE
    extras = extras_for(lexicon.code)
    prep, day, link, year_link = extras.prep, extras.day, extras.link, extras.year_link
    # English words stay for every language, as before the language home had its own lists.
    number = alternation({*NUMBER_WORDS, *lexicon.numbers})
    season = alternation({*SEASON_WORDS, *lexicon.seasons})
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
    rules = (
        Rule(
            "date",
            rule_pattern(
                rf"(?:(?P<time>{_TIME}){GAP}on{GAP})?{prep}(?:(?P<pod>early|late){GAP})?"
                rf"(?:{weekday},?{GAP})?{month}{GAP}{day}{_DAY2}(?:,?{GAP}{YEAR})?"
                rf"(?:,?{GAP}(?:at{GAP})?(?P<time2>{_TIME}))?",
                flags,
            ),
            _read_date,
        ),
        Rule(
            "date",
            rule_pattern(
                rf"{prep}(?:{weekday},?{GAP})?(?:the{GAP})?{day}{_DAY2}(?:{GAP}(?:{link}))?{GAP}"
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
                rf"(?:(?P<part>early|mid|late|the{GAP}(?:beginning|start|middle|end){GAP}of)"
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
                rf"(?:the{GAP}(?P<edge>end|start|beginning|middle){GAP}of{GAP})?(?:the{GAP})?"
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
        *timex_rules(lexicon, weekday, deictic),
    )
    return _with_triggers(rules, lexicon)


def _tokens(words: Iterable[str]) -> frozenset[str]:
    """The tokens of ``words`` a match must hold one of (function words of phrases dropped)."""
    out: set[str] = set()
    for phrase in words:
        tokens = TOKEN.findall(phrase.lower())
        content = [t for t in tokens if t not in _FUNCTION_WORDS]
        out.update(content or tokens)
    return frozenset(out)


# Too common to trigger a rule: a phrase's other words do (``the near future`` -> ``future``).
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "at",
        "to",
        "on",
        "for",
        "de",
        "la",
        "le",
        "el",
        "les",
        "der",
        "die",
        "das",
        "des",
        "du",
        "del",
        "в",
        "на",
        "у",
    ]
)


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
    units = _tokens(words["units"]) | {"day", "days", "week", "weeks", "weekend", "month"}
    units |= {"months", "year", "years", "quarter"}
    day_words = _tokens(lexicon.days) | {"morning", "afternoon", "evening", "night"}
    seasons = _tokens(lexicon.seasons) | _tokens(SEASON_WORDS)
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
_ISO_ANCHOR = re.compile(r"\d(?=-[01]\d-[0-3]\d)")
_DOTTED_ANCHOR = re.compile(r"\d(?=\.[01]?\d\.(?:1[89]|20)\d\d)")
# Words between a day and its clock time (``Thursday at 10:00``, ``четвер о 10:00``).
_CLOCK_LINKS = "at|um|à|a las|a la|о|в|во"
_CLOCK_CUES = frozenset({"at", "um", "à", "a", "las", "la", "о", "в", "во"})
#: Prepositions opening a relative phrase that TimeML leaves out of the extent (``на прошлой
#: неделе`` -> ``прошлой неделе``, ``in der vergangenen Woche``).
_PHRASE_PREPOSITIONS = frozenset({"на", "в", "во", "у", "in", "im", "am", "au", "en"})
#: Part-of-day words -> TIMEX3 codes (``Friday morning`` -> ``2024-10-04TMO``).
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


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
    }


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
                rf"(?:(?P<lead>{day_word}|(?i:{deictic})){GAP}(?:(?i:{_CLOCK_LINKS}){GAP})?)?{_CLOCK}"
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
                rf"(?:the{GAP})?(?P<ordinal>[1-2]?\d)(?:st|nd|rd|th){GAP}century\b",
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
        rules.append(
            Rule(
                "duration",
                rule_pattern(
                    rf"(?:(?P<prep>for){GAP})?(?:(?P<lead>over|recent|(?:the{GAP})?(?:past|last)){GAP})?"
                    rf"(?:(?P<the>the|several|many|some|a{GAP}few|few){GAP})?(?P<unit>{units})"
                    rf"(?:-(?P<long>long))?(?!\w)",
                    flags,
                ),
                _read_vague_duration,
                # Its reader keeps only a match with a lead (``over``, ``recent``, ``past``,
                # ``last``), ``for``, a count word (``several``...) or ``-long``: the bare
                # unit words around which it mostly runs are refused.
                cue=re.compile(
                    r"(?:for|over|recent|past|last|several|many|some|few)[ \t\u00a0]|-long"
                ),
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
                    rf"(?:{GAP}(?:(?:of|de|del){GAP})?(?:(?P<fiscal>fiscal){GAP})?(?:{YEAR}"
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
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$").search
_COPYRIGHT_BEFORE = re.compile(r"©[ \t\u00a0]?(?:[A-Z][\w.]*[ \t\u00a0])?$").search


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
        and preceding_word(text, match.start()) not in _CLOCK_CUES
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
    fields: dict[str, Any] = {"n": None if written in _VAGUE_COUNTS else n, "unit": unit}
    if span := groups.get("span"):
        fields["span"] = fold(span)
    return fields


#: Count words that say "some": ``several years`` is ``PXY``.
_VAGUE_COUNTS = frozenset({"several", "few", "a few", "many", "some", "einige", "mehrere"})


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
    if not plural and lead in ("past", "the past", "last", "the last") and not the:
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
        ) not in ("in", "the", "of", "for", "its", "a"):
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


def _number(word: str, lexicon: Lexicon) -> int | None:
    word = " ".join(word.split())
    if word.isdigit():
        return int(word)
    return look_up(lexicon.numbers, word) or look_up(NUMBER_WORDS, word)


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
    return word in CUE_WORDS or word in lexicon.date_cues


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
        part = fold(part)
        fields["part"] = (
            "early"
            if any(w in part for w in ("early", "beginning", "start"))
            else "mid"
            if any(w in part for w in ("mid", "middle"))
            else "late"
        )
    return fields


def _read_weekday(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    if not calendar_word(matched_name(match, "weekday"), lexicon):
        return None
    if _NOT_A_DAY_BEFORE.match(text, match.end()) or _NOT_A_DAY_AFTER.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return None  # ``The Sunday Times``, ``Good Friday``
    weekday = weekday_number(match, lexicon)
    if weekday is None:
        return None
    fields: dict[str, Any] = {"weekday": weekday}
    if preceding_word(text, match.start()) in ("until", "till", "by"):
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
    if part := match["daypart"] or (fold(match["word"]) == "tonight" and "night"):
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
    if fold(word) == "fall" and not (anchored or (groups["the"] and groups["prep"])):
        return None  # ``the fall of Kabul``, ``prices fall``
    season = look_up(lexicon.seasons, word) or look_up(SEASON_WORDS, word)
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


#: Words before a year used as a modifier: ``a 2010 commando raid``, ``its 2024 budget``.
_MODIFIER_CUES = frozenset({"a", "an", "its", "their", "his", "her", "our", "s"})


def _read_year(match: re.Match[str], text: str, lexicon: Lexicon) -> dict[str, Any] | None:
    before = text[max(0, match.start() - 20) : match.start()]
    cued = (
        match["prep"]
        or match["part"]
        or _cue_before(text, match.start(), lexicon)
        or (lexicon.code == "en" and preceding_word(text, match.start()) in _MODIFIER_CUES)
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


on_reload(timex_words.cache_clear)
on_reload(_phrases.cache_clear)
on_reload(rules_for.cache_clear)
on_reload(_anchor_scan.cache_clear)
on_reload(_analysis_limits.cache_clear)
