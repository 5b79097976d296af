"""Bodies named in the dative or the genitive, read back to the nominative (German ``der Deutschen
Bahn zufolge``, ``nach Angaben des Innenministeriums``).

After an article of those cases (``[entities] oblique_articles``: ``dem``, ``des``, ``der``) a
body's capitalised adjectives end in ``en`` (``Deutschen``) where its nominative after ``die``,
``der`` or ``das`` ends in ``e`` (``Deutsche Bahn``; ``[entities] oblique_adjective_endings``;
a town's adjective stays, ``undeclined_adjective_endings``: ``der Neuen Zürcher Zeitung``), and
its head noun may take a genitive ending
(``[entities] name_genitive_endings``: ``Innenministeriums``). Read only where the head, less that
ending, ends in one of the language's singular body nouns (``[entities] org_heads``: ``bahn``,
``ministerium``): a plural body keeps its ``en`` in the nominative (``die Vereinten Nationen``).
The mention keeps its text; its canonical name, which merging groups mentions by, becomes the
nominative, so ``der Deutschen Bahn`` and ``die Deutsche Bahn`` are one entity and a quotation's
speaker is named in the nominative. Runs after the evidence pass (:mod:`.foreign`).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from newsbrief.annotators.entities.chunker import CANONICAL, TEXT, TYPE
from newsbrief.annotators.entities.foreign_words import word_before
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language, on_reload
from newsbrief.languages.genitives import genitive_bases

__all__ = ["nominative_bodies"]

#: A word no longer than this is never read as an adjective (one in ``en`` has a stem of three
#: letters or more: ``Neuen``).
_SHORTEST_ADJECTIVE = 4


class _Declension(NamedTuple):
    """What the module reads of a language's data."""

    #: ``[entities] oblique_articles`` (``dem``, ``des``, ``der``).
    articles: frozenset[str]
    #: ``[entities] org_heads`` (``bahn``, ``ministerium``).
    heads: tuple[str, ...]
    #: ``[entities] oblique_adjective_endings``: an adjective's ending after such an article ->
    #: its ending in the nominative (``en`` -> ``e``), longest first.
    adjectives: tuple[tuple[str, str], ...]
    #: ``[entities] undeclined_adjective_endings``: those of a town's adjective, the same in
    #: every case (``er``: ``der Neuen Zürcher Zeitung``).
    undeclined: tuple[str, ...]


def _longest_first(pair: tuple[str, str]) -> tuple[int, str]:
    """The sort key that tries a longer oblique ending before a shorter one it ends with."""
    return -len(pair[0]), pair[0]


@cache
def _words(code: str) -> _Declension:
    """The language's data the module reads (see :class:`_Declension`)."""
    lang = language(code)
    adjectives = lang.table("entities", "oblique_adjective_endings")
    return _Declension(
        lang.words("entities", "oblique_articles"),
        tuple(sorted(lang.words("entities", "org_heads"))),
        tuple(sorted(((k, str(v)) for k, v in adjectives.items()), key=_longest_first)),
        tuple(sorted(lang.words("entities", "undeclined_adjective_endings"))),
    )


on_reload(_words.cache_clear)


def _head(word: str, heads: tuple[str, ...], code: str) -> str | None:
    """``word`` in the nominative singular when it ends in a body noun, with or without a
    genitive ending (``Innenministeriums`` -> ``Innenministerium``); else ``None``."""
    lower = word.lower()
    if lower.endswith(heads):
        return word
    base = next((b for b in genitive_bases(lower, code) if b.endswith(heads)), None)
    return None if base is None else word[: len(word) - len(lower) + len(base)]


def nominative(name: str, before: str, code: str) -> str | None:
    """``name``, a body's after the word ``before``, in the nominative where it is read in an
    oblique case (see the module); else ``None``."""
    words = _words(code)
    if before not in words.articles or not words.heads:
        return None
    parts = name.split(" ")
    head = _head(parts[-1], words.heads, code)
    if head is None:
        return None
    made = []
    for part in parts[:-1]:
        if not part[:1].isupper() or len(part) <= _SHORTEST_ADJECTIVE:
            return None
        oblique = next(((o, n) for o, n in words.adjectives if part.endswith(o)), None)
        if oblique is not None:
            made.append(part[: -len(oblique[0])] + oblique[1])
        elif part.endswith(words.undeclined):
            made.append(part)  # ``Frankfurter``: not declined
        else:
            return None
    result = " ".join([*made, head])
    return result if result != name else None


def nominative_bodies(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Bodies without a canonical name read in an oblique case, given their nominative as
    their canonical name (see the module)."""
    if not _words(code).articles:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "organisation" or fields[CANONICAL] is not None:
            continue
        start, _ = spans.span(index, number)
        made = nominative(fields[TEXT], word_before(text, start), code)
        if made is not None:
            named = list(fields)
            named[CANONICAL] = made
            items[k] = (index, number, tuple(named))
