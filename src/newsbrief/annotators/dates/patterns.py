"""Building the date rules' regular expressions: alternations of words behind a look-ahead for
their first characters (:func:`gated`), calendar names with their abbreviations
(:func:`name_pattern`), phrases whose words any blanks separate (:func:`phrase_alternation`),
and a rule's pattern compiled as it runs, its optional groups written as branches
(:func:`rule_pattern`).

Apart from the shapes because both shape modules and a language's additions build their patterns
with these, and because the speed-ups they hold are one concern: they never change what a pattern
matches (``tests/annotators/test_dates_fast_paths.py`` compares them with the plain patterns).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

#: The blanks between two words of a shape: one to three spaces, tabs or no-break spaces.
GAP = r"[ \t\u00a0]{1,3}"

#: A year from 1800 to 2099 (group ``year``), no digit or colon after it.
YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d:])"


def alternation(words: Iterable[str]) -> str:
    """An alternation of ``words``, the longest first, behind a gate (:func:`gated`)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return gated("|".join(re.escape(word) for word in ordered), [w[:1] for w in ordered])


def gated(alternatives: str, firsts: Iterable[str]) -> str:
    """``alternatives`` behind a look-ahead for the characters they can start with.

    The engine tries each branch of an alternation in turn at every position it reaches; the
    look-ahead turns most of those positions away at once. It only refuses a character none of
    the branches starts with (under the same flags, so case-insensitive branches have a
    case-insensitive class), so what matches, and in which order branches are tried, is
    unchanged. An empty branch (it matches anywhere) or none at all keeps the plain alternation.
    """
    chars = set(firsts)
    if not chars or "" in chars:
        return alternatives
    return f"(?=[{''.join(class_char(c) for c in sorted(chars))}])(?:{alternatives})"


def class_char(char: str) -> str:
    """A character as a member of a character class (``-``, ``]``, ``^``, ``\\`` escaped)."""
    return f"\\{char}" if char in "\\]^-[" else char


def name_pattern(words: Mapping[str, int], group: str) -> str:
    """A pattern for calendar names; only abbreviations take a full stop (``Feb.``, not the
    sentence's last stop after ``in early July.``)."""
    abbreviations = {
        word
        for word in words
        if any(o != word and o.startswith(word) and words[o] == words[word] for o in words)
    }
    full = alternation(set(words) - abbreviations)
    if not abbreviations:
        return rf"(?P<{group}>{full})\b"
    return rf"(?:(?P<{group}>{full})\b|(?P<{group}_abbr>{alternation(abbreviations)})\b\.?)"


def cue_words(*words: str) -> re.Pattern[str]:
    """:attr:`Rule.cue` for ``words`` (lower-case ASCII), each followed by a blank."""
    assert all(word.isascii() and word.isalpha() and word.islower() for word in words)
    return re.compile(rf"(?:{'|'.join(words)})[ \t\u00a0]")


def rule_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rule's pattern, compiled as it runs (once: each compiling costs a language's first
    text some milliseconds)."""
    # Never start inside a word (``mon`` in ``common``); the lookahead lets the engine skip
    # most positions at once, which keeps long texts fast.
    return re.compile(rf"(?<!\w)(?=[\w©])(?:{optional_as_branch(pattern)})", flags)


def optional_as_branch(pattern: str) -> str:
    """``pattern`` with each optional group ``(?:X)?`` written ``(?:X|)`` (``(?P<n>X)?`` as
    ``(?:(?P<n>X)|)``).

    The two mean the same (try ``X``, else nothing; a group that did not take part is
    ``None``), but the engine enters an optional group through a repeat, which costs an
    allocation each time, and a branch without one: the rules try several optional groups at
    every word of a window. Lazy (``??``) and possessive (``?+``) ones, groups inside
    character classes and escaped brackets are left alone.
    """
    opened: list[int] = []
    closing: dict[int, int] = {}  # the ``(`` of a group -> its ``)``
    at, in_class = 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # ``[]...]`` and ``[^]...]``: a leading ``]`` is a member, not the end.
            at += (
                2
                if pattern.startswith("^]", at + 1)
                else 1
                if pattern.startswith("]", at + 1)
                else 0
            )
        elif char == "(":
            opened.append(at)
        elif char == ")":
            closing[opened.pop()] = at
        at += 1
    starts: dict[int, str] = {}
    ends: dict[int, str] = {}
    for start, end in closing.items():
        if pattern[end + 1 : end + 2] != "?" or pattern[end + 2 : end + 3] in ("?", "+"):
            continue
        if pattern.startswith("(?:", start):
            ends[end] = "|)"
        elif pattern.startswith("(?P<", start):
            starts[start] = "(?:"
            ends[end] = ")|)"
    out: list[str] = []
    at = 0
    while at < len(pattern):
        if at in ends:
            out.append(ends[at])
            at += 2  # the ``)`` and its ``?``
            continue
        out.append(starts.get(at, "") + pattern[at])
        at += 1
    return "".join(out)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """An alternation of phrases whose words may be separated by any spaces."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return gated(
        "|".join(GAP.join(re.escape(word) for word in phrase.split()) for phrase in ordered),
        [phrase.lstrip()[:1] for phrase in ordered],
    )
