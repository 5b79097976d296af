"""A text's token index for the date grammar (:class:`TokenIndex`): its distinct tokens, where
the rules' trigger words occur, the windows around them, and where a match holding a trigger word
can start at the earliest (read off the rules by :func:`lead_words`).

Apart from the matcher because it is worked out once per text and shared by every rule, and it
reads nothing of a rule but its trigger and its words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from newsbrief.annotators.dates.lexicon import fold
from newsbrief.annotators.dates.rule_model import Rule, Trigger

#: A token: a run of ``\w`` characters.
TOKEN = re.compile(r"\w+")
#: :data:`TOKEN` in lower-cased ASCII text, where ``\w`` is these characters; the engine tests
#: them against a bitmap instead of Unicode's tables.
_ASCII_TOKEN = re.compile(r"[a-z0-9_]+")


#: The rest of a word from a position (``\w`` is ``str.isalnum`` or ``_``).
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
            # A word edge: ``\w`` tested inline (a call per occurrence of every trigger word).
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


#: A word that can be a bound for :meth:`TokenIndex.reach` in the reversed text: a whole
#: ``\w`` run of five or more ASCII letters (the rules match shorter words out of character
#: classes, ``[A-Z]{1,4}`` time zones, ``am``, and pieces, ``a.m.``; other letters may be
#: matched as others by case-insensitive patterns, ``ſ`` as ``s``). Led by its letter class,
#: which lets the engine skip to letters.
_REVERSED_BOUND = re.compile(r"[a-z](?<!\w[a-z])[a-z]{4,}(?!\w)").search
#: A letter pair ``[Xx]`` of a pattern, which matches the one letter either way.
_CASE_PAIR = re.compile(r"\[([^\W\d_])([^\W\d_])\]")
_LETTERS = re.compile(r"[^\W\d_]+")


#: ``id(rules)`` -> ``(rules, their lead words)`` (:func:`lead_words`), kept like the
#: matcher's plans: keyed by the rules themselves, so a cached answer is always theirs.
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
