"""Many documents' story-grouping features in flat arrays over shared vocabularies.

A :class:`~newsbrief.stories.features.DocumentFeatures` keeps a ``Counter`` of terms and a dict
of entities: about 3 KB and 1 KB of Python objects for a newswire article of 100 terms and 30
entities, most of it hash tables. Grouping a whole collection needs only each document's term
numbers and counts and its entity numbers: a :class:`FeatureTable` keeps them in 4-byte arrays
laid end to end (about 1 KB for the same article), each distinct term and each distinct
``(entity key, surface)`` pair once for the collection. Documents are added one at a time, so
their features can be dropped as soon as they are made.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Iterable
from typing import TypeVar

from newsbrief.stories.features import DocumentFeatures

_K = TypeVar("_K", bound=Hashable)

#: Typecodes of the arrays: a 4-byte signed number, a 4-byte count (8 bytes for counts that
#: do not fit) and an 8-byte end offset.
_NUMBER, _COUNT, _WIDE_COUNT, _END = "i", "I", "q", "q"


class _Numbering(dict[_K, int]):
    """Numbers keys ``0, 1, 2...`` in order of first sight: ``numbering[key]`` gives a new key
    the next number, so ``map(numbering.__getitem__, keys)`` numbers a document's keys in C
    (Python runs only for a new key)."""

    __slots__ = ()

    def __missing__(self, key: _K) -> int:
        number = self[key] = len(self)
        return number


class _Pairs(dict[tuple[str, str], int]):
    """:class:`_Numbering` of ``(entity key, surface)`` pairs that also numbers each new
    pair's key (``key_numbers``) and notes it (``key_of``: pair number -> key number)."""

    __slots__ = ("key_numbers", "key_of")

    def __init__(self) -> None:
        super().__init__()
        self.key_numbers: _Numbering[str] = _Numbering()
        self.key_of = array(_NUMBER)

    def __missing__(self, pair: tuple[str, str]) -> int:
        number = self[pair] = len(self)
        self.key_of.append(self.key_numbers[pair[0]])
        return number


class FeatureTable:
    """The features of documents added in order (:meth:`add`), read back by document
    (:meth:`entities_of`) or as arrays for the matrices (:meth:`take_terms`,
    :meth:`entity_columns`).

    Each document's terms are kept in the order of its ``terms`` counter and its entities in
    the order of its ``entities`` dict, so the rows made from the table are entry for entry
    those made from the features themselves.
    """

    __slots__ = (
        "_entity_pairs",
        "_pairs",
        "_terms",
        "doc_ids",
        "entity_ends",
        "entity_numbers",
        "term_counts",
        "term_ends",
        "term_numbers",
    )

    def __init__(self) -> None:
        #: The documents' ids, in order.
        self.doc_ids: list[str] = []
        self._terms: _Numbering[str] = _Numbering()
        self._pairs = _Pairs()
        #: Each document's term numbers (in first-seen order, :meth:`term_keys`) and counts,
        #: end to end; ``term_ends[i]`` is where document ``i``'s end.
        self.term_numbers = array(_NUMBER)
        self.term_counts = array(_COUNT)
        self.term_ends = array(_END)
        #: Each document's ``(entity key, surface)`` pair numbers, end to end.
        self.entity_numbers = array(_NUMBER)
        self.entity_ends = array(_END)
        self._entity_pairs: list[tuple[str, str]] | None = None

    @classmethod
    def of(cls, features: Iterable[DocumentFeatures]) -> FeatureTable:
        """A table of ``features``, in order."""
        table = cls()
        for feature in features:
            table.add(feature)
        return table

    def __len__(self) -> int:
        return len(self.doc_ids)

    def add(self, features: DocumentFeatures) -> None:
        """Add one document's features (after the documents added before)."""
        terms = features.terms
        self.term_numbers.extend(map(self._terms.__getitem__, terms))
        counts = self.term_counts
        start = len(counts)
        try:
            counts.extend(terms.values())
        except OverflowError:  # a count beyond 4 bytes (or below 0): 8-byte counts from now on
            del counts[start:]
            self.term_counts = counts = array(_WIDE_COUNT, counts)
            counts.extend(terms.values())
        self.term_ends.append(len(self.term_numbers))
        self.entity_numbers.extend(map(self._pairs.__getitem__, features.entities.items()))
        self.entity_ends.append(len(self.entity_numbers))
        self.doc_ids.append(features.doc_id)
        self._entity_pairs = None

    def term_keys(self) -> list[str]:
        """The distinct terms, by number."""
        return list(self._terms)

    def take_terms(self) -> tuple[array, array, array]:
        """Each document's term numbers, counts and ends (:attr:`term_numbers`...), handed
        over: the table keeps none of them (the term matrix is all grouping needs of them)."""
        taken = (self.term_numbers, self.term_counts, self.term_ends)
        self.term_numbers, self.term_counts = array(_NUMBER), array(_COUNT)
        self.term_ends = array(_END)
        return taken

    def entity_keys(self) -> list[str]:
        """The distinct entity keys, by number."""
        return list(self._pairs.key_numbers)

    def entity_key_numbers(self) -> array:
        """Each ``(entity key, surface)`` pair's key number, by pair number."""
        return self._pairs.key_of

    def entities_of(self, document: int) -> dict[str, str]:
        """The entities of the ``document``-th document: key -> surface, in its order."""
        if self._entity_pairs is None:
            self._entity_pairs = list(self._pairs)
        pairs = self._entity_pairs
        first = self.entity_ends[document - 1] if document else 0
        return dict(
            pairs[number] for number in self.entity_numbers[first : self.entity_ends[document]]
        )
