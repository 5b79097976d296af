"""Candidate pairs computed in row blocks equal the whole product; scores in chunks likewise."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.stories import grouping


def _reference_pairs(terms: sp.csr_matrix, entities: sp.csr_matrix) -> np.ndarray:
    # The unblocked computation: every pair sharing an indexed feature.
    n = terms.shape[0]
    max_df = min(grouping.MAX_INDEXED_DF, max(10, int(2 * np.sqrt(n))))
    index = sp.hstack([terms > 0, entities > 0], format="csc").astype(np.int32)
    df = np.asarray(index.sum(axis=0)).ravel()
    index = sp.csr_matrix(index[:, np.flatnonzero((df >= 2) & (df <= max_df))])
    shared = sp.triu(index @ index.T, k=1).tocoo()
    pairs = np.column_stack([shared.row, shared.col]).astype(np.int64)
    return pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 120), st.integers(1, 40), st.integers(1, 17), st.integers(0, 2**32 - 1))
def test_blocked_pairs_equal_the_whole_product(
    n: int, features: int, block: int, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    terms = sp.random(n, features, density=0.1, format="csr", random_state=rng)
    entities = sp.random(n, features, density=0.05, format="csr", random_state=rng)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grouping, "_PAIR_BLOCK", block)
        pairs = grouping._candidate_pairs(terms, entities)
    assert np.array_equal(pairs, _reference_pairs(terms, entities))


def test_chunked_scores_equal_scoring_all_pairs_at_once(monkeypatch) -> None:
    rng = np.random.default_rng(3)
    terms = grouping._normalise_rows(sp.random(40, 30, density=0.2, format="csr", random_state=rng))
    entities = grouping._normalise_rows(
        sp.random(40, 20, density=0.2, format="csr", random_state=rng)
    )
    pairs = np.array([(i, j) for i in range(40) for j in range(i + 1, 40)], dtype=np.int64)
    whole = grouping.StoryGrouper()._pair_scores(terms, entities, pairs)
    monkeypatch.setattr(grouping, "_SCORE_CHUNK", 7)
    chunked = grouping.StoryGrouper()._pair_scores(terms, entities, pairs)
    assert np.allclose(whole, chunked) and len(whole) == len(pairs)
