"""The exact part of story grouping's pair bound, summed two ways that must agree.

:func:`~newsbrief.stories.grouping.linked_mask` bounds each candidate pair by its sum over the
columns that are not common plus a Cauchy-Schwarz bound over the common ones. That sum is made
by a product of row blocks over the rarest columns and by gathering the pair's rows over the
others; it must be, up to rounding, the sum of gathering the rows over every column that is
not common, whatever the pairs' rows and the blocks they fall in.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.stories import grouping


def _gathered(both: sp.csr_matrix, weights: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """The sum over the columns that are not common, each pair's two rows gathered whole."""
    n = both.shape[0]
    df = np.bincount(both.indices, minlength=both.shape[1])
    rare = np.flatnonzero(df <= n // grouping._COMMON_SHARE)
    rows = both[:, rare]
    left, right = pairs.T
    return np.asarray(rows[left].multiply(rows[right]) @ weights[rare]).ravel()


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 120),
    st.integers(1, 60),
    st.floats(0.02, 0.6),
    st.integers(1, 40),
    st.integers(0, 2**32 - 1),
)
def test_block_products_and_gathering_sum_what_gathering_alone_sums(
    n: int, columns: int, density: float, block: int, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    both = grouping._normalise_rows(
        sp.random(n, columns, density=density, format="csr", random_state=rng)
    )
    weights = rng.choice([0.25, 0.5, 0.75], size=columns)
    first, second = np.triu_indices(n, k=1)
    chosen = np.sort(rng.choice(len(first), size=min(len(first), 300), replace=False))
    pairs = np.column_stack([first[chosen], second[chosen]]).astype(np.int64)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grouping, "_PAIR_BLOCK", block)  # pairs across several row blocks
        patch.setattr(grouping, "MAX_INDEXED_DF", 3)  # columns on both sides of the split
        sums = grouping._Linker(both, weights, 0.2)._rare_sums(pairs)
    assert np.allclose(sums, _gathered(both, weights, pairs), rtol=0, atol=1e-12)
    # In any order of the pairs, each pair's own sum.
    shuffled = rng.permutation(len(pairs))
    again = grouping._Linker(both, weights, 0.2)._rare_sums(pairs[shuffled])
    assert np.allclose(again, sums[shuffled], rtol=0, atol=1e-12)


def test_no_pairs_sum_to_nothing() -> None:
    both = grouping._normalise_rows(sp.csr_matrix(np.eye(4)))
    pairs = np.zeros((0, 2), dtype=np.int64)
    assert len(grouping._Linker(both, np.full(4, 0.5), 0.2)._rare_sums(pairs)) == 0
