"""Whole-text scans tried only where a match can start.

A pattern that opens with ``^``, a line break or a capital letter before a rarer character
(a colon ending a transcript's label, a question mark ending a line, a quotation mark after a
name) makes the regular expression engine try it at every position of an article; most
articles hold no match at all. Finding the rare character first (``str.find``, or a pattern
opening with it) and trying the pattern only at the starts it allows reads each text once,
quickly, and gives what ``finditer`` gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["line_starts_holding", "matches_at"]


def matches_at(
    text: str, pattern: re.Pattern[str], starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` as ``pattern.finditer(text)`` finds them, given
    ``starts``: in increasing order, every place one of its matches can begin (more are
    harmless). The pattern's matches are never empty; a start inside the match before is
    passed over, as ``finditer`` resumes at a match's end."""
    done = 0
    match = pattern.match
    for start in starts:
        if start < done:
            continue
        found = match(text, start)
        if found is not None:
            done = found.end()
            yield found


def line_starts_holding(text: str, character: str) -> Iterator[int]:
    """Where each line of ``text`` holding ``character`` begins (lines end at ``\\n``), in
    text order: the starts of a multiline ``^`` pattern that cannot match a line without it."""
    find, rfind = text.find, text.rfind
    at = find(character)
    while at >= 0:
        yield rfind("\n", 0, at) + 1
        end = find("\n", at)
        if end < 0:
            return
        at = find(character, end + 1)
