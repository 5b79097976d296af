"""The tense around a date expression: is ``on Tuesday`` last Tuesday or next Tuesday?

The clause around the expression is read word by word; the tense cue *nearest* to the expression
decides (``Russia on Thursday carried out`` -> past; ``ministers meet in Brussels next week`` ->
future). A past-tense verb is a listed irregular form or a lower-case ``-ed`` word not governed by
an auxiliary (``are needed`` is present). Reporting verbs (``officials said``) date the telling,
not the event, and are no cue, except right before the expression: ``said on Tuesday`` is
past even when the main clause says ``will be``. No cue leaves the tense unknown, and each rule
then falls back to the nearest reading.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re

from newsbrief.annotators.dates.lexicon import Lexicon

_WORD = re.compile(r"\w+(?:['’]\w+)*|['’]ll\b")
#: :data:`_WORD` as a separator: ``split`` gives the words with the text between them.
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
# A clause ends at sentence punctuation, a semicolon or a blank line: ``[.!?;]\s|\n\s*\n|\n``,
# written to begin with one character class, which lets the engine skip to those characters.
_CLAUSE_BREAK = re.compile(r"[.!?;\n](?:(?<=[.!?;])\s|(?<=\n)(?:\s*\n)?)")
#: How far (in characters) to look either side of the expression for the clause.
_WINDOW = 300


class Tense(enum.Enum):
    """What the clause says about time relative to publication."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (approximately) around ``text[start:end]``."""
    low = max(0, start - _WINDOW)
    left = _last_break_end(text, low, start)
    if left is None:
        left = low
        for found in _CLAUSE_BREAK.finditer(text, low, start):
            left = found.end()
    right_match = _CLAUSE_BREAK.search(text, end, min(len(text), end + _WINDOW))
    right = right_match.start() + 1 if right_match else min(len(text), end + _WINDOW)
    return left, right


def _last_break_end(text: str, low: int, start: int) -> int | None:
    """Where the last match of :data:`_CLAUSE_BREAK` in ``text[low:start]`` ends, read
    from the last break character, or ``None`` when the pattern must tell.

    No match takes a ``.!?;`` but its own first (the others take white space), so the last
    such character, if followed by white space before ``start``, opens the last match; a
    last ``\\n`` ends the match holding it (any match ends with a line break or takes two
    characters). One backwards search a character instead of every match of 300 characters.
    """
    last = max(
        text.rfind(".", low, start),
        text.rfind("!", low, start),
        text.rfind("?", low, start),
        text.rfind(";", low, start),
        text.rfind("\n", low, start),
    )
    if last < 0:
        return low
    if text[last] == "\n":
        return last + 1
    if last + 1 < start and text[last + 1].isspace():
        return last + 2
    return None  # a full stop in ``3.5`` or ``U.S.A``: an earlier one may count


#: ``(clause, start and end in it, lexicon)`` -> its tense: a story's articles repeat whole
#: sentences (wire copy), and the tense reads nothing outside the clause.
_TENSES: dict[tuple[str, int, int, Lexicon], Tense] = {}
#: Entries kept before :data:`_TENSES` starts afresh.
_TENSES_SIZE = 8192


def tense_at(text: str, start: int, end: int, lexicon: Lexicon) -> Tense:
    """The tense of the clause holding the expression ``text[start:end]``."""
    left, right = clause_bounds(text, start, end)
    key = (text[left:right], start - left, end - left, lexicon)
    known = _TENSES.get(key)
    if known is None:
        known = _read_tense(text, left, right, start, end, lexicon)
        if len(_TENSES) >= _TENSES_SIZE:
            _TENSES.clear()
        _TENSES[key] = known
    return known


