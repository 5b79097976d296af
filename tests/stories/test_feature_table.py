"""The feature table and the rows made in place give what the features and the plain steps give.

* :class:`~newsbrief.stories.table.FeatureTable` keeps each document's terms and counts and
  its entities (key -> surface) as numbers over shared vocabularies: read back, they are the
  features added, in their order, whatever the counts (8-byte ones too);
* ``_joined_rows`` makes the term and entity rows side by side in one matrix, in place: the
  arrays of the two matrices scaled, normalised and stacked by SciPy, bit for bit, however its
  steps are cut into blocks;
* ``_index_of`` and the pairs of a block (``_block_pairs``) are those of the incidence made by
  comparisons and format conversions and of the product's pairs sorted by ``lexsort``.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.stories import grouping
from newsbrief.stories.features import DocumentFeatures
from newsbrief.stories.table import FeatureTable

_WORDS = st.text(alphabet="abcdeé", min_size=1, max_size=3)
_COUNTS = st.one_of(st.integers(1, 50), st.integers(-3, 0), st.integers(2**32 - 2, 2**40))
_FEATURES = st.lists(
    st.tuples(
        st.dictionaries(_WORDS, _COUNTS, max_size=12),
        st.dictionaries(_WORDS.map("name:".__add__), _WORDS, max_size=6),
    ),
    max_size=30,
)


def _features(rows: list[tuple[dict[str, int], dict[str, str]]]) -> list[DocumentFeatures]:
    return [
        DocumentFeatures(doc_id=f"d{i}", terms=Counter(terms), entities=entities)
        for i, (terms, entities) in enumerate(rows)
    ]


@settings(max_examples=80, deadline=None)
@given(_FEATURES)
def test_the_table_gives_back_each_documents_features(rows) -> None:
    features = _features(rows)
    table = FeatureTable.of(features)
    assert len(table) == len(features)
    assert table.doc_ids == [f.doc_id for f in features]
    for i, feature in enumerate(features):
        entities = table.entities_of(i)
        assert entities == feature.entities
        assert list(entities) == list(feature.entities)  # in the document's order
    keys = table.term_keys()
    numbers, counts, ends = table.take_terms()
    first = 0
    for feature, end in zip(features, ends, strict=True):
        terms = [
            (keys[number], count)
            for number, count in zip(numbers[first:end], counts[first:end], strict=True)
        ]
        assert terms == list(feature.terms.items())
        first = end
    assert not table.take_terms()[0]  # handed over once


def _plain_matrices(features, frequencies=None, total=None):
    """The term and entity rows as made before the table: each matrix on its own, scaled
    and normalised by SciPy products, then stacked."""
    n = len(features)
    total = n if total is None else total
    keys = [
        sorted(set().union(*(f.terms for f in features))),
        sorted(set().union(*(f.entities for f in features))),
    ]
    matrices = []
    for kind, rows in ((0, [f.terms for f in features]), (1, [f.entities for f in features])):
        vocabulary = {key: i for i, key in enumerate(keys[kind])}
        data, indices, indptr = [], [], [0]
        for row in rows:
            for key, value in row.items():
                indices.append(vocabulary[key])
                data.append((1 + math.log(value) if value > 0 else 0.0) if kind == 0 else 1.0)
            indptr.append(len(indices))
        matrix = sp.csr_matrix(
            (
                np.array(data, dtype=np.float64),
                np.array(indices, dtype=np.int32),
                np.array(indptr, dtype=np.int32),
            ),
            shape=(n, len(keys[kind])),
        )
        matrix.sort_indices()
        if frequencies is None:
            df = np.asarray((matrix > 0).sum(axis=0)).ravel()
        else:
            df = np.array([frequencies[kind, key] for key in keys[kind]], dtype=np.int64)
        idf = grouping._idf(df, total)
        matrices.append((grouping._normalise_rows(grouping._scale_columns(matrix, idf)), idf))
    (terms, _), (entities, entity_idf) = matrices
    return sp.hstack([terms, entities], format="csr"), keys, entity_idf


@settings(max_examples=80, deadline=None)
@given(
    _FEATURES.filter(bool),
    st.sampled_from([1, 2, 7, 4096]),
    st.sampled_from([1, 5, 1 << 18]),
    st.booleans(),
)
def test_rows_made_in_place_equal_the_plain_steps_bit_for_bit(
    rows, block, chunk, collection
) -> None:
    features = _features(rows)
    frequencies = total = None
    if collection:  # the frequencies of a larger collection (the shuffle's rows, blocking.rows)
        frequencies = Counter()
        for feature in features:
            frequencies.update((0, key) for key in feature.terms)
            frequencies.update((1, key) for key in feature.entities)
        frequencies = {key: count + 3 for key, count in frequencies.items()}
        total = len(features) + 5
    expected, (term_keys, entity_keys), entity_idf = _plain_matrices(features, frequencies, total)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grouping, "_NORMALISE_ROWS", block)
        patch.setattr(grouping, "_SCALE_ENTRIES", chunk)
        joined = grouping._joined_rows(features, frequencies, total)
    assert joined.term_keys == term_keys and joined.entity_keys == entity_keys
    assert joined.terms == len(term_keys)
    assert np.array_equal(joined.entity_idf, entity_idf)
    got = joined.both
    assert got.shape == expected.shape
    for name in ("data", "indices", "indptr"):
        mine, theirs = getattr(got, name), getattr(expected, name)
        assert mine.dtype == theirs.dtype, name
        assert np.array_equal(mine, theirs), name
    assert got.has_sorted_indices


def _plain_index(both: sp.csr_matrix) -> sp.csr_matrix:
    """The candidate index as made before: a comparison, CSC, a column selection, CSR."""
    n = both.shape[0]
    max_df = min(grouping.MAX_INDEXED_DF, max(10, int(2 * math.sqrt(n))))
    index = sp.csc_matrix(both > 0).astype(np.int32)
    df = np.asarray(index.sum(axis=0)).ravel()
    return sp.csr_matrix(index[:, np.flatnonzero((df >= 2) & (df <= max_df))])


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 80), st.integers(1, 40), st.floats(0.01, 0.6), st.integers(0, 2**32 - 1))
def test_the_index_and_its_pairs_equal_the_plain_steps(n, columns, density, seed) -> None:
    rng = np.random.default_rng(seed)
    both = sp.random(n, columns, density=density, format="csr", random_state=rng)
    both.data[rng.random(len(both.data)) < 0.1] *= -1  # a caller's rows may hold any value
    got, expected = grouping._index_of(both), _plain_index(both)
    assert got.shape == expected.shape
    for name in ("data", "indices", "indptr"):
        assert getattr(got, name).dtype == getattr(expected, name).dtype, name
        assert np.array_equal(getattr(got, name), getattr(expected, name)), name
    # The pairs of each block: the product's upper triangle, sorted by lexsort.
    transposed = sp.csr_matrix(got.T)
    for rows in (1, 3, 2048):
        for start in range(0, n, rows):
            shared = (got[start : start + rows] @ transposed).tocoo()
            first = shared.row.astype(np.int64) + start
            keep = first < shared.col
            pairs = np.column_stack([first[keep], shared.col[keep].astype(np.int64)])
            pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
            assert np.array_equal(grouping._block_pairs(got, transposed, start, rows), pairs)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 60), st.integers(1, 30), st.integers(0, 2**32 - 1), st.sampled_from([1, 4, 4096])
)
def test_the_bound_norms_a_block_at_a_time_equal_those_of_all_rows(n, columns, seed, block) -> None:
    rng = np.random.default_rng(seed)
    both = grouping._normalise_rows(
        sp.random(n, columns, density=0.4, format="csr", random_state=rng)
    )
    weights = rng.choice([0.25, 0.5, 0.75], size=columns)
    df = np.bincount(both.indices, minlength=columns)
    common = np.flatnonzero(df > n // grouping._COMMON_SHARE)
    shared = both[:, common]
    expected = np.sqrt(np.asarray(shared.multiply(shared) @ weights[common]).ravel())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grouping, "_NORMALISE_ROWS", block)
        _, _, norms = grouping._Linker(both, weights, 0.2)._bound_parts()
    assert np.array_equal(norms, expected)
