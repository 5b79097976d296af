"""What the date rules' readers share: a matched word looked up in a table as the engine matched
it (:func:`look_up`, case folded), the calendar name a match read (:func:`matched_name`),
whether a name is written as a date (:func:`calendar_word`), a match's weekday
(:func:`weekday_number`) and the word just before a match (:func:`preceding_word`).

Apart from the shape modules because the calendar readers and the TIMEX3 readers both use them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

from newsbrief.annotators.dates.lexicon import Lexicon, fold


def matched_name(match: re.Match[str], group: str) -> str | None:
    """The calendar name a match read, full or abbreviated."""
    # The two groups asked by name: ``groupdict`` builds a dict of all of them (a dozen).
    names = match.re.groupindex
    word = match[group] if group in names else None
    if word:
        return word
    abbreviation = group + "_abbr"
    return match[abbreviation] if abbreviation in names else None


_V = TypeVar("_V")


def look_up(table: Mapping[str, _V], word: str) -> _V | None:
    """``table``'s value for ``word`` as a pattern matched it, or ``None``.

    The patterns match case-insensitively, which also takes ``ſ`` for ``s``, ``ı`` for ``i``
    and so on (:func:`~newsbrief.annotators.dates.lexicon.fold`); the tables are keyed in lower
    case. A word found lower-cased is the common case; one that is not is looked up folded, in
    the table folded the same way, so whatever a pattern built from a table matches is in it.
    """
    value = table.get(word.lower())
    if value is None and not word.isascii():
        value = _folded(table).get(fold(word))
    return value


#: ``id(table)`` -> ``(table, its keys folded)`` (:func:`look_up`); the table is kept, so an id is
#: never reused while its entry lives.
_FOLDED: dict[int, tuple[Mapping[str, Any], dict[str, Any]]] = {}


def _folded(table: Mapping[str, _V]) -> dict[str, _V]:
    known = _FOLDED.get(id(table))
    if known is not None and known[0] is table:
        return known[1]
    folded: dict[str, _V] = {}
    for key, value in table.items():
        folded.setdefault(fold(key), value)  # two keys folding together: the first wins
    if len(_FOLDED) >= 256:  # some tables per language
        _FOLDED.clear()
    _FOLDED[id(table)] = (table, folded)
    return folded


def calendar_word(word: str | None, lexicon: Lexicon) -> bool:
    """Whether a calendar name is written as a date in ``lexicon``'s language (none is true).

    English month and weekday names are capitalised: ``may`` and ``sun`` are not dates.
    """
    return word is None or not lexicon.capitalised or word[:1].isupper() or word.isdigit()


def weekday_number(match: re.Match[str], lexicon: Lexicon) -> int | None:
    """The weekday a match named (group ``weekday``), or ``None``."""
    word = matched_name(match, "weekday")
    if word is None:
        return None
    return look_up(lexicon.weekdays, word.rstrip(".").replace("’", "'"))


def preceding_word(text: str, start: int) -> str:
    """The word just before ``start``, lower-cased, or ``""``: what ``(\\w+)\\W{0,3}$`` finds in
    the 30 characters before ``start``.

    Read backwards character by character: the pattern tries every position of those 30
    characters and backtracks through each word, some 7 microseconds a call on the hot path
    (a bare year or month asks twice).
    """
    low = start - 30 if start > 30 else 0
    # At most three other characters between; four when the last is a line break, since
    # ``$`` also matches just before a final newline.
    limit = 4 if start > low and text[start - 1] == "\n" else 3
    end = start
    while end > low:
        char = text[end - 1]
        if char.isalnum() or char == "_":  # ``\w``, tested inline
            break
        if start - end == limit:
            return ""
        end -= 1
    else:
        return ""
    begin = end - 1
    while begin > low:
        char = text[begin - 1]
        if not (char.isalnum() or char == "_"):
            break
        begin -= 1
    return text[begin:end].lower()
