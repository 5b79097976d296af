"""The date grammar: where temporal expressions are and what fields they spell out
(:func:`find_expressions`).

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

The shapes are the same in every language; what differs is data from the language home. The
grammar's parts, each a module of its own: the rule model (:mod:`.rule_model`), the pattern
building (:mod:`.patterns`), the calendar shapes (:mod:`.calendar_shapes`) and the TIMEX3 ones
(:mod:`.timex_shapes`) with what their readers share (:mod:`.reading`) and a language's additions
(:mod:`.language_extras`), the rule table that orders the shapes and gives each its trigger
(:mod:`.rule_table`), a text's token index (:mod:`.token_index`) and the matcher that runs each
rule around its triggers (:mod:`.matching`). This module settles the matches into expressions
(the longest first, two dates linked as a range joined into one); :func:`words_of` spares the
matcher tokenizing a text the shared analysis has read.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from newsbrief.annotators.dates.lexicon import Lexicon
from newsbrief.annotators.dates.matching import RuleMatch, matches
from newsbrief.annotators.dates.rule_model import Expression
from newsbrief.annotators.dates.rule_table import rules_for
from newsbrief.annotators.dates.token_index import TOKEN
from newsbrief.languages import every_language_words, on_reload


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


@functools.cache
def _range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What links two dates into a range and what opens one (``from July 9 to July 11``,
    ``between 2014 and 2022``, ``Feb. 24 - March 1``): a dash or a ``range_links`` word, and a
    ``range_openers`` word (capitalised or not), of every language's data."""
    links = sorted(every_language_words("calendar", "range_links"))
    openers = sorted(every_language_words("calendar", "range_openers"))
    link = "|".join(["[-–—]", *(re.escape(word) for word in links)])
    opener = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in openers) or "(?!)"
    return (
        re.compile(rf"[ \t\u00a0]{{0,2}}(?:{link})[ \t\u00a0]{{0,2}}$"),
        re.compile(rf"\b(?:{opener})[ \t\u00a0]{{1,3}}$"),
    )


on_reload(_range_patterns.cache_clear)
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
    linking, opening = _range_patterns()
    link = linking.match(between)
    if link is None or link.end() != len(between):
        return False
    opened = opening.search(text, max(0, first.start - 12), first.start) is not None
    # ``2014 and 2022`` is a range only after ``between``; a dash needs no opener.
    return opened or between.strip() in ("-", "–", "—")


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
            # ``\w`` tested inline (two edges a sentence); most edges have a space on one side.
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


# Read off the rules (:func:`rules_for`): made again with them.
on_reload(_analysis_limits.cache_clear)
