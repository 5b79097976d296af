"""Merging's bulk steps equal the one-at-a-time steps they replace: offsets read a document at
a time (:meth:`Merged.settle`) and the documents of a group noted at once (``_Groups.index``)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.entities.merging import Merged, Spans, _Groups

_FIELDS = ("Ann Lee", "person")
_ENTITY = ("Ann Lee", "person", "person:ann-lee", None)


class _Packed:
    """The offsets of packed candidates, as :class:`Spans` reads them."""

    def __init__(self, offsets: list[int]) -> None:
        self._offsets = offsets

    def bounds(self) -> list[int]:
        return list(self._offsets)

    def span(self, index: int) -> tuple[int, int]:
        return self._offsets[2 * index], self._offsets[2 * index + 1]


@given(
    st.lists(st.integers(0, 3), min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(0, 3), st.integers(-3, 3), st.integers(0, 2)), max_size=30),
)
@settings(max_examples=100, deadline=None)
def test_settled_mentions_are_those_added_one_by_one(
    sizes: list[int], picks: list[tuple[int, int, int]]
) -> None:
    packed = [_Packed([v for k in range(n) for v in (10 * k, 10 * k + 5)]) for n in sizes]
    groups: list[list[tuple[int, int, tuple[str, str]]]] = [[], [], []]
    for doc_index, number, group in picks:
        doc_index %= len(sizes)
        if number >= sizes[doc_index] or (number >= 0 and not sizes[doc_index]):
            continue
        groups[group].append((doc_index, number, _FIELDS))
    one, other = Spans(packed), Spans(packed)  # type: ignore[arg-type]
    for spans in (one, other):
        for k in range(3):
            spans.add(100 + k, 103 + k)
    plain, bulk = Merged(), Merged()
    for k, mentions in enumerate(groups):
        entity = (*_ENTITY[:2], f"{_ENTITY[2]}-{k}", None)
        plain.add_all(mentions, one, entity)
        bulk.add_numbered(mentions, entity)
    bulk.settle(other)
    assert bulk.documents() == plain.documents()
    for doc_index in plain.documents():
        assert bulk.pop(doc_index) == plain.pop(doc_index)


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5)), max_size=30))
@settings(max_examples=100, deadline=None)
def test_indexed_groups_name_the_documents_added_ones_do(picks: list[tuple[int, int]]) -> None:
    plain, bulk = _Groups(), _Groups()
    for doc_index, name in sorted(picks):  # (given document by document)
        mention: Any = (doc_index, 0, _FIELDS)
        plain.add((str(name),), mention)
        bulk[(str(name),)].append(mention)
    bulk.index()
    assert bulk.documents == plain.documents
    for key in plain:
        assert all(bulk.here(key, d) == plain.here(key, d) for d in range(4))
