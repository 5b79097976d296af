"""Merging routes each distinct fields tuple once (by identity, mentions share them): the same
entities and mentions as routing every mention on its own, retyped ones included."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.entities.merging import Spans, merge_mentions

_TEXTS = (
    "Abu Ghraib",
    "Ghraib",
    "Ann Lee",
    "Lee",
    "Dallas Cowboys",
    "Dallas",
    "Acme Electronics NV",
    "Acme",
    "Soviet Union",
    "Ford Motor",
)

_FIELDS = st.tuples(
    st.sampled_from(_TEXTS),  # text
    st.sampled_from((None, "person", "place", "organisation")),  # type
    st.sampled_from((None, "Abu Ghraib", "Soviet Union")),  # canonical
    st.booleans(),  # evidence
    st.sampled_from((None, "President")),  # role
    st.sampled_from((None, "female")),  # gender
    st.booleans(),  # sentence_initial
    st.booleans(),  # heading
    st.sampled_from((None, "en")),  # language
    st.booleans(),  # speaks
)


def _merged(picks: list[tuple[int, int]], pool: list[tuple[Any, ...]], share: bool) -> list[Any]:
    spans = Spans()
    found = []
    for k, (doc_index, choice) in enumerate(picks):
        fields = pool[choice] if share else tuple(list(pool[choice]))  # (a tuple of its own)
        start = 100 * k
        number = spans.add(start, start + len(fields[0]))
        found.append((doc_index, number, fields))
    merged = merge_mentions(found, spans)
    return [(doc_index, merged.pop(doc_index)) for doc_index in merged.documents()]


@given(
    st.lists(_FIELDS, min_size=1, max_size=8),
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 7)), max_size=40),
)
@settings(max_examples=150, deadline=None)
def test_shared_fields_merge_as_fields_of_their_own(
    pool: list[tuple[Any, ...]], picks: list[tuple[int, int]]
) -> None:
    picks = sorted((doc_index, choice % len(pool)) for doc_index, choice in picks)
    assert _merged(picks, pool, share=True) == _merged(picks, pool, share=False)


def test_a_name_retyped_in_one_document_keeps_its_type_in_another() -> None:
    # ``the Abu Ghraib prison`` types the name a place in document 0 only: its person
    # mentions there are the place's, those of document 1 a person's (one fields tuple).
    person = ("Abu Ghraib", "person", None, True, None, None, False, False, "en", False)
    place = ("Abu Ghraib", "place", None, True, None, None, False, False, "en", False)
    pool = [person, place]
    picks = [(0, 1), (0, 0), (1, 0), (1, 0)]
    merged = dict(_merged(picks, pool, share=True))
    assert {kept[3][1] for kept in merged[0]} == {"place"}
    assert {kept[3][1] for kept in merged[1]} == {"person"}
    assert merged == dict(_merged(picks, pool, share=False))


def test_a_body_named_as_a_place_is_the_place_at_every_mention() -> None:
    # ``Soviet Union`` typed a body by its last word is the known place: each of its mentions
    # carries the place's fields, the shared tuple's later ones too.
    body = ("Soviet Union", "organisation", None, True, None, None, False, False, "en", False)
    picks = [(0, 0), (0, 0), (1, 0)]
    merged = _merged(picks, [body], share=True)
    assert [kept[2][1] for _, mentions in merged for kept in mentions] == ["place"] * 3
    assert merged == _merged(picks, [body], share=False)
