"""Candidates of a request that ``bounded`` keeps whole are collected in one pass, concepts and
all, and the summary is the one the two passes made (terms first, concepts after the cut).

A story of a ``--per-story`` run has some tens of sentences, far under
:data:`~newsbrief.summarizers.multidoc.features.MAX_CANDIDATES`; finding each sentence again
for its bigrams (:func:`~newsbrief.nlp.near_duplicates.with_concepts`) cost more than the
bigrams. The two ways must agree bit for bit: the matrices by their stored entries, the
summaries item for item, on random stories and on the seed articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_multidoc_small_paths import story_documents, summarize
from test_multidoc_story_paths import assert_same_matrix

import newsbrief
from newsbrief.model import Document, Story
from newsbrief.nlp.analysis import analyse_documents
from newsbrief.nlp.near_duplicates import collect, shared_analyses, with_concepts
from newsbrief.nlp.segmenter import segmented
from newsbrief.summarizers.base import Budget
from newsbrief.summarizers.multidoc import features

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _two_passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The summarizer made to take the two passes (its limit 0; ``bounded`` still keeps
    every candidate, its own limit bound when it was defined); counts the calls."""
    calls: list[int] = []
    real = features.with_few_concepts

    def counted(candidates: Any, documents: Any) -> Any:
        calls.append(len(candidates))
        return real(candidates, documents)

    monkeypatch.setattr(features, "MAX_CANDIDATES", 0)
    monkeypatch.setattr(features, "with_few_concepts", counted)
    return calls


@given(story_documents(), st.integers(1, 6), st.booleans())
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_one_pass_gives_the_two_passes_summary(
    documents: list[Document], sentences: int, storied: bool
) -> None:
    stories: tuple[Story, ...] = ()
    if storied:
        stories = (Story(id="s1", documents=tuple(d.id for d in documents)),)
    for budget in (Budget(sentences=sentences), Budget(words=12 * sentences)):
        one_pass = summarize(documents, budget, stories)
        with pytest.MonkeyPatch.context() as patch:
            calls = _two_passes(patch)
            two_passes = summarize(documents, budget, stories)
        assert calls  # the other path did run
        assert one_pass == two_passes


def _seed_documents() -> Iterator[Document]:
    corpus = newsbrief.load(str(SEEDS))
    return (segmented(document) for document in corpus.documents)


def test_the_seed_articles_collect_the_same_candidates_in_one_pass() -> None:
    documents = list(_seed_documents())
    assert sum(len(d.sentences) for d in documents) > 100
    # With and without the run's analyses (sentences read from them, or tokenized again).
    for table in ({}, analyse_documents(documents)):
        with shared_analyses(table):
            whole = collect(documents)
            parts = with_concepts(collect(documents, concepts=False), documents)
        assert whole.sentences == parts.sentences
        assert_same_matrix(whole.terms, parts.terms)
        assert_same_matrix(whole.concepts, parts.concepts)
        for name in ("doc_rank", "source", "position", "length"):
            assert getattr(whole, name).tolist() == getattr(parts, name).tolist()


def test_the_seed_summaries_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = list(_seed_documents())
    stories = (Story(id="all", documents=tuple(d.id for d in documents)),)
    budget = Budget(words=250)
    one_pass = [summarize([d], budget, ()) for d in documents] + [
        summarize(documents, budget, stories)
    ]
    calls = _two_passes(monkeypatch)
    two_passes = [summarize([d], budget, ()) for d in documents] + [
        summarize(documents, budget, stories)
    ]
    assert len(calls) == len(documents) + 1
    assert one_pass == two_passes
    assert all(one_pass)
