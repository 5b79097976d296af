"""Near-duplicate sentences (``newsbrief.nlp.near_duplicates``), shared by the default summarizer
and the coverage notes: the same clusters as linking every pair, and linear cost on copies."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse.csgraph import connected_components

import newsbrief
from newsbrief.nlp.near_duplicates import (
    DEFAULT_THRESHOLD,
    clusters,
    collect,
    linked_pairs,
    normalise_rows,
)
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
