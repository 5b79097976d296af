"""The default multi-document summarizer, ``newsbrief``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from newsbrief.model import Story, SummaryItem
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.multidoc.dedup import (
    DEFAULT_DUPLICATE_THRESHOLD,
    Duplicates,
    find_duplicates,
)
from newsbrief.summarizers.multidoc.salience import (
    centrality,
    concept_weights,
    position_prior,
    quality,
)
from newsbrief.summarizers.multidoc.selection import Objective, greedy_select
from newsbrief.summarizers.multidoc.support import SupportFinder
from newsbrief.summarizers.multidoc.vectors import Candidates, collect, tfidf_rows

#: Weight of the diversity reward against concept coverage (tuned on TAC 2011, stable 0.1-0.4).
DIVERSITY_WEIGHT = 0.2

#: Option defaults (see :class:`MultiDocSummarizer`).
DEFAULTS: Mapping[str, Any] = {
    "redundancy": 0.5,
    "position_weight": 0.7,
    "story_coverage": True,
    "support_threshold": 0.5,
    "duplicate_threshold": DEFAULT_DUPLICATE_THRESHOLD,
}


class MultiDocSummarizer:
    """Cited multi-document extractive summary: de-duplicate, score, select, cite.

    1. Every sentence of every document is a candidate. Near-identical sentences (binary
       content-term cosine >= ``duplicate_threshold``) form one cluster; its best-quality,
       earliest member stands for it, and its support is the number of distinct sources
       (document, section) carrying it, however many copies each holds.
    2. Salience: coverage of concepts (stemmed bigrams weighted by the number of distinct sources
       mentioning them, leads counting double, as in ICSISumm) plus a diversity reward (Lin &
       Bilmes 2011: square root of summed centrality and support per story, or per document
       without stories); both scaled by the lead-position prior and a quality factor demoting
       fragments, questions, unresolved-pronoun openings, opinion and overlong sentences.
    3. Greedy budgeted maximisation (gain per ``words ** 0.7`` for word budgets, per sentence
       otherwise), each concept counting once, skipping sentences too similar to a chosen one;
       with ``story_coverage`` every story first gets its best sentence while the budget allows
       (larger stories first, then story order).
    4. Items come in briefing order: by story (in ``request.stories`` order; documents in no
       story last), then document input order, then offset. ``supported_by`` cites each other
       source (document, section) holding a copy or a sentence with overlap >=
       ``support_threshold``, in document input order.

    Options (``request.options``):

    * ``redundancy`` (0.5): TF-IDF cosine with an already chosen sentence at which a candidate
      is skipped (lower: more diverse, 1: off).
    * ``position_weight`` (0.7): 0..1, how much the lead-position prior scales a sentence.
    * ``story_coverage`` (true): give each story of ``request.stories`` a sentence first.
    * ``support_threshold`` (0.5): IDF-weighted term overlap at which another source's sentence
      supports a chosen one (see :mod:`newsbrief.summarizers.multidoc.support`).
    * ``duplicate_threshold`` (0.7): binary-term cosine at which two sentences are copies.

    Deterministic: no randomness, and every tie goes to the earliest (document, offset).
    """

    name = "newsbrief"
    description = (
        "Multi-document briefing: de-duplicated, concept-coverage selection with citations."
    )
    multi_document = True

    def summarize(self, request: SummaryRequest) -> Sequence[SummaryItem]:
        """The selected sentences in briefing order, with scores, support and story ids."""
        options = {**DEFAULTS, **dict(request.options)}
        candidates = collect(request.documents)
        if not len(candidates):
            return ()
        quality_factor = quality(candidates)
        duplicates = find_duplicates(
            candidates, quality_factor, float(options["duplicate_threshold"])
        )
        tfidf = tfidf_rows(candidates.terms, candidates.source)
        story_of = _story_index(candidates, request.stories)
        objective = _objective(
            candidates,
            duplicates,
            tfidf,
            _partitions(story_of, candidates),
            quality_factor,
            float(options["position_weight"]),
            by_words=request.budget.words is not None,
        )
        groups = None
        if _flag(options["story_coverage"]) and request.stories:
            groups = _story_groups(story_of, request.stories)
        chosen = greedy_select(
            candidates,
            objective,
            duplicates.representative & (candidates.length > 0),
            tfidf,
            request.budget,
            redundancy=float(options["redundancy"]),
            groups=groups,
        )
        scores = _static_scores(objective)
        support_finder = SupportFinder(
            candidates, duplicates, tfidf, float(options["support_threshold"])
        )
        items = []
        for i, _gain in chosen:
            story = int(story_of[i])
            items.append(
                SummaryItem(
                    sentence=candidates.sentences[i],
                    score=round(float(scores[i]), 6),
                    supported_by=support_finder.sources(i),
                    story=request.stories[story].id if story >= 0 else None,
                )
            )
        unstoried = len(request.stories)  # documents in no story come after every story
        order = sorted(
            range(len(items)),
            key=lambda k: (
                int(story_of[chosen[k][0]]) if story_of[chosen[k][0]] >= 0 else unstoried,
                int(candidates.doc_rank[chosen[k][0]]),
                items[k].sentence.start,
            ),
        )
        return tuple(items[k] for k in order)


def _objective(
    candidates: Candidates,
    duplicates: Duplicates,
    tfidf: sp.csr_matrix,
    partition: np.ndarray,
    quality_factor: np.ndarray,
    position_weight: float,
    *,
    by_words: bool,
) -> Objective:
    """The selection objective: concept coverage plus the diversity reward, quality-scaled."""
    position_weight = float(np.clip(position_weight, 0.0, 1.0))
    prior = (1 - position_weight) + position_weight * position_prior(candidates)
    # Support on a log scale, 1 when every source carries the sentence.
    n_sources = int(candidates.source.max()) + 1
    support = np.log(duplicates.support) / np.log(max(n_sources, 2))
    return Objective(
        concepts=candidates.concepts,
        weights=concept_weights(candidates, duplicates.representative),
        value=centrality(tfidf) + support,
        partition=partition,
        quality=quality_factor * prior,
        diversity_weight=DIVERSITY_WEIGHT,
        # Gain per word^0.7 for word budgets: per-word greed favours short, empty sentences.
        cost_exponent=0.7 if by_words else 0.0,
    )


def _flag(value: Any) -> bool:
    """An option's truth value; JSON-ish strings such as ``"false"`` or ``"0"`` are false."""
    if isinstance(value, str):
        return value.strip().lower() not in {"", "0", "false", "no", "off"}
    return bool(value)


