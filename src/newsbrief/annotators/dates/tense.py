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
# ``-ed`` words that are not past tenses.
_NOT_PAST = frozenset(
    [
        "need",
        "speed",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "breed",
        "feed",
        "seed",
        "embed",
        "shed",
        "bed",
        "red",
        "hundred",
        "wed",
        "led",
        "bred",
        "fled",
        "shred",
        "sled",
    ]
)


class Tense(enum.Enum):
    """What the clause says about time relative to publication."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (approximately) around ``text[start:end]``."""
    low = max(0, start - _WINDOW)
    left = low
    for found in _CLAUSE_BREAK.finditer(text, low, start):
        left = found.end()
    right_match = _CLAUSE_BREAK.search(text, end, min(len(text), end + _WINDOW))
    right = right_match.start() + 1 if right_match else min(len(text), end + _WINDOW)
    return left, right


def tense_at(text: str, start: int, end: int, lexicon: Lexicon) -> Tense:
    """The tense of the clause holding the expression ``text[start:end]``."""
    left, right = clause_bounds(text, start, end)
    before = _WORD.findall(text, max(left, start - 40), start)[-3:]
    for word in reversed(before):
        word = word.lower()
        # ``said on Tuesday``: the telling's own tense dates the weekday it governs.
        if word in lexicon.future_cues:
            break
        if word in lexicon.reporting:
            return Tense.PAST
    # The clause's words and the text between them, in turn; their lengths give the offsets.
    pieces = _WORD_SPLIT.split(text[left:right])
    words = pieces[1::2]
    lowers = [word.lower() for word in words]
    if "’" in text[left:right]:
        lowers = [word.replace("’", "'") for word in lowers]
    cues = _cue_words(lexicon)
    # Most words are no cue and end in no ``-ed``: answered by one look-up each.
    named = [i for i, lower in enumerate(lowers) if lower in cues or lower.endswith("ed")]
    if not named:
        return Tense.UNKNOWN
    offsets = list(itertools.accumulate(map(len, pieces), initial=left))
    best: tuple[int, Tense] | None = None
    for i in named:
        cue = _cue(words[i], lowers[i], lowers[i - 1] if i else "", lexicon)
        word_start, word_end = offsets[2 * i + 1], offsets[2 * i + 2]
        if cue is None or start <= word_start < end:
            continue
        distance = start - word_end if word_end <= start else word_start - end
        # Ties go to the earlier word: the verb usually precedes its time adverbial.
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else Tense.UNKNOWN


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
        and lower not in _NOT_PAST
        and previous not in lexicon.present_auxiliaries
    ):
        return Tense.PAST
    return None
