"""The summarizer's paths for small inputs (one story of a few articles) equal the general ones.

Byte for byte: a per-story build must not change when a story is summarised alone, so the
products made once (:class:`~newsbrief.summarizers.multidoc.selection.Products`) and the distinct
source counts read from the stored entries are compared with the per-column products and the
membership-matrix counts they replace, floats included (``tobytes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import scipy.sparse as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_multidoc import make_document

from newsbrief.model import Document, Story, SummaryItem
from newsbrief.summarizers.base import Budget, SummaryRequest
from newsbrief.summarizers.multidoc import MultiDocSummarizer, selection
from newsbrief.summarizers.multidoc.features import source_frequency
from newsbrief.summarizers.multidoc.objective import Objective
from newsbrief.summarizers.multidoc.selection import Products


@st.composite
def sparse_rows(draw: st.DrawFn, positive: bool = False) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Two matrices of the same columns, with random entries (canonical or not)."""
    n_rows = draw(st.integers(1, 12))
    n_cols = draw(st.integers(1, 9))
    low = 1e-3 if positive else -3.0
    values = st.floats(low, 3.0, allow_nan=False, allow_infinity=False)

    def matrix(rows: int) -> sp.csr_matrix:
        cells = draw(
            st.lists(
                st.tuples(st.integers(0, rows - 1), st.integers(0, n_cols - 1), values),
                max_size=rows * n_cols,
            )
        )
        if not cells:
            return sp.csr_matrix((rows, n_cols))
        r, c, v = zip(*cells, strict=True)
        entries = (np.asarray(v), (np.asarray(r), np.asarray(c)))
        built = sp.coo_matrix(entries, shape=(rows, n_cols)).tocsr()
        if draw(st.booleans()):  # a row's entries in another stored order
            built.indices = built.indices.copy()
            for k in range(rows):
                a, b = built.indptr[k], built.indptr[k + 1]
                built.indices[a:b] = built.indices[a:b][::-1]
                built.data[a:b] = built.data[a:b][::-1]
            built.has_sorted_indices = False
        return built

    return matrix(n_rows), matrix(n_rows)


@contextmanager
def general_path() -> Iterator[None]:
    """Every :class:`Products` made one column at a time while the block runs."""
    limit = selection.ALL_AT_ONCE
    selection.ALL_AT_ONCE = -1
    try:
        yield
    finally:
        selection.ALL_AT_ONCE = limit


@given(sparse_rows())
@settings(max_examples=150, deadline=None)
def test_products_made_at_once_equal_one_column_at_a_time(
    pair: tuple[sp.csr_matrix, sp.csr_matrix],
) -> None:
    left, right = pair
    whole = Products(left, right)
    assert whole.table is not None
    with general_path():
        single = Products(left, right)
    assert single.table is None
    for i in range(right.shape[0]):
        fast, general = whole.column(i), single.column(i)
        assert fast.tobytes() == general.tobytes()
        fast[:] = 7.0  # a fresh array: writing it leaves the table alone
        assert whole.column(i).tobytes() == general.tobytes()


def membership_counts(matrix: sp.csr_matrix, source: np.ndarray) -> np.ndarray:
    """Distinct sources per column by a source x sentence matrix (the general path)."""
    n_sources = int(source.max()) + 1
    membership = sp.csr_matrix(
        (np.ones(len(source)), (source, np.arange(len(source)))), shape=(n_sources, len(source))
    )
    return np.asarray(((membership @ matrix) > 0).sum(axis=0)).ravel().astype(float)


@given(sparse_rows(positive=True), st.data())
@settings(max_examples=150, deadline=None)
def test_source_counts_equal_the_membership_product(
    pair: tuple[sp.csr_matrix, sp.csr_matrix], data: st.DataObject
) -> None:
    matrix = pair[0]
    n = matrix.shape[0]
    source = np.asarray(sorted(data.draw(st.lists(st.integers(0, 4), min_size=n, max_size=n))))
    source = np.unique(source, return_inverse=True)[1]  # sources numbered 0..k-1, as collected
    expected = membership_counts(matrix, source)
    assert source_frequency(matrix, source).tobytes() == expected.tobytes()
    by_columns = matrix.tocsc()  # another format is read as CSR
    assert source_frequency(by_columns, source).tobytes() == expected.tobytes()  # type: ignore[arg-type]


