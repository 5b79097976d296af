"""Variant merging: one entity per person, organisation or place, across all documents.

Spellings are compared folded (lower case, no diacritics, possessive dropped) with transliteration
endings made equal (``Zelensky``, ``Zelenskyy``, ``Zelenskyi``, ``Zelenskiy`` -> ``zelensky``),
so the same person spelt three ways by three outlets is one entity. A lone surname (``Singh``) joins
the full name it ends (``Sabrina Singh``), preferring one named in the same document. Places and
organisations merge through the gazetteers' aliases (``Kiev`` -> ``Kyiv``; ``North Atlantic Treaty
Organization`` -> ``NATO``). The canonical name is the most frequent full spelling.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import Candidate

_ENDING = re.compile(r"(?:yy|yi|yj|iy|ij|ii|y|i)$")


@attrs.frozen
class Resolved:
    """A candidate that is an entity mention, with the entity it belongs to."""

    doc_index: int
    candidate: Candidate
    #: Canonical name of the entity.
    name: str
    #: ``person``, ``organisation`` or ``place``.
    type: str
    #: Stable id (``person:volodymyr-zelenskyy``).
    entity: str
    #: ``female``/``male`` for a person when known.
    gender: str | None = None


def word_key(word: str) -> str:
    """A word folded for comparison, transliteration endings made equal."""
    folded = gz.fold(word).replace("’", "'")
    if len(folded) > 4:
        folded = _ENDING.sub("y", folded)
    return folded


def name_key(name: str) -> tuple[str, ...]:
    """The comparison key of a name: its folded words."""
    return tuple(word_key(word) for word in name.split())


def slug(name: str) -> str:
    """``Volodymyr Zelenskyy`` -> ``volodymyr-zelenskyy``."""
    return re.sub(r"[^a-z0-9]+", "-", gz.fold(name)).strip("-")


def merge(found: Sequence[tuple[int, Candidate]]) -> list[Resolved]:
    """The candidates that are entity mentions, each with its merged entity (see module doc)."""
    clusters: dict[tuple[str, str], list[tuple[int, Candidate]]] = defaultdict(list)
    persons: dict[tuple[str, ...], list[tuple[int, Candidate]]] = defaultdict(list)
    singles: list[tuple[int, Candidate]] = []
    for doc_index, candidate in found:
        if candidate.type in ("place", "organisation"):
            canonical = candidate.canonical or candidate.text
            if candidate.heading and candidate.canonical is None:
                continue
            clusters[(candidate.type, gz.fold(canonical))].append((doc_index, candidate))
        elif len(candidate.words) > 1 and (candidate.type == "person" or candidate.evidence):
            if not candidate.heading:
                persons[name_key(candidate.text)].append((doc_index, candidate))
        elif candidate.heading and candidate.type is None:
            # A title-case heading is one long run: only its known surnames count.
            singles.extend((doc_index, word) for word in _words(candidate))
        else:
            singles.append((doc_index, candidate))

    surnames: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in persons:
        surnames[key[-1]].append(key)
    titled_singles: dict[str, list[tuple[int, Candidate]]] = defaultdict(list)
    for doc_index, candidate in singles:
        key = word_key(candidate.text)
        owners = surnames.get(key, [])
        if owners:
            persons[_closest(owners, persons, doc_index)].append((doc_index, candidate))
        elif candidate.evidence and not candidate.heading:
            titled_singles[key].append((doc_index, candidate))
    for key, mentions in titled_singles.items():
        persons[(key,)].extend(mentions)
    for doc_index, candidate in singles:
        key = word_key(candidate.text)
        if key not in surnames and (key,) in persons and not candidate.evidence:
            persons[(key,)].append((doc_index, candidate))

    resolved: list[Resolved] = []
    for (kind, _), mentions in clusters.items():
        name = _canonical(mentions, prefer_known=True)
        entity = f"{kind}:{slug(name)}"
        resolved.extend(Resolved(d, c, name, kind, entity) for d, c in mentions)
    for mentions in persons.values():
        name = _canonical(mentions, prefer_known=False)
        gender = _gender(name, mentions)
        entity = f"person:{slug(name)}"
        resolved.extend(Resolved(d, c, name, "person", entity, gender) for d, c in mentions)
    resolved.sort(key=lambda r: (r.doc_index, r.candidate.start, r.candidate.end))
    return _without_overlaps(resolved)


def _words(candidate: Candidate) -> list[Candidate]:
    out, offset = [], candidate.start
    for word in candidate.text.split(" "):
        out.append(attrs.evolve(candidate, start=offset, end=offset + len(word), text=word))
        offset += len(word) + 1
    return out


def _closest(
    owners: list[tuple[str, ...]],
    persons: dict[tuple[str, ...], list[tuple[int, Candidate]]],
    doc_index: int,
) -> tuple[str, ...]:
    def rank(key: tuple[str, ...]) -> tuple[int, int]:
        mentions = persons[key]
        return (sum(1 for d, _ in mentions if d == doc_index), len(mentions))

    return max(sorted(owners), key=rank)


def _canonical(mentions: list[tuple[int, Candidate]], *, prefer_known: bool) -> str:
    if prefer_known:
        for _, candidate in mentions:
            if candidate.canonical:
                return candidate.canonical
    full = [c.text for _, c in mentions if len(c.words) > 1] or [c.text for _, c in mentions]
    counts = Counter(full)
    return min(counts, key=lambda name: (-counts[name], -len(name), name))


def _gender(name: str, mentions: list[tuple[int, Candidate]]) -> str | None:
    first = gz.first_name_gender(name.split()[0]) if len(name.split()) > 1 else None
    if first in ("female", "male"):
        return first
    told = {c.gender for _, c in mentions if c.gender}
    return told.pop() if len(told) == 1 else None


def _without_overlaps(resolved: list[Resolved]) -> list[Resolved]:
    out: list[Resolved] = []
    for item in resolved:
        if (
            out
            and out[-1].doc_index == item.doc_index
            and item.candidate.start < out[-1].candidate.end
        ):
            continue
        out.append(item)
    return out