def _read_tense(text: str, left: int, right: int, start: int, end: int, lexicon: Lexicon) -> Tense:
    """:func:`tense_at` of the clause ``text[left:right]``, read."""
    before = _WORD.findall(text, max(left, start - 40), start)[-3:]
    for word in reversed(before):
        word = word.lower()
        # ``said on Tuesday``: the telling's own tense dates the weekday it governs.
        if word in lexicon.future_cues:
            break
        if word in lexicon.reporting:
            return Tense.PAST
    best: tuple[int, Tense] | None = None
    for word_start, word_end, cue in _clause_cues(text, left, right, lexicon):
        if start <= word_start < end:
            continue
        distance = start - word_end if word_end <= start else word_start - end
        # Ties go to the earlier word: the verb usually precedes its time adverbial.
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else Tense.UNKNOWN


#: The last clause read: ``(text, left, right, lexicon, its cues)``. Dates come in text order
#: and several often share a clause (``from Monday to Friday``); one entry pins one text only.
_last_clause: tuple[str, int, int, Lexicon, tuple[tuple[int, int, Tense], ...]] | None = None


def _clause_cues(
    text: str, left: int, right: int, lexicon: Lexicon
) -> tuple[tuple[int, int, Tense], ...]:
    """``(start, end, tense)`` of each tense cue of the clause ``text[left:right]``, in order."""
    global _last_clause
    last = _last_clause
    if (
        last is not None
        and last[1] == left
        and last[2] == right
        and last[3] is lexicon
        and last[0] is text
    ):
        return last[4]
    clause = text[left:right]
    folded = clause.lower()
    if "’" in folded:
        folded = folded.replace("’", "'")
    if len(folded) == len(clause) and "Σ" not in clause and "'ll" not in folded:
        # Lower-cased whole, each word as alone (no lower case of another length, no capital
        # sigma, whose lower case depends on the letters around it), ``’`` is ``'`` to the
        # word pattern and lower case keeps every character's word class: the lower-cased
        # clause splits into the lower-cased words, one call instead of one per word. Only
        # ``'ll`` reads otherwise (``'LL`` is no word ``'ll``). Words are sliced where named.
        pieces = _WORD_SPLIT.split(folded)
        words = None
        lowers = pieces[1::2]
    else:
        # The clause's words and the text between them, in turn; their lengths give the offsets.
        pieces = _WORD_SPLIT.split(clause)
        words = pieces[1::2]
        lowers = [word.lower() for word in words]
        if "’" in clause:
            lowers = [word.replace("’", "'") for word in lowers]
    cues = _cue_words(lexicon)
    # Most words are no cue and end in no ``-ed``: answered by one look-up each.
    named = [i for i, lower in enumerate(lowers) if lower in cues or lower.endswith("ed")]
    found: list[tuple[int, int, Tense]] = []
    if named:
        offsets = list(itertools.accumulate(map(len, pieces), initial=left))
        for i in named:
            start, end = offsets[2 * i + 1], offsets[2 * i + 2]
            word = text[start:end] if words is None else words[i]
            cue = _cue(word, lowers[i], lowers[i - 1] if i else "", lexicon)
            if cue is not None:
                found.append((start, end, cue))
    result = tuple(found)
    _last_clause = (text, left, right, lexicon, result)
    return result


@functools.cache
def _cue_words(lexicon: Lexicon) -> frozenset[str]:
    """The words :func:`_cue` reads by name (any other is a cue only as an ``-ed`` form)."""
    return frozenset(lexicon.reporting | lexicon.future_cues | lexicon.past_cues)


def _cue(word: str, lower: str, previous: str, lexicon: Lexicon) -> Tense | None:
    if lexicon.capitalised and not word.islower() and lower in lexicon.months:
        return None  # the month ``May``, not the modal ``may``
    if lower in lexicon.reporting:
        return None
    if lower in lexicon.future_cues:
        return Tense.FUTURE
    if lower in lexicon.past_cues:
        return Tense.PAST
    if (
        lexicon.ed_past
        and word.islower()
        and lower.endswith("ed")
        and len(lower) > 3
        and lower not in lexicon.not_past
        and previous not in lexicon.present_auxiliaries
    ):
        return Tense.PAST
    return None
