"""``collect`` of every sentence read in NumPy over the documents' tokens (``_collect_whole``)
gives what the sentence-by-sentence reading gives, field for field and bit for bit: terms and
concept bigrams numbered instead of made into sets and strings, word counts of overlapping
sentences from their text, sources and positions of documents with several sections."""

from __future__ import annotations

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.sentences import SENTENCE, reshaped_articles
from newsbrief.model import Document
from newsbrief.nlp import near_duplicates
from newsbrief.nlp.analysis import analysis_of
from newsbrief.nlp.near_duplicates import Candidates, collect, shared_analyses
from newsbrief.nlp.segmenter import segment


def _one_by_one(documents: list[Document], concepts: bool) -> Candidates:
    """:func:`collect` reading the sentences one at a time (the whole reading turned off)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(near_duplicates, "_collect_whole", lambda *args, **kwargs: None)
        return collect(documents, concepts=concepts)


def _assert_same(got: Candidates, expected: Candidates) -> None:
    assert got.sentences == expected.sentences
    for name in ("doc_rank", "source", "position", "length"):
        mine, theirs = getattr(got, name), getattr(expected, name)
        assert mine.dtype == theirs.dtype
        assert mine.tolist() == theirs.tolist(), name
    for name in ("terms", "concepts"):
        mine, theirs = getattr(got, name), getattr(expected, name)
        assert mine.shape == theirs.shape, name
        assert mine.indices.dtype == theirs.indices.dtype
        assert np.array_equal(mine.indptr, theirs.indptr), name
        assert np.array_equal(mine.indices, theirs.indices), name
        assert np.array_equal(mine.data, theirs.data), name


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(SENTENCE, min_size=0, max_size=6), min_size=0, max_size=4),
    st.sampled_from(["en", "de", "el", None]),
    st.sampled_from(["plain", "overlap", "sections"]),
    st.booleans(),
)
def test_whole_reading_equals_the_sentence_by_sentence_one(
    articles: list[list[str]], language: str | None, how: str, concepts: bool
) -> None:
    documents = reshaped_articles(articles, language, how)
    table = {d.id: analysis_of(d) for d in documents}
    with shared_analyses(table):
        got = near_duplicates._collect_whole(documents, concepts=concepts)
        expected = _one_by_one(documents, concepts)
        assert got is not None
        _assert_same(got, expected)
        _assert_same(collect(documents, concepts=concepts), expected)


def test_a_repeated_sentence_is_read_one_by_one() -> None:
    document = segment(Document.from_text("One thing. Another thing.", id="d"))
    sentences = [document.sentences[0], *document.sentences]
    document = attrs.evolve(
        document, sentences=[attrs.evolve(s, index=i) for i, s in enumerate(sentences)]
    )
    with shared_analyses({"d": analysis_of(document)}):
        assert near_duplicates._collect_whole([document], concepts=True) is None
        _assert_same(collect([document]), _one_by_one([document], True))


def test_word_tests_are_remembered_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(near_duplicates, "_WORD_TESTS_LIMIT", 2)
    test = near_duplicates._WordTest(near_duplicates._has_alnum)
    assert [test[w] for w in ("a", "—", "a", "x1", "“", "b")] == [
        True, False, True, True, False, True
    ]  # fmt: skip
    assert len(test) <= 3


@pytest.mark.parametrize("stem", ["a b", "a\tb"])
def test_stems_sorting_before_a_space_are_read_one_by_one(stem: str) -> None:
    """Ranks sorted as stems must order bigrams as their ``"a b"`` strings do; a stem holding a
    character at or before a space could break that."""
    document = segment(Document.from_text("One thing here. Another thing there.", id="d"))
    analysis = analysis_of(document)
    changed = attrs.evolve(analysis, stems=[stem, *analysis.stems[1:]])
    with shared_analyses({"d": changed}):
        assert near_duplicates._collect_whole([document], concepts=True) is None
        _assert_same(collect([document], concepts=True), _one_by_one([document], True))


@pytest.mark.parametrize("empty", [1, "all"])
def test_empty_stems_read_as_one_by_one(empty: int | str) -> None:
    """A plugin's stemmer may give ``""`` (Snowball does for a lone apostrophe)."""
    document = segment(Document.from_text("One thing here. Another thing there.", id="d"))
    analysis = analysis_of(document)
    count = len(analysis.stems) if empty == "all" else 1
    changed = attrs.evolve(
        analysis, stems=["" for _ in range(count)] + list(analysis.stems[count:])
    )
    with shared_analyses({"d": changed}):
        _assert_same(collect([document], concepts=True), _one_by_one([document], True))
