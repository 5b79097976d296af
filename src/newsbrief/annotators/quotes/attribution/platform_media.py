"""A platform named as the medium a statement went out on is no speaker (issue 16), in any
language: ``Вона в Instagram написала: «...»``, ``Auf X (ehemals Twitter) schrieb sie``,
``En su cuenta de Instagram, escribió``, ``Sur Facebook, l'entreprise a écrit``. The person or
body who posted is the speaker; a platform that itself speaks (``Telegram заявив``, ``Meta
erklärte``) still does, its name governed by no medium's preposition.

The platforms are :data:`newsbrief.languages.platforms.PLATFORMS` (proper names, written alike
in every language) and the language's own spellings and case forms of them (``[quotes]
medium_platforms``: ``Телеграме``); the words around them are ``[quotes]`` lists of the
language's data file: ``medium_prepositions`` (``в``, ``auf``, ``sur``) and ``medium_between``
(possessives and nouns of an account or a page that may stand between the preposition and the
name: ``у своєму Facebook``, ``sur son compte Instagram``).

A sentence opening with the preposition and the name, its cue right after them and no subject
before the quotation (``У Telegram заявили: «...»``), names where the words came from: the
platform's people, so the platform speaks.

English is not read here (:mod:`.mentions` asks only for a language with a name profile): its
own look-back skips any name after a medium's preposition as an antecedent (``[quotes]
medium_prepositions``, ``medium_nouns`` read by :mod:`.mentions`) but keeps it among the
mentions, and a platform dropped from its mentions lost a headline's quotation the body's
wrongly credited one had carried. The two readings cannot be one without changing what English
attributes."""

from __future__ import annotations

import functools
import re

from newsbrief.languages import language, normalize, on_reload
from newsbrief.languages.platforms import PLATFORMS

__all__ = ["is_medium"]

#: How far back from a platform's name its preposition is looked for (characters): a few words.
_REACH = 48

#: Words read back from the name, last first (a bracket is a word of its own).
_WORD = re.compile(r"[^\W\d_][\w’'\-]*|\S")

#: A sentence's end, then the words opening the sentence before a preposition (group 1).
_OPENING_WORDS = re.compile(r"(?:^|[.!?…\n])[\s\"»“”]*((?:[^\W\d_]+,?[ \u00a0]+)*)$")

#: How far back from a preposition the sentence's opening is looked for (characters).
_OPENING_REACH = 40

#: What closes a cue with no subject after it: the quotation's colon, a comma or the mark.
_NO_SUBJECT_AFTER = re.compile(r"[ \u00a0]*[:,«„“\"]")

#: Brackets around a platform's former name (``auf X (ehemals Twitter)``).
_BRACKETS = frozenset("()")


@functools.cache
def _medium_words(
    code: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The lower-cased platforms of language ``code`` (:data:`PLATFORMS` and its own
    ``medium_platforms``), its ``medium_prepositions`` and ``medium_between`` (read once), and its
    ``[summarizer] continuing_adverbs``: the adverbs of time that may open a sentence before the
    preposition (``Позже в Telegram заявили:``)."""
    data = language(normalize(code))

    def lower(key: str, section: str = "quotes") -> frozenset[str]:
        return frozenset(w.lower() for w in data.words(section, key))

    return (
        frozenset(name.lower() for name in PLATFORMS) | lower("medium_platforms"),
        lower("medium_prepositions"),
        lower("medium_between"),
        lower("continuing_adverbs", "summarizer"),
    )


on_reload(_medium_words.cache_clear)


def is_medium(text: str, start: int, end: int, code: str, cue: re.Pattern[str]) -> bool:
    """Whether the name at ``start:end`` of ``text`` is a platform of language ``code`` named
    as the medium words went out on: after one of its medium prepositions, past possessives,
    nouns of an account, other platforms' names and brackets only; not where that preposition
    opens the sentence and ``cue``, a cue of the language, follows the name with no subject
    (:func:`_said_at`)."""
    platforms, prepositions, between, openers = _medium_words(code)
    if not prepositions or text[start:end].lower() not in platforms:
        return False
    words = list(_WORD.finditer(text, max(0, start - _REACH), start))
    for index in range(len(words) - 1, -1, -1):
        match = words[index]
        word = match.group(0).lower()
        if word in prepositions:
            return not (
                index == len(words) - 1 and _said_at(text, match.start(), end, cue, openers)
            )
        if word in between or word in platforms or word in _BRACKETS:
            continue
        return False
    return False


def _said_at(
    text: str, opening: int, end: int, cue: re.Pattern[str], openers: frozenset[str]
) -> bool:
    """Whether the sentence opens at ``opening`` (a preposition, the name up to ``end`` right
    after it), or only adverbs of ``openers`` stand before it (``Позже в Telegram``), and
    ``cue`` follows the name with no subject after it (``У Telegram заявили:``): the
    platform's people spoke."""
    before = _OPENING_WORDS.search(text, max(0, opening - _OPENING_REACH), opening)
    if before is None or any(
        w.lower() not in openers for w in re.findall(r"[^\W\d_]+", before.group(1))
    ):
        return False
    verb = cue.match(text, len(text) - len(text[end:].lstrip(" \u00a0")))
    return verb is not None and _NO_SUBJECT_AFTER.match(text, verb.end()) is not None
