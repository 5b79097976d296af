"""The summarizer's shortcuts for stories without copies or with one source equal the full path.

A ``--per-story`` run summarises thousands of stories of one article or a few:
:func:`~newsbrief.summarizers.multidoc.features.quick_clusters` finds their copies from exact
shared-term counts and the copy search is skipped, and the TF-IDF rows of one source are made
directly (every IDF is exactly 1). Both must give what the full path gives, bit for bit: copy
clusters on random 0/1 rows with thresholds on and next to the pairs' exact cosines, TF-IDF
rows compared by their bytes and stored order, and whole summaries with the shortcuts
switched off.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_multidoc_small_paths import story_documents, summarize
from test_multidoc_story_paths import assert_same_matrix

from newsbrief.model import Document, Story, SummaryItem
from newsbrief.nlp.near_duplicates import Candidates, copy_clusters
from newsbrief.summarizers.base import Budget, SummaryRequest
from newsbrief.summarizers.multidoc import MultiDocSummarizer, features
from newsbrief.summarizers.multidoc.features import quick_clusters, tfidf_rows

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@st.composite
def binary_rows(draw: st.DrawFn) -> sp.csr_matrix:
    """0/1 rows over a few columns (so that copies, near copies and empty rows all occur),
    canonical as the summarizer's term matrix is."""
    n_cols = draw(st.integers(1, 12))
    row = st.sets(st.integers(0, n_cols - 1), max_size=n_cols)
    rows = draw(st.lists(row, min_size=0, max_size=14))
    if rows and draw(st.booleans()):  # a copy of an earlier row, possibly edited
        copy = set(draw(st.sampled_from(rows)))
        if copy and draw(st.booleans()):
            copy.discard(min(copy))
        rows.append(copy)
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.asarray([c for r in rows for c in sorted(r)], dtype=np.int32)
    return sp.csr_matrix(
        (np.ones(len(indices)), indices, indptr.astype(np.int32)), shape=(len(rows), n_cols)
    )


def candidates_of(terms: sp.csr_matrix) -> Candidates:
    """Candidates of which only ``terms`` is read (what :func:`copy_clusters` reads)."""
    n = terms.shape[0]
    zeros = np.zeros(n, dtype=np.int64)
    return Candidates(
        sentences=(),
        doc_rank=zeros,
        source=zeros,
        position=zeros,
        length=zeros,
        terms=terms,
        concepts=sp.csr_matrix((n, 0)),
    )


def exact_cosines(terms: sp.csr_matrix) -> list[float]:
    """The binary cosines of the pairs of rows sharing a term (thresholds to test at)."""
    rows = [
        set(terms.indices[terms.indptr[i] : terms.indptr[i + 1]]) for i in range(terms.shape[0])
    ]
    return [
        len(a & b) / math.sqrt(len(a) * len(b))
        for i, a in enumerate(rows)
        for b in rows[i + 1 :]
        if a & b
    ]


@given(binary_rows(), st.data())
@settings(max_examples=400, deadline=None)
def test_quick_clusters_are_the_searchs_when_given(
    terms: sp.csr_matrix, data: st.DataObject
) -> None:
    cosines = exact_cosines(terms)
    choices = [st.floats(0.0, 1.0)]
    if cosines:  # on a pair's cosine, and a hair to either side, where rounding decides
        near = st.sampled_from(cosines).flatmap(
            lambda c: st.sampled_from(
                [c, c - 1e-12, c + 1e-12, c - 1e-9, c + 1e-9, c + 1.1e-9, c + 2e-6]
            )
        )
        choices.append(near.map(lambda c: min(max(c, 0.0), 1.0)))
    threshold = data.draw(st.one_of(*choices, st.floats(1.0, 2.0)))
    clusters = copy_clusters(candidates_of(terms), threshold)
    quick = quick_clusters(terms, threshold)
    if quick is not None:
        assert quick.tolist() == clusters.tolist()
    # It answers whenever no pair's cosine is close enough to the cut for rounding to decide
    # (these matrices are far inside its size limits): a path that always left it to the
    # search would pass the check above.
    cut = threshold - 1e-9
    if all(abs(c - cut) > features.DECIDED_MARGIN * 1.01 for c in cosines):
        assert quick is not None


