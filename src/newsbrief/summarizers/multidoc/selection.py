"""Budgeted greedy maximisation of a monotone submodular objective, with redundancy control.

The objective follows Lin & Bilmes (2011): *coverage* of weighted concepts (each concept counts
once, however many chosen sentences mention it) plus a *diversity reward*: the square root of the
summed sentence values within each partition (story, or document), so a second sentence from the
same partition earns less than a first one from another. A sentence's gains are scaled by its
quality factor. Each step takes the best gain per unit of cost (``words ** cost_exponent``),
skipping sentences too similar to one already chosen (an MMR-style threshold). Ties go to the
earliest sentence, so the result is deterministic.
"""

from __future__ import annotations

import attrs
import numpy as np
import scipy.sparse as sp

from newsbrief.summarizers.base import Budget
from newsbrief.summarizers.multidoc.vectors import Candidates
from newsbrief.summarizers.selection import BudgetCounter


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


class _State:
    """What has been chosen so far, and the marginal gains it leaves."""

    def __init__(self, objective: Objective) -> None:
        self.objective = objective
        self.total_weight = float(objective.weights.sum()) or 1.0
        self.uncovered = objective.weights.astype(float).copy()
        partitions = int(objective.partition.max()) + 1 if len(objective.partition) else 0
        self.reward = np.zeros(partitions)

    def gains(self) -> np.ndarray:
        objective = self.objective
        coverage = np.asarray(objective.concepts @ self.uncovered).ravel() / self.total_weight
        before = self.reward[objective.partition]
        diversity = np.sqrt(before + objective.value) - np.sqrt(before)
        return objective.quality * (coverage + objective.diversity_weight * diversity)

    def add(self, i: int) -> None:
        self.uncovered[self.objective.concepts[i].indices] = 0.0
        self.reward[self.objective.partition[i]] += self.objective.value[i]


def greedy_select(
    candidates: Candidates,
    objective: Objective,
    eligible: np.ndarray,
    tfidf: sp.csr_matrix,
    budget: Budget,
    *,
    redundancy: float,
    groups: list[np.ndarray] | None = None,
) -> list[tuple[int, float]]:
    """Chosen ``(index, marginal gain)`` pairs, in the order they were chosen.

    ``groups`` (index arrays, most important first) each get one sentence before the general
    pass, while the budget allows: that is per-story coverage.
    """
    counter = BudgetCounter(budget, len(candidates))
    state = _State(objective)
    max_similarity = np.zeros(len(candidates))
    available = eligible.copy()
    cost = np.maximum(candidates.length, 1).astype(float) ** objective.cost_exponent
    chosen: list[tuple[int, float]] = []

    def pick(allowed: np.ndarray) -> tuple[int, float] | None:
        mask = allowed & available & _fits(candidates, counter) & (max_similarity < redundancy)
        if not mask.any():
            return None
        gains = state.gains()
        ratio = np.where(mask, gains / cost, -np.inf)
        best = int(np.argmax(ratio))  # argmax returns the earliest of equal values
        return best, float(gains[best])

    def take(i: int, gain: float) -> None:
        chosen.append((i, gain))
        counter.add(candidates.sentences[i])
        available[i] = False
        state.add(i)
        similarity = np.asarray((tfidf @ tfidf[i].T).todense()).ravel()
        np.maximum(max_similarity, similarity, out=max_similarity)

    for group in groups or []:
        if counter.full:
            break
        allowed = np.zeros(len(candidates), dtype=bool)
        allowed[group] = True
        if (found := pick(allowed)) is not None:
            take(*found)
    everything = np.ones(len(candidates), dtype=bool)
    while not counter.full and (found := pick(everything)) is not None:
        take(*found)
    return chosen


def _fits(candidates: Candidates, counter: BudgetCounter) -> np.ndarray:
    """Which sentences fit the remaining budget (vectorised :meth:`BudgetCounter.fits`)."""
    n = len(candidates)
    if counter.full:
        return np.zeros(n, dtype=bool)
    budget = counter.budget
    if budget.words is None or budget.overflow:
        return np.ones(n, dtype=bool)
    return candidates.length <= budget.words - counter.words
