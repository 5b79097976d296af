"""A name inside a prepositional phrase before a German cue is no subject of it: ``Im Interview
mit dem ZDF sagte Außenminister X: „...“`` (the verb's second place puts the subject after it),
``Landrat X (CDU) aus Celle warnte vor einem „...“`` (the subject before the phrase).

The prepositions are ``[quotes] object_prepositions`` of the language's data file; articles
(``definite_articles``, ``indefinite_articles``) and lower-case adjectives may stand between the
preposition and the name (``mit dem früheren ZDF-Moderator``); in a language capitalising its
nouns, capitalised ones too (``von der Universität Félix Houphouët-Boigny``: the body the
entity annotator read as a person)."""

from __future__ import annotations

import re

__all__ = ["preposition_before"]

#: How far back from a name its preposition is looked for (characters): a few words.
_REACH = 60

#: Words written back from the name, last first.
_WORD = re.compile(r"[^\W\d_][\w.’'\-]*|\S")


def preposition_before(
    text: str,
    start: int,
    at: int,
    prepositions: frozenset[str],
    articles: frozenset[str],
    nouns: bool = False,
) -> int | None:
    """The offset of a preposition of ``prepositions`` governing the name at ``at`` (past
    articles and lower-case words between them, and capitalised words with ``nouns``), not
    before ``start``; ``None`` when the word before the name (and its articles) is no such
    preposition."""
    low = max(start, at - _REACH)
    words = [(m.group(0), m.start()) for m in _WORD.finditer(text, low, at)]
    for word, offset in reversed(words):
        lower = word.lower()
        if lower in prepositions:
            return offset
        if lower in articles or (word.isalpha() and word[:1].islower()):
            # (the nouns stand right before the name, after any adjective: ``Auf Nachfrage
            # habe der Bürgermeister`` has a verb between)
            nouns = False
            continue
        if nouns and word.isalpha():
            continue
        return None
    return None
