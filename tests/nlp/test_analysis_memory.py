"""What an analysis and the model hold, compactly, read back as the same values."""

from __future__ import annotations

import bisect
import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.annotators.entities.annotator import candidates
from newsbrief.model import Annotation, Document, Metadata, Section
from newsbrief.model.frozen import EMPTY_MAP, FrozenMap, frozen_map
from newsbrief.nlp.analysis import Analysis, PackedCandidates, analyse
from newsbrief.nlp.segmenter import segment

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_analyses() -> list[tuple[Document, Analysis]]:
    documents = [segment(document) for document in newsbrief.load(str(SEEDS)).documents]
    return [(document, analyse(document)) for document in documents]


def test_packed_columns_read_as_the_tuples_they_were_given() -> None:
    for document, found in _seed_analyses():
        assert found.candidates == tuple(candidates(document))
        assert isinstance(found.packed_candidates, PackedCandidates)
        assert found.sentences == tuple((s.start, s.end) for s in document.sentences)
        assert all(isinstance(pair, tuple) for pair in found.sentence_tokens)
        assert [found.tokens_of(i) for i in range(len(found.sentence_tokens))] == [
            range(first, last) for first, last in found.sentence_tokens
        ]
        assert found.tokens_of(-1) == range(*found.sentence_tokens[-1])
        # One byte a stop-word flag, each the language's answer for its word.
        assert isinstance(found.stops, bytes)
        stopwords = newsbrief.languages.language(found.language).stopwords
        assert [bool(flag) for flag in found.stops] == [norm in stopwords for norm in found.norms]
        copy = pickle.loads(pickle.dumps(found))
        assert copy.candidates == found.candidates
        assert copy.title_candidates == found.title_candidates
        assert copy.sentences == found.sentences and copy.stops == found.stops
        assert copy.packed_candidates == found.packed_candidates


def test_candidates_sharing_fields_share_one_tuple() -> None:
    text = "Olena Kovalenko met NATO officials in Kyiv. NATO said Kyiv would host the talks."
    first = analyse(segment(Document.from_text(text, id="a")))
    second = analyse(segment(Document.from_text(text, id="b")))
    assert first.candidates == second.candidates and first.candidates
    shared = zip(first.packed_candidates._fields, second.packed_candidates._fields, strict=True)
    assert all(mine is theirs for mine, theirs in shared)
    # Each read makes new (equal) candidates: a reader keeps what it needs.
    assert first.candidates[0] is not first.candidates[0]


PAIRS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12)


@settings(max_examples=200, deadline=None)
@given(PAIRS, st.integers(0, 40), st.integers(0, 40), st.booleans())
def test_sentence_index_is_bisection_of_the_pairs(
    pairs: list[tuple[int, int]], start: int, end: int, ordered: bool
) -> None:
    # Sorted or not (overlapping sentences keep their order), the packed search answers
    # what ``bisect`` on the tuple of pairs answered.
    if ordered:
        pairs.sort()
    found = Analysis(
        doc_id="d",
        language="en",
        length=100,
        sentences=pairs,
        sentence_tokens=[(0, 0)] * len(pairs),
        starts=[],
        ends=[],
        norms=[],
        stems=[],
        stops=[],
        candidates=[],
    )
    at = bisect.bisect_left(pairs, (start, end))
    expected = at if at < len(pairs) and pairs[at] == (start, end) else None
    assert found.sentence_index(start, end) == expected
    assert found.sentences == tuple(pairs)


def test_large_offsets_keep_their_values() -> None:
    big = 1 << 40
    found = Analysis(
        doc_id="d",
        language="en",
        length=big + 2,
        sentences=[(big, big + 1)],
        sentence_tokens=[(0, 1)],
        starts=[big],
        ends=[big + 1],
        norms=["a"],
        stems=["a"],
        stops=[False],
        candidates=[],
    )
    assert found.sentences == ((big, big + 1),) and found.sentence_index(big, big + 1) == 0
    assert found.starts.tolist() == [big] and found.ends.tolist() == [big + 1]


def test_equal_plain_maps_are_one_object_and_keep_their_types() -> None:
    first = frozen_map({"value": "2024-10-03", "granularity": "day", "count": 1})
    second = frozen_map({"count": 1, "granularity": "day", "value": "2024-10-03"})
    assert first is second and list(first) == ["count", "granularity", "value"]
    # Equal in Python, not in JSON: never given for each other.
    as_true = frozen_map({"count": True, "granularity": "day", "value": "2024-10-03"})
    as_float = frozen_map({"count": 1.0, "granularity": "day", "value": "2024-10-03"})
    assert type(as_true["count"]) is bool and type(as_float["count"]) is float
    assert as_true is not first and as_float is not first
    negative_zero = frozen_map({"x": -0.0})
    assert str(negative_zero["x"]) == "-0.0" and str(frozen_map({"x": 0.0})["x"]) == "0.0"
    # Unhashable values: a map of their own, as before.
    listed = frozen_map({"names": ["a", "b"]})
    assert isinstance(listed, FrozenMap) and listed["names"] == ["a", "b"]
    assert frozen_map({}) is EMPTY_MAP and frozen_map(None) is EMPTY_MAP


def test_model_defaults_share_empty_metadata() -> None:
    assert Section(0, 1).metadata is Section(2, 3).metadata
    assert Document(id="a", text="x").metadata == Metadata()
    note = Annotation("date", 0, 1, "x", "dates", {"value": "2024"})
    again = Annotation("date", 2, 3, "y", "dates", {"value": "2024"})
    assert note.attributes is again.attributes
