"""The ``newsbrief`` summarizer's steps, in order: candidates, copies, objective, selection, order.

Everything numerical (NumPy, SciPy) lives here and is imported when a summary is made, so
registering the summarizer (``newsbrief list``, ``--help``) stays light.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from newsbrief.model import Story, SummaryItem
from newsbrief.summarizers.base import Budget, SummaryRequest
from newsbrief.summarizers.multidoc.bounds import bounded
from newsbrief.summarizers.multidoc.coverage import covered_stories, summary_slots
from newsbrief.summarizers.multidoc.dedup import Duplicates, find_duplicates
from newsbrief.summarizers.multidoc.options import MultiDocOptions
from newsbrief.summarizers.multidoc.salience import (
    MIN_QUALITY,
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


def summarize(request: SummaryRequest) -> tuple[SummaryItem, ...]:
    """The selected sentences of ``request`` in briefing order, with scores, support and stories.

    The steps are those :class:`~newsbrief.summarizers.multidoc.summarizer.MultiDocSummarizer`
    describes.
    """
    options = MultiDocOptions.from_mapping(request.options)
    candidates = bounded(collect(request.documents))
    if not len(candidates):
        return ()
    quality_factor = quality(candidates)
    duplicates = find_duplicates(candidates, quality_factor, options.duplicate_threshold)
    tfidf = tfidf_rows(candidates.terms, candidates.source)
    story_of = _story_index(candidates, request.stories)
    objective = _objective(
        candidates,
        duplicates,
        tfidf,
        _partitions(story_of, candidates),
        quality_factor,
        options.position_weight,
        by_words=request.budget.words is not None,
    )
    eligible = duplicates.representative & (candidates.length > 0)
    if (eligible & (quality_factor >= MIN_QUALITY)).any():
        eligible &= quality_factor >= MIN_QUALITY
    slots = summary_slots(request.budget, len(candidates), candidates.length[eligible])
    covered = covered_stories(request.stories, options.story_coverage, slots)
    groups = [np.flatnonzero(story_of == k) for k in covered]
    chosen = greedy_select(
        candidates,
        objective,
        eligible,
        tfidf,
        request.budget,
        redundancy=options.redundancy,
        groups=groups,
    )
    scores = _static_scores(objective)
    support_finder = SupportFinder(candidates, duplicates, tfidf, options.support_threshold)
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
    overflowing = _overflowing(candidates, chosen, request.budget)
    order = sorted(
        range(len(items)),
        key=lambda k: (
            k == overflowing,
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


def _overflowing(candidates: Candidates, chosen: list[tuple[int, float]], budget: Budget) -> int:
    """Position in ``chosen`` of the sentence crossing an overflow word budget, else -1.

    Only the last sentence chosen can cross it. It goes last in the briefing, so a reader or a
    scorer stopping at the word limit (ROUGE ``-l``) loses the part the budget did not pay for
    rather than the end of a sentence chosen within it.
    """
    if not chosen or budget.words is None or not budget.overflow:
        return -1
    used = int(sum(candidates.length[i] for i, _ in chosen))
    return len(chosen) - 1 if used > budget.words else -1


def _static_scores(objective: Objective) -> np.ndarray:
    """Each sentence's standalone value, scaled so the best candidate scores 1."""
    total = float(objective.weights.sum()) or 1.0
    coverage = np.asarray(objective.concepts @ objective.weights).ravel() / total
    value = objective.quality * (coverage + objective.diversity_weight * np.sqrt(objective.value))
    peak = float(value.max()) if len(value) else 0.0
    return value / peak if peak > 0 else value
