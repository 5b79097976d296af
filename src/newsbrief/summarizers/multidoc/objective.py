"""What a summary is worth: the objective selection maximises, and the salience it is made of.

The objective follows Lin & Bilmes (2011): *coverage* of weighted concepts (each concept counts
once, however many chosen sentences mention it) plus a *diversity reward*: the square root of the
summed sentence values within each partition (story, or document), so a second sentence from the
same partition earns less than a first one from another. A sentence's gains are scaled by its
quality factor and its lead-position prior. :func:`build_objective` puts it together from three
signals, all strong on news:

* **concepts** (ICSISumm; Gillick & Favre 2009): stemmed bigrams weighted by how many distinct
  sources mention them (:func:`concept_weights`). Facts several outlets report are the facts a
  summary needs.
* **centrality**: cosine of the sentence's TF-IDF vector with the centroid of all sentences, plus
  its support (how many sources carry a copy), as the diversity reward's value.
* **position**: journalists write the most important facts first (lead bias,
  :func:`position_prior`).

plus the *quality* factor of each sentence
(:func:`~newsbrief.summarizers.multidoc.features.quality`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import numpy as np
import scipy.sparse as sp

from newsbrief.model import Story
from newsbrief.nlp.near_duplicates import sorted_unique
from newsbrief.summarizers.multidoc.features import (
    Candidates,
    Duplicates,
    centrality,
    source_frequency,
)

#: Weight of the diversity reward against concept coverage (tuned on TAC 2011, stable 0.1-0.4).
DIVERSITY_WEIGHT = 0.2


@attrs.frozen
class Objective:
    """What selection maximises."""

    #: Binary sentence x concept matrix.
    concepts: sp.csr_matrix
    #: Weight of each concept.
    weights: np.ndarray
    #: Value of each sentence for the diversity reward (centrality, support), about 0..1.
    value: np.ndarray
    #: Partition of each sentence for the diversity reward (story or document index).
    partition: np.ndarray
    #: Quality factor of each sentence, 0..1 (position prior included).
    quality: np.ndarray
    #: How much the diversity reward counts against coverage (coverage totals 1).
    diversity_weight: float
    #: Exponent of the length in the cost of a sentence (0: every sentence costs the same).
    cost_exponent: float


def build_objective(
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


def story_index(candidates: Candidates, stories: Sequence[Story]) -> np.ndarray:
    """Index of each candidate's story in ``stories`` (-1 when its document is in none)."""
    by_doc: dict[str, int] = {}
    for index, story in enumerate(stories):
        for doc_id in story.documents:
            by_doc.setdefault(doc_id, index)
    return np.asarray(
        [by_doc.get(sentence.doc_id, -1) for sentence in candidates.sentences], dtype=np.int64
    )


def partitions(story_of: np.ndarray, candidates: Candidates) -> np.ndarray:
    """Diversity partition of each candidate: its story, or its document when in no story."""
    n_stories = int(story_of.max()) + 1 if len(story_of) else 0
    return np.where(story_of >= 0, story_of, n_stories + candidates.doc_rank)


def static_scores(objective: Objective) -> np.ndarray:
    """Each sentence's standalone value, scaled so the best candidate scores 1."""
    total = float(objective.weights.sum()) or 1.0
    coverage = np.asarray(objective.concepts @ objective.weights).ravel() / total
    value = objective.quality * (coverage + objective.diversity_weight * np.sqrt(objective.value))
    peak = float(value.max()) if len(value) else 0.0
    return value / peak if peak > 0 else value


def position_prior(candidates: Candidates) -> np.ndarray:
    """1 for a section's first sentence, decaying smoothly with position (lead bias)."""
    return 1.0 / np.sqrt(1.0 + candidates.position / 2.0)


#: Sentences of a section counted as its lead.
LEAD_SENTENCES = 3
#: A source mentioning a concept in its lead counts ``1 + LEAD_BOOST`` times.
LEAD_BOOST = 1.0


def concept_weights(candidates: Candidates, representative: np.ndarray) -> np.ndarray:
    """Weight of each concept: the number of distinct sources that mention it.

    Each source mentioning the concept in its lead (first three sentences of a section) counts
    ``1 + LEAD_BOOST`` instead of 1: what outlets put first is what they think matters.

    With three or more sources, concepts only one source mentions are dropped (weight 0): they
    are that article's detail, not the story. With fewer sources there is no agreement to count,
    so a concept's weight is the number of distinct sentences (copies once) that mention it, and
    concepts mentioned once are dropped when enough others remain.
    """
    n_sources = int(candidates.source.max()) + 1 if len(candidates) else 0
    concepts = candidates.concepts
    if n_sources >= 3:
        weights = source_frequency(concepts, candidates.source)
    else:
        weights = _column_sums(concepts, representative)
    kept = weights >= 2
    if kept.sum() >= 5:
        weights = np.where(kept, weights, 0.0)
    lead = candidates.position < LEAD_SENTENCES
    lead_frequency = _lead_frequency(concepts, candidates.source, lead)
    return weights.astype(float) * (1 + LEAD_BOOST * lead_frequency / np.maximum(weights, 1))


def _entry_rows(matrix: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """Whether each stored entry of ``matrix`` (CSR) is in one of the rows ``rows`` marks."""
    return np.repeat(rows, np.diff(matrix.indptr))


def _column_sums(concepts: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """``concepts[rows].sum(axis=0)`` as a flat array, without cutting a matrix out.

    Counted from the stored entries when they are all ones (a binary matrix: sums of ones
    are exact in any order), else by SciPy as written.
    """
    if concepts.format == "csr" and concepts.dtype == np.float64 and (concepts.data == 1).all():
        inside = _entry_rows(concepts, rows)
        return np.bincount(concepts.indices[inside], minlength=concepts.shape[1]).astype(float)
    return np.asarray(concepts[rows].sum(axis=0)).ravel()


def _lead_frequency(concepts: sp.csr_matrix, source: np.ndarray, lead: np.ndarray) -> np.ndarray:
    """``source_frequency(concepts[lead], source[lead])``, without cutting a matrix out when
    the entries are positive (what that count reads then: distinct source and column pairs)."""
    if concepts.format == "csr" and lead.any() and (concepts.data > 0).all():
        inside = _entry_rows(concepts, lead)
        width = concepts.shape[1]
        rows = np.repeat(np.asarray(source, dtype=np.int64), np.diff(concepts.indptr))
        pairs = sorted_unique(rows[inside] * width + concepts.indices[inside])
        return np.bincount(pairs % width, minlength=width).astype(float)
    return source_frequency(concepts[lead], source[lead])