def test_source_counts_with_stored_zeros_take_the_general_path() -> None:
    # Row 0 stores a zero in column 0: no source has that column.
    matrix = sp.csr_matrix((np.array([0.0, 1.0, 2.0]), np.array([0, 1, 1]), [0, 2, 3]), (2, 2))
    source = np.array([0, 1])
    assert source_frequency(matrix, source).tolist() == [0.0, 2.0]
    assert membership_counts(matrix, source).tolist() == [0.0, 2.0]


WORDS = [
    "minister",
    "bridge",
    "flood",
    "rescue",
    "river",
    "council",
    "police",
    "vote",
    "court",
    "storm",
    "market",
    "bank",
    "fire",
    "train",
    "strike",
    "border",
    "election",
    "judge",
    "hospital",
    "school",
    "port",
    "oil",
    "wheat",
    "price",
    "city",
    "north",
]


def summarize(
    documents: list[Document], budget: Budget, stories: tuple[Story, ...]
) -> tuple[SummaryItem, ...]:
    request = SummaryRequest(documents=documents, budget=budget, stories=stories)
    return MultiDocSummarizer().summarize(request)


@st.composite
def story_documents(draw: st.DrawFn) -> list[Document]:
    """A few short articles built from a small vocabulary (so they share terms and copies)."""
    n_docs = draw(st.integers(1, 5))
    documents = []
    for d in range(n_docs):
        lines = []
        for _ in range(draw(st.integers(1, 6))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
            lines.append(" ".join(words).capitalize() + ".")
        documents.append(make_document(f"d{d}", lines, sections=draw(st.integers(1, 2))))
    return documents


@given(story_documents(), st.integers(1, 6), st.booleans())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_story_summary_is_the_same_on_the_general_path(
    documents: list[Document], sentences: int, storied: bool
) -> None:
    stories: tuple[Story, ...] = ()
    if storied:
        ids = tuple(document.id for document in documents)
        halves = (Story(id="s1", documents=ids[::2]), Story(id="s2", documents=ids[1::2]))
        stories = tuple(story for story in halves if story.documents)
    budget = Budget(sentences=sentences)
    fast = summarize(documents, budget, stories)
    with general_path():
        general = summarize(documents, budget, stories)
    assert fast == general
    assert repr(fast) == repr(general)


@given(sparse_rows())
@settings(max_examples=150, deadline=None)
def test_product_table_equals_scipys_product(pair: tuple[sp.csr_matrix, sp.csr_matrix]) -> None:
    """The table written out in NumPy is SciPy's dense product, floats included."""
    left, right = pair
    table = selection._product_table(left, right)
    if not (left.has_canonical_format and right.has_canonical_format):
        assert table is None  # another stored order: SciPy's product itself
        return
    assert table is not None
    assert table.tobytes() == np.asarray((left @ right.T).todense()).tobytes()


@given(sparse_rows(positive=True), st.data())
@settings(max_examples=150, deadline=None)
def test_coverage_equals_scipys_product(
    pair: tuple[sp.csr_matrix, sp.csr_matrix], data: st.DataObject
) -> None:
    """The selection's coverage (``concepts @ uncovered``) written out is SciPy's, bit for bit,
    as concepts are covered one sentence after another."""
    concepts = pair[0]
    n, width = concepts.shape
    weights = np.asarray(
        data.draw(st.lists(st.floats(0.0, 5.0), min_size=width, max_size=width)), dtype=float
    )
    objective = Objective(
        concepts=concepts,
        weights=weights,
        value=np.ones(n),
        partition=np.zeros(n, dtype=np.int64),
        quality=np.ones(n),
        diversity_weight=0.2,
        cost_exponent=0.7,
    )
    state = selection._State(objective)
    for i in data.draw(st.lists(st.integers(0, n - 1), max_size=4)):
        expected = np.asarray(concepts @ state.uncovered).ravel()
        assert state.coverage().tobytes() == expected.tobytes()
        state.add(i)
