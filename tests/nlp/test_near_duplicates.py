"""Near-duplicate sentences (``newsbrief.nlp.near_duplicates``), shared by the default summarizer
and the coverage notes: the same clusters as linking every pair, and linear cost on copies."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse.csgraph import connected_components

import newsbrief
from newsbrief.nlp import near_duplicates
from newsbrief.nlp.near_duplicates import (
    DEFAULT_THRESHOLD,
    Candidates,
    clusters,
    collect,
    copy_clusters,
    linked_pairs,
    normalise_rows,
)
from newsbrief.summarizers.multidoc.features import find_duplicates
from newsbrief.summarizers.multidoc.options import DEFAULT_DUPLICATE_THRESHOLD

#: Address-space cap of the child build (as in tests/test_fault_injection.py).
MEMORY = 2 * 1024**3

_SENTENCES = [
    "The minister resigned on Monday after the vote.",
    "The minister resigned on Monday after a vote.",
    "Rain is expected across the north tomorrow.",
    "Yes.",
    "Shares in the bank fell sharply in early trading.",
]


def test_threshold_is_the_summarizers_default() -> None:
    # The option module keeps its own copy so option checks need not load NumPy.
    assert DEFAULT_THRESHOLD == DEFAULT_DUPLICATE_THRESHOLD


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8), max_size=4))
def test_chained_copies_cluster_as_all_pairs_do(articles: list[list[str]]) -> None:
    """Chaining exact copies (the memory bound) gives the clusters of linking every pair."""
    documents = [
        newsbrief.pipeline.segmented(newsbrief.Document.from_text(" ".join(sentences), id=f"d{i}"))
        for i, sentences in enumerate(articles)
    ]
    candidates = collect(documents)
    rows = normalise_rows(candidates.terms)
    every = (rows @ rows.T).toarray() >= DEFAULT_THRESHOLD - 1e-9
    n = len(candidates)
    _, label = connected_components(np.triu(every, 1), directed=False)
    expected = [int(np.flatnonzero(label == label[i])[0]) for i in range(n)]
    assert clusters(linked_pairs(candidates)).tolist() == expected


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def test_twenty_thousand_copies_build_within_two_gib(tmp_path: Path) -> None:
    """One sentence 20,000 times in one article: the summary and the coverage notes (which
    count repeats with the same pairs) stay within a 2 GiB address space."""
    article = tmp_path / "copies.txt"
    article.write_text("Yes. " * 20_000, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", str(article), "-f", "json"],
        capture_output=True,
        preexec_fn=_cap_memory,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    messages = [note["message"] for note in json.loads(run.stdout)["notes"]]
    # The count, whatever the note's wording (pipeline/compose.py words it).
    assert any("19999 sentence" in message and "repeat" in message for message in messages), (
        messages
    )


# --- Clusters without holding the pairs (issue 18: memory linear in the sentences) ----------

_STORY = "The minister said the talks in Geneva would resume on Monday after the long break"
_EDITS = ["new", "old", "Paris", "Tuesday", "officials", "again", "quietly", "late"]


def _edited_documents(articles: list[list[tuple[int, int]]]) -> list[newsbrief.Document]:
    """Documents of light edits of one sentence (each a copy or not, by the threshold)."""
    words = _STORY.split()
    documents = []
    for number, sentences in enumerate(articles):
        text = []
        for at, edit in sentences:
            edited = list(words)
            edited[at % len(edited)] = _EDITS[edit % len(_EDITS)]
            edited[(at * 7 + edit) % len(edited)] = _EDITS[(edit + 3) % len(_EDITS)]
            text.append(" ".join(edited) + ".")
        document = newsbrief.Document.from_text(" ".join(text), id=f"d{number}")
        documents.append(newsbrief.pipeline.segmented(document))
    return documents


_ARTICLES = st.lists(
    st.lists(st.tuples(st.integers(0, 15), st.integers(0, 40)), min_size=1, max_size=8),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(_ARTICLES, st.sampled_from([0.5, DEFAULT_THRESHOLD, 0.9]))
def test_copy_clusters_are_the_clusters_of_every_pair(articles: list, threshold: float) -> None:
    """The forest's clusters are those of linking every pair, at any threshold."""
    candidates = collect(_edited_documents(articles))
    assert copy_clusters(candidates, threshold).tolist() == (
        clusters(linked_pairs(candidates, threshold)).tolist()
    )