def test_quick_clusters_answer_or_leave_it_to_the_search() -> None:
    def rows(*sets: set[int]) -> sp.csr_matrix:
        indices = [c for s in sets for c in sorted(s)]
        indptr = np.cumsum([0] + [len(s) for s in sets])
        return sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(sets), 9))

    def quick(terms: sp.csr_matrix, threshold: float) -> list[int] | None:
        found = quick_clusters(terms, threshold)
        return None if found is None else found.tolist()

    assert quick(rows({0, 1, 2}, {3, 4, 5}, {0, 6, 7}), 0.7) == [0, 1, 2]  # 1/3 at most
    assert quick(rows({0, 1, 2}, {0, 1, 2}), 0.7) == [0, 0]  # exact copies
    assert quick(rows({0, 1, 2}, {0, 1, 2}), 1.5) == [0, 0]  # tied whatever the threshold
    assert quick(rows({0, 1, 2, 3}, {0, 1, 2, 4}), 0.75) == [0, 0]  # 3/4, on it
    assert quick(rows({0, 1, 2, 3}, {0, 1, 2, 4}), 0.75 + 1e-9) is None  # rounding decides
    assert quick(rows({0, 1, 2, 3}, {0, 1, 2, 4}), 0.76) == [0, 1]
    # Linked transitively, each to the earliest of its component.
    assert quick(rows({5}, {0, 1, 2, 3}, {0, 1, 2, 4}, {0, 1, 4, 6}, {7}), 0.7) == [0, 1, 1, 1, 4]
    assert quick(rows({0}, {0, 1}), 0.0) == [0, 0]  # any shared term at 0
    assert quick(rows(set(), set()), 0.0) == [0, 1]  # empty rows are their own
    assert quick(rows({0, 1, 2}), 0.7) == [0]  # one row
    weighted = rows({0, 1}, {2, 3})
    weighted.data[:] = 2.0
    assert quick(weighted, 0.7) is None  # not 0/1: the search decides
    many = sp.csr_matrix(np.ones((features.QUICK_SENTENCES + 1, 2)))
    assert quick(many, 0.7) is None
    single = rows({0, 1, 2}, {0, 1, 3}).astype(np.float32)
    assert quick(single, 2 / 3) is None  # float32 rounds beyond the margin: the search decides


@given(st.integers(1, 30), st.lists(st.tuples(st.integers(0, 29), st.integers(0, 29))))
@settings(max_examples=300, deadline=None)
def test_earliest_members_are_the_components_earliest(n: int, links: list[tuple[int, int]]) -> None:
    from scipy.sparse.csgraph import connected_components

    links = [(a % n, b % n) for a, b in links]
    left = np.asarray([a for a, _ in links], dtype=np.int64)
    right = np.asarray([b for _, b in links], dtype=np.int64)
    graph = sp.coo_matrix((np.ones(len(links)), (left, right)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    expected = [min(np.flatnonzero(label == label[i])) for i in range(n)]
    assert features.earliest_members(n, left, right).tolist() == expected


@given(binary_rows())
@settings(max_examples=300, deadline=None)
def test_tfidf_rows_of_one_source_equal_the_general_steps(terms: sp.csr_matrix) -> None:
    source = np.zeros(terms.shape[0], dtype=np.int64)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(features, "_one_binary_source", lambda terms, source: False)
        general = tfidf_rows(terms, source)
    if terms.shape[0]:
        assert features._one_binary_source(terms, source)
    assert_same_matrix(tfidf_rows(terms, source), general)


@contextmanager
def full_paths() -> Iterator[None]:
    """The summarizer with this file's shortcuts switched off while the block runs."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(features, "quick_clusters", lambda terms, threshold: None)
        patch.setattr(features, "_one_binary_source", lambda terms, source: False)
        yield


@given(story_documents(), st.integers(1, 6), st.booleans(), st.sampled_from([0.0, 0.5, 0.7, 1.0]))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_story_summary_is_the_same_without_the_shortcuts(
    documents: list[Document], sentences: int, storied: bool, threshold: float
) -> None:
    stories: tuple[Story, ...] = ()
    if storied:
        stories = (Story(id="s1", documents=tuple(document.id for document in documents)),)
    budget = Budget(sentences=sentences)
    request = {"duplicate_threshold": threshold}
    fast = summarize_with(documents, budget, stories, request)
    with full_paths():
        general = summarize_with(documents, budget, stories, request)
    assert repr(fast) == repr(general)


def summarize_with(
    documents: list[Document], budget: Budget, stories: tuple[Story, ...], options: dict[str, Any]
) -> tuple[SummaryItem, ...]:
    request = SummaryRequest(documents=documents, budget=budget, stories=stories, options=options)
    return MultiDocSummarizer().summarize(request)


def test_the_seed_articles_take_the_shortcuts_and_keep_their_summaries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsbrief
    from newsbrief.nlp.segmenter import segmented

    documents = [segmented(document) for document in newsbrief.load(str(SEEDS)).documents]
    seen = {"quick": 0, "one source": 0}
    real_check, real_one = features.quick_clusters, features._one_binary_source

    def check(terms: sp.csr_matrix, threshold: float) -> np.ndarray | None:
        answer = real_check(terms, threshold)
        seen["quick"] += answer is not None
        return answer

    def one(terms: sp.csr_matrix, source: np.ndarray) -> bool:
        answer = real_one(terms, source)
        seen["one source"] += answer
        return answer

    monkeypatch.setattr(features, "quick_clusters", check)
    monkeypatch.setattr(features, "_one_binary_source", one)
    # Each article a story of its own, as most of a per-story run's are; then all together.
    requests = [[document] for document in documents] + [documents]
    fast = [summarize(request, Budget(words=80), ()) for request in requests]
    assert seen["quick"] and seen["one source"]  # taken on real articles
    with full_paths():
        general = [summarize(request, Budget(words=80), ()) for request in requests]
    assert repr(fast) == repr(general)
