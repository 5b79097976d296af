"""Story grouping's memory-light steps give what the steps they replace gave, bit for bit.

* The candidate pairs are linked one block of rows at a time
  (:func:`~newsbrief.stories.grouping.linked_pairs`): the linked pairs are those of listing
  every candidate pair first and scoring every one of them (``score_pairs``).
* The term and entity matrices are made as CSR directly, with 32-bit column numbers
  (``_joined_rows``): the same arrays as the coordinate (COO) triplets converted to CSR.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.matrices import random_rows
from newsbrief.stories import grouping
from newsbrief.stories.features import DocumentFeatures


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 90),
    st.integers(1, 50),
    st.sampled_from([0.5, 0.0, 1.0, 0.3]),
    st.floats(0.0, 0.9),
    st.sampled_from([1, 3, 16, 2048]),
    st.sampled_from([0, 5, 20_000]),
    st.sampled_from([7, 64, 1 << 22]),
    st.integers(0, 2**32 - 1),
)
def test_linking_block_by_block_equals_linking_every_pair_at_once(
    n: int,
    columns: int,
    weight: float,
    threshold: float,
    block: int,
    bound_min: int,
    cells: int,
    seed: int,
) -> None:
    rng = np.random.default_rng(seed)
    terms, entities = random_rows(rng, n, columns, 0.3), random_rows(rng, n, columns, 0.1)
    grouper = grouping.StoryGrouper(threshold=threshold, entity_weight=weight)
    both, weights = grouper._side_by_side(terms, entities)
    with pytest.MonkeyPatch.context() as patch:
        # Small blocks of rows and of scoring, the bound taken or not whatever the pairs.
        patch.setattr(grouping, "_PAIR_BLOCK", block)
        patch.setattr(grouping, "_BOUND_MIN_PAIRS", bound_min)
        patch.setattr(grouping, "_PRODUCT_CELLS", cells)
        pairs = grouping._candidate_pairs(terms, entities)
        # Every pair scored, none skipped by a bound: the definition, not the code under test.
        expected = pairs[grouping.score_pairs(both, weights, pairs) >= threshold]
        index = grouping._candidate_index(terms, entities)
        got = grouping.linked_pairs(both, weights, index, threshold)
    assert got.dtype == np.int64 and got.shape[1:] == (2,)
    assert np.array_equal(got, expected)


def _coo_matrices(features: list[DocumentFeatures]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The term and entity matrices as made before (COO triplets with 64-bit indices,
    converted), for comparison."""
    n = len(features)
    term_keys = sorted(set().union(*(f.terms for f in features)))
    term_vocab = {t: i for i, t in enumerate(term_keys)}
    entity_keys = sorted(set().union(*(f.entities for f in features)))
    entity_vocab = {k: i for i, k in enumerate(entity_keys)}

    def coordinates(rows_of_keys, vocabulary):
        sizes = np.fromiter(map(len, rows_of_keys), dtype=np.int64, count=len(rows_of_keys))
        rows = np.repeat(np.arange(len(rows_of_keys)), sizes)
        cols = np.fromiter(
            map(vocabulary.__getitem__, chain.from_iterable(rows_of_keys)),
            dtype=np.int64,
            count=int(sizes.sum()),
        )
        return rows, cols

    rows, cols = coordinates([f.terms for f in features], term_vocab)
    counts = np.fromiter(
        chain.from_iterable(f.terms.values() for f in features), dtype=np.int64, count=len(cols)
    )
    distinct, where = np.unique(counts, return_inverse=True)
    values = np.array([1 + math.log(c) if c > 0 else 0.0 for c in distinct.tolist()])[where]
    terms = sp.csr_matrix((values, (rows, cols)), shape=(n, len(term_vocab)), dtype=np.float64)
    df = np.asarray((terms > 0).sum(axis=0)).ravel()
    terms = grouping._scale_columns(terms, grouping._idf(df, n))
    rows, cols = coordinates([f.entities for f in features], entity_vocab)
    entities = sp.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(n, len(entity_keys)), dtype=np.float64
    )
    df = np.asarray((entities > 0).sum(axis=0)).ravel()
    entities = grouping._scale_columns(entities, grouping._idf(df, n))
    return grouping._normalise_rows(terms), grouping._normalise_rows(entities)


_WORDS = st.text(alphabet="abcdeé", min_size=1, max_size=3)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.dictionaries(_WORDS, st.integers(1, 10**6), max_size=12),
            st.dictionaries(_WORDS.map("name:".__add__), _WORDS, max_size=6),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_csr_made_directly_equals_the_coo_conversion(rows: list[tuple[dict, dict]]) -> None:
    features = [
        DocumentFeatures(doc_id=f"d{i}", terms=Counter(terms), entities=entities)
        for i, (terms, entities) in enumerate(rows)
    ]
    terms, entities, _, _, _ = grouping._matrices(features)
    for got, expected in zip((terms, entities), _coo_matrices(features), strict=True):
        assert got.shape == expected.shape
        for name in ("data", "indices", "indptr"):
            mine, theirs = getattr(got, name), getattr(expected, name)
            assert mine.dtype == theirs.dtype, name
            assert np.array_equal(mine, theirs), name
        assert got.has_sorted_indices


def test_index_pairs_of_a_single_row_or_none_are_empty() -> None:
    for n in (0, 1):
        pairs = grouping.index_pairs(sp.csr_matrix((n, 3), dtype=np.int32))
        assert pairs.shape == (0, 2) and pairs.dtype == np.int64