@settings(max_examples=40, deadline=None)
@given(_ARTICLES)
def test_copy_clusters_with_tiny_blocks_and_forest(articles: list) -> None:
    """Blocks of one row and a forest compacted after every batch: the same clusters."""
    candidates = collect(_edited_documents(articles))
    expected = clusters(linked_pairs(candidates)).tolist()
    forest = near_duplicates._Forest
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(near_duplicates, "CLUSTER_BUDGET", 1)
        patch.setattr(near_duplicates, "_Forest", lambda n: forest(n, hold=1))
        assert copy_clusters(candidates).tolist() == expected


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 40).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))), max_size=6),
            st.integers(1, 8),
        )
    )
)
def test_forest_components_match_connected_components(case: tuple) -> None:
    n, batches, hold = case
    forest = near_duplicates._Forest(n, hold=hold)
    for batch in batches:
        forest.link(
            np.array([a for a, _ in batch], dtype=np.int64), np.array([b for _, b in batch])
        )
    edges = [edge for batch in batches for edge in batch]
    graph = sp.coo_matrix(
        (np.ones(len(edges)), ([a for a, _ in edges], [b for _, b in edges])), shape=(n, n)
    )
    _, label = connected_components(graph, directed=False)
    expected = [int(np.flatnonzero(label == label[i])[0]) for i in range(n)]
    assert forest.earliest().tolist() == expected
    assert forest.most_held <= max(n, hold) + max((len(batch) for batch in batches), default=0)


def _near_identical(count: int) -> Candidates:
    """``count`` one-sentence documents, each the same 12 terms but one of its own: every two
    are copies (cosine 11/12), ``count * (count - 1) / 2`` pairs, no two exactly equal."""
    common = " ".join(f"term{k}" for k in range(11))
    documents = [
        newsbrief.pipeline.segmented(
            newsbrief.Document.from_text(f"{common} own{i:05d}.", id=f"d{i}")
        )
        for i in range(count)
    ]
    return collect(documents, concepts=False)


def test_links_held_stay_linear_on_near_identical_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thousands of near-identical sentences (millions of pairs): the forest never holds more
    than the sentences plus one block's pairs, and the memory traced stays a small multiple of
    the sentences, far below what the pairs take."""
    made: list[near_duplicates._Forest] = []
    forest = near_duplicates._Forest

    def recorded(n: int) -> near_duplicates._Forest:
        made.append(forest(n))
        return made[-1]

    monkeypatch.setattr(near_duplicates, "_Forest", recorded)
    sizes, held, traced = [1000, 4000], [], []
    for count in sizes:
        candidates = _near_identical(count)
        tracemalloc.start()
        cluster = copy_clusters(candidates)
        traced.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert cluster.tolist() == [0] * count  # one story, one cluster
        held.append(made[-1].most_held)
    pairs = sizes[-1] * (sizes[-1] - 1) // 2  # 8 million: 16 bytes each as two index arrays
    # One block is at most CLUSTER_BUDGET product entries (hence kept pairs).
    assert held[-1] <= max(sizes[-1], 1 << 16) + near_duplicates.CLUSTER_BUDGET
    assert traced[-1] < pairs * 16 / 4
    # Four times the sentences (sixteen times the pairs): the peak grows by far less than 16.
    assert traced[-1] < 6 * traced[0]


def test_find_duplicates_keeps_the_clusters_best_member_and_support() -> None:
    """Representatives and support read from one sort: those of the cluster-by-cluster loop."""
    candidates = collect(_edited_documents([[(k, k * 5) for k in range(8)] for _ in range(5)]))
    n = len(candidates)
    for quality in (np.ones(n), np.random.default_rng(1).choice([0.2, 0.5, 1.0], n)):
        found = find_duplicates(candidates, quality)
        cluster = clusters(linked_pairs(candidates))
        sizes = np.bincount(cluster, minlength=n)
        representative = sizes[cluster] == 1
        support = np.ones(n, dtype=np.int64)
        for root in np.flatnonzero(sizes > 1):
            members = np.flatnonzero(cluster == root)
            representative[members[np.argmax(quality[members])]] = True
            support[members] = len(np.unique(candidates.source[members]))
        assert found.cluster.tolist() == cluster.tolist()
        assert found.representative.tolist() == representative.tolist()
        assert found.support.tolist() == support.tolist()


@given(st.lists(st.frozensets(st.sampled_from(["a", "b", "c", "zz", "é", "A", "10"])), max_size=8))
def test_term_matrix_from_sorted_rows_is_the_set_rows_matrix(rows: list[frozenset[str]]) -> None:
    flat = [key for row in rows for key in sorted(row)]
    built = near_duplicates._sorted_rows_matrix(flat, [len(row) for row in rows])
    reference = near_duplicates._binary_matrix(rows)
    assert built.shape == reference.shape
    assert built.indptr.tolist() == reference.indptr.tolist()
    assert built.indices.tolist() == reference.indices.tolist()
    assert built.data.tolist() == reference.data.tolist()


@given(st.lists(st.integers(min_value=-(2**40), max_value=2**40), max_size=300))
def test_sorted_unique_is_numpys_unique(values: list[int]) -> None:
    # The repeat checks and summaries take distinct values by a sort (NumPy 2.4's unique
    # hashes first, far slower): the same values, order and type as np.unique.
    array = np.asarray(values, dtype=np.int64)
    got, expected = near_duplicates.sorted_unique(array), np.unique(array)
    assert got.dtype == expected.dtype and got.tolist() == expected.tolist()
