"""Story grouping scores only the candidate pairs that may reach the threshold.

:func:`~newsbrief.stories.grouping.linked_mask` bounds each pair first (the exact sum over the
rarer columns plus a Cauchy-Schwarz bound over the common ones) and scores only the pairs whose
bound reaches the threshold: the same pairs are linked as when every pair is scored, and on a
news-like feed most pairs are never scored.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from helpers.matrices import random_rows
from newsbrief.stories import grouping
from newsbrief.stories.grouping import group_stories


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 80),
    st.integers(1, 50),
    st.sampled_from([0.5, 0.0, 1.0, 0.3]),
    st.floats(0.0, 0.9),
    st.integers(0, 2**32 - 1),
)
def test_bounded_links_equal_scoring_every_pair(
    n: int, columns: int, weight: float, threshold: float, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    terms, entities = random_rows(rng, n, columns, 0.3), random_rows(rng, n, columns, 0.1)
    pairs = grouping._candidate_pairs(terms, entities)
    grouper = grouping.StoryGrouper(threshold=threshold, entity_weight=weight)
    every = grouper._pair_scores(terms, entities, pairs) >= threshold
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grouping, "_BOUND_MIN_PAIRS", 0)  # the bound on every input
        bounded = grouper._linked(terms, entities, pairs)
    assert np.array_equal(bounded, every)


def test_most_candidate_pairs_are_never_scored(synthetic_feed, tmp_path: Path, monkeypatch) -> None:
    """On a news-like feed the bound sets most pairs aside; the stories are the same."""
    feed = synthetic_feed(tmp_path / "feed.jsonl", 400, 3)
    documents = newsbrief.load(str(feed)).documents
    plain = group_stories(documents)
    scored: list[int] = []
    real = grouping.score_pairs

    def counting(both, weights, pairs, scorer=None):
        scored.append(len(pairs))
        return real(both, weights, pairs, scorer)

    candidates: list[int] = []
    real_blocks = grouping._index_blocks

    def counting_blocks(index, rows):
        # The candidate pairs, a block of rows at a time (grouping never holds them all).
        for block in real_blocks(index, rows):
            candidates.append(len(block))
            yield block

    monkeypatch.setattr(grouping, "_BOUND_MIN_PAIRS", 0)
    monkeypatch.setattr(grouping, "score_pairs", counting)
    monkeypatch.setattr(grouping, "_index_blocks", counting_blocks)
    bounded = group_stories(documents)
    assert bounded == plain
    assert sum(candidates) > 1000
    assert sum(scored) < sum(candidates) / 4