def _story_index(candidates: Candidates, stories: Sequence[Story]) -> np.ndarray:
    """Index of each candidate's story in ``stories`` (-1 when its document is in none)."""
    by_doc: dict[str, int] = {}
    for index, story in enumerate(stories):
        for doc_id in story.documents:
            by_doc.setdefault(doc_id, index)
    return np.asarray(
        [by_doc.get(sentence.doc_id, -1) for sentence in candidates.sentences], dtype=np.int64
    )


def _partitions(story_of: np.ndarray, candidates: Candidates) -> np.ndarray:
    """Diversity partition of each candidate: its story, or its document when in no story."""
    n_stories = int(story_of.max()) + 1 if len(story_of) else 0
    return np.where(story_of >= 0, story_of, n_stories + candidates.doc_rank)


def _story_groups(story_of: np.ndarray, stories: Sequence[Story]) -> list[np.ndarray]:
    """Candidate indices of each story, larger stories first (then story order)."""
    order = sorted(range(len(stories)), key=lambda k: (-len(stories[k].documents), k))
    return [np.flatnonzero(story_of == k) for k in order]


def _static_scores(objective: Objective) -> np.ndarray:
    """Each sentence's standalone value, scaled so the best candidate scores 1."""
    total = float(objective.weights.sum()) or 1.0
    coverage = np.asarray(objective.concepts @ objective.weights).ravel() / total
    value = objective.quality * (coverage + objective.diversity_weight * np.sqrt(objective.value))
    peak = float(value.max()) if len(value) else 0.0
    return value / peak if peak > 0 else value


def builtin_multidoc_summarizers() -> list[MultiDocSummarizer]:
    """The built-in multi-document summarizers (registered by the default plugins)."""
    return [MultiDocSummarizer()]
