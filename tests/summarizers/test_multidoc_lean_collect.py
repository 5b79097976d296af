"""The summary's lean steps for large requests equal the steps they replace, field for field.

``collect_bounded`` vectorises only the sentences ``bounded`` keeps when the leads alone fill
the allowance, and ``with_few_concepts`` numbers each bigram as it is met; both must give
exactly what ``bounded(collect(...))`` and ``with_concepts`` give (arrays, dtypes, columns).
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_multidoc import make_document
from test_multidoc_small_paths import story_documents
from test_multidoc_story_paths import assert_same_matrix

from newsbrief.model import Document
from newsbrief.nlp import near_duplicates
from newsbrief.nlp.analysis import analyse_documents
from newsbrief.nlp.near_duplicates import Candidates, shared_analyses
from newsbrief.summarizers.multidoc import features
from newsbrief.summarizers.multidoc.features import (
    bounded,
    collect,
    collect_bounded,
    numbered_rows_matrix,
    with_concepts,
    with_few_concepts,
)


def assert_same_candidates(lean: Candidates, plain: Candidates) -> None:
    assert len(lean) == len(plain)
    assert all(a is b for a, b in zip(lean.sentences, plain.sentences, strict=True))
    for field in attrs.fields(Candidates):
        a: Any = getattr(lean, field.name)
        b: Any = getattr(plain, field.name)
        if isinstance(b, np.ndarray):
            assert a.dtype == b.dtype, field.name
            assert a.tolist() == b.tolist(), field.name
        elif isinstance(b, sp.csr_matrix):
            assert_same_matrix(a, b)
            assert a.indices.dtype == b.indices.dtype and a.indptr.dtype == b.indptr.dtype
            assert a.has_canonical_format == b.has_canonical_format


@given(story_documents(), st.integers(1, 12), st.booleans())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_collect_bounded_is_bounded_collect(
    documents: list[Document], limit: int, shared: bool
) -> None:
    table = analyse_documents(documents) if shared else {}
    with shared_analyses(table):
        plain = bounded(collect(documents, concepts=False), limit)
        lean = collect_bounded(documents, limit)
        assert_same_candidates(lean, plain)
        assert_same_candidates(with_few_concepts(lean, documents), with_concepts(plain, documents))


@given(story_documents(), st.booleans())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_with_few_concepts_is_with_concepts_on_every_sentence(
    documents: list[Document], shared: bool
) -> None:
    table = analyse_documents(documents) if shared else {}
    with shared_analyses(table):
        candidates = collect(documents, concepts=False)
        assert_same_candidates(
            with_few_concepts(candidates, documents), with_concepts(candidates, documents)
        )


def test_leads_filling_the_allowance_are_collected_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = ["The ferry terminal opened on Monday.", "Fishermen worried about the harbour."]
    documents = [make_document(f"d{k}", lines * 3, sections=2) for k in range(4)]
    plain = bounded(collect(documents, concepts=False), 1)
    assert plain.position.tolist() == [0] * len(plain)  # the first sentence of every source

    whole = features.collect

    def kept_only(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("keep") is None:
            raise AssertionError("every sentence collected")
        return whole(*args, **kwargs)

    monkeypatch.setattr(features, "collect", kept_only)
    assert_same_candidates(collect_bounded(documents, 1), plain)


KEYS = st.text(alphabet="abcé ", min_size=0, max_size=4)


@given(st.lists(st.frozensets(KEYS, max_size=6), max_size=12))
def test_numbered_rows_make_the_binary_matrix(rows: list[frozenset[str]]) -> None:
    numbered: dict[str, int] = {}
    flat = [numbered.setdefault(key, len(numbered)) for row in rows for key in row]
    made = numbered_rows_matrix(numbered, flat, [len(row) for row in rows])
    expected = near_duplicates._binary_matrix(rows)
    assert_same_matrix(made, expected)
    assert made.indices.dtype == expected.indices.dtype
    assert made.indptr.dtype == expected.indptr.dtype
