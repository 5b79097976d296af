"""The summarizer's per-story shortcuts equal the SciPy operations they replace, bit for bit.

A ``--per-story`` run summarises thousands of one-to-three-article stories, where each sparse
construction costs more than its arithmetic; these paths do the same arithmetic without them:
column and row scaling written out (:func:`~newsbrief.summarizers.multidoc.features.
scale_columns`, :func:`~newsbrief.summarizers.multidoc.features.unit_rows`), concept counts read
from the stored entries, and no support search where there is no other source to cite. Floats
are compared by their bytes, and the stored order of the entries too (later products sum in it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_multidoc_small_paths import sparse_rows, story_documents, summarize

from newsbrief.model import Story
from newsbrief.nlp.near_duplicates import normalise_rows
from newsbrief.summarizers.base import Budget
from newsbrief.summarizers.multidoc import features, objective, selection
from newsbrief.summarizers.multidoc.features import scale_columns, source_frequency, unit_rows


def assert_same_matrix(fast: sp.csr_matrix, general: sp.csr_matrix) -> None:
    assert fast.shape == general.shape
    assert fast.dtype == general.dtype
    assert fast.indptr.tolist() == general.indptr.tolist()
    assert fast.indices.tolist() == general.indices.tolist()  # the stored order too
    assert fast.data.tobytes() == general.data.tobytes()


def with_repeats(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """``matrix`` with its last row's last column stored a second time (not canonical)."""
    if matrix.nnz == 0:
        return matrix
    data = np.r_[matrix.data, 0.5]
    indices = np.r_[matrix.indices, matrix.indices[-1]]
    indptr = np.r_[matrix.indptr[:-1], matrix.indptr[-1] + 1]
    return sp.csr_matrix((data, indices, indptr), shape=matrix.shape)


factors = st.lists(
    st.one_of(st.just(0.0), st.floats(-1e3, 1e3, allow_nan=False), st.floats(1e-300, 1e-250)),
    min_size=9,
    max_size=9,
)


@given(sparse_rows(), factors, st.booleans())
@settings(max_examples=200, deadline=None)
def test_scaled_columns_equal_the_diagonal_product(
    pair: tuple[sp.csr_matrix, sp.csr_matrix], values: list[float], repeat: bool
) -> None:
    matrix = with_repeats(pair[0]) if repeat else pair[0]
    scale = np.asarray(values[: matrix.shape[1]])
    expected = sp.csr_matrix(matrix @ sp.diags(scale))
    assert_same_matrix(scale_columns(matrix.copy(), scale), expected)


@given(sparse_rows(), factors, st.booleans())
@settings(max_examples=200, deadline=None)
def test_unit_rows_equal_normalise_rows(
    pair: tuple[sp.csr_matrix, sp.csr_matrix], values: list[float], repeat: bool
) -> None:
    matrix = with_repeats(pair[0]) if repeat else pair[0]
    assert_same_matrix(unit_rows(matrix.copy()), normalise_rows(matrix))
    # As the summarizer calls it: on columns already scaled (rows in reverse order).
    scaled = scale_columns(matrix, np.abs(np.asarray(values[: matrix.shape[1]])) + 1)
    assert_same_matrix(unit_rows(scaled.copy()), normalise_rows(scaled))


@given(sparse_rows(positive=True), st.data())
@settings(max_examples=150, deadline=None)
def test_concept_counts_equal_the_counts_of_the_rows_cut_out(
    pair: tuple[sp.csr_matrix, sp.csr_matrix], data: st.DataObject
) -> None:
    matrix = pair[0]
    if data.draw(st.booleans()):
        matrix = matrix.copy()
        matrix.data[:] = 1.0  # binary, as concepts are
    n = matrix.shape[0]
    rows = np.asarray(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    source = np.asarray(sorted(data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))))
    source = np.unique(source, return_inverse=True)[1]
    summed = objective._column_sums(matrix, rows)
    assert summed.tobytes() == np.asarray(matrix[rows].sum(axis=0)).ravel().tobytes()
    lead = objective._lead_frequency(matrix, source, rows)
    assert lead.tobytes() == source_frequency(matrix[rows], source[rows]).tobytes()


@contextmanager
def scipy_paths(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The summarizer with every shortcut of this file replaced by the SciPy operation."""
    with monkeypatch.context() as patch:

        def product(matrix: sp.csr_matrix, scale: np.ndarray) -> sp.csr_matrix:
            return sp.csr_matrix(matrix @ sp.diags(scale))

        patch.setattr(features, "scale_columns", product)
        patch.setattr(selection, "scale_columns", product)
        patch.setattr(features, "unit_rows", normalise_rows)
        patch.setattr(
            objective,
            "_column_sums",
            lambda concepts, rows: np.asarray(concepts[rows].sum(axis=0)).ravel(),
        )
        patch.setattr(
            objective,
            "_lead_frequency",
            lambda concepts, source, lead: source_frequency(concepts[lead], source[lead]),
        )
        real_init = selection.SupportFinder.__init__

        def eager(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            real_init(self, *args, **kwargs)
            self.several_sources = True  # searched even with one source
            self._prepare()

        patch.setattr(selection.SupportFinder, "__init__", eager)
        yield


@given(story_documents(), st.integers(1, 6), st.booleans())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_story_summary_is_the_same_on_the_scipy_paths(
    documents, sentences: int, storied: bool
) -> None:
    stories: tuple[Story, ...] = ()
    if storied:
        stories = (Story(id="s1", documents=tuple(document.id for document in documents)),)
    budget = Budget(sentences=sentences)
    fast = summarize(documents, budget, stories)
    with pytest.MonkeyPatch.context() as monkeypatch, scipy_paths(monkeypatch):
        general = summarize(documents, budget, stories)
    assert repr(fast) == repr(general)
