"""Bodies named in the dative or the genitive, read back to the nominative (German ``der Deutschen
Bahn zufolge``, ``nach Angaben des Innenministeriums``).

After an article of those cases (``[entities] oblique_articles``: ``dem``, ``des``, ``der``) a
body's capitalised adjectives end in ``en`` (``Deutschen``) where its nominative after ``die``,
``der`` or ``das`` ends in ``e`` (``Deutsche Bahn``; a town's adjective in ``er`` stays:
``der Neuen Zürcher Zeitung``), and its head noun may take a genitive ending
(``[entities] name_genitive_endings``: ``Innenministeriums``). Read only where the head, less that
ending, ends in one of the language's singular body nouns (``[entities] org_heads``: ``bahn``,
``ministerium``): a plural body keeps its ``en`` in the nominative (``die Vereinten Nationen``).
The mention keeps its text; its canonical name, which merging groups mentions by, becomes the
nominative, so ``der Deutschen Bahn`` and ``die Deutsche Bahn`` are one entity and a quotation's
speaker is named in the nominative. Runs after the evidence pass (:mod:`.foreign`).
"""

from __future__ import annotations

from functools import cache

from newsbrief.annotators.entities.chunker import CANONICAL, TEXT, TYPE
from newsbrief.annotators.entities.foreign_words import word_before
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language, on_reload

__all__ = ["nominative_bodies"]

#: A body's adjective's ending after an oblique article, and its ending in the nominative.
_ADJECTIVE_OBLIQUE = "en"
_ADJECTIVE_NOMINATIVE = "e"
#: The ending of a town's adjective, the same in every case (``der Neuen Zürcher Zeitung``).
_ADJECTIVE_OF_TOWN = "er"


@cache
def _words(code: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The language's oblique articles, its body nouns and its genitive endings (longest
    first)."""
    lang = language(code)
    return (
        lang.words("entities", "oblique_articles"),
        tuple(sorted(lang.words("entities", "org_heads"))),
        tuple(sorted(lang.words("entities", "name_genitive_endings"), key=len, reverse=True)),
    )


on_reload(_words.cache_clear)


def _head(word: str, heads: tuple[str, ...], endings: tuple[str, ...]) -> str | None:
    """``word`` in the nominative singular when it ends in a body noun, with or without a
    genitive ending (``Innenministeriums`` -> ``Innenministerium``); else ``None``."""
    lower = word.lower()
    if lower.endswith(heads):
        return word
    for ending in endings:
        base = lower[: -len(ending)]
        if lower.endswith(ending) and base.endswith(heads):
            return word[: -len(ending)]
    return None


def nominative(name: str, before: str, code: str) -> str | None:
    """``name``, a body's after the word ``before``, in the nominative where it is read in an
    oblique case (see the module); else ``None``."""
    articles, heads, endings = _words(code)
    if before not in articles or not heads:
        return None
    parts = name.split(" ")
    head = _head(parts[-1], heads, endings)
    if head is None:
        return None
    made = []
    for part in parts[:-1]:
        if not part[:1].isupper() or len(part) <= 4:
            return None
        if part.endswith(_ADJECTIVE_OBLIQUE):
            made.append(part[: -len(_ADJECTIVE_OBLIQUE)] + _ADJECTIVE_NOMINATIVE)
        elif part.endswith(_ADJECTIVE_OF_TOWN):
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
    if not _words(code)[0]:
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
