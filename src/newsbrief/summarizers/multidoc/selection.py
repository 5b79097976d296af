"""Choosing the sentences: which stories are promised one, the budgeted greedy pass, citations.

Read in order: :func:`summary_slots` and :func:`covered_stories` decide which stories get a
sentence before the general selection; :func:`greedy_select` maximises the
:class:`~newsbrief.summarizers.multidoc.objective.Objective` under the budget; :func:`overflowing`
says which chosen sentence crossed an overflow word budget; :class:`SupportFinder` cites, for a
chosen sentence, the other sources that say the same.

**Story coverage.** "Every story gets at least one sentence" is what a reader of a briefing of
several stories expects, but taken literally it wrecks a short summary of one broad topic: story
grouping links articles reporting the same *event*, so ten articles following one topic over
weeks often make six to nine stories, most of one article each, and a 100-word summary (four
sentences) would be spent on one sentence per story, largest first, whatever they are worth.

So coverage is *proportional* by default: the summary holds about ``slots`` sentences (the
sentence budget, or the word budget over the median candidate sentence length), a story's fair
share of them is its share of the articles times ``slots``, and a story is promised a sentence
when its fair share is worth at least one whole sentence. Five articles on four stories with the
default seven-sentence budget: every story is covered (each is worth 1.4 sentences). Ten
articles on one topic, split into eight stories, with a 100-word budget (about five sentences):
only stories of two or more articles are promised one. The general selection may still choose
any story's sentences on merit, and its diversity reward favours stories not yet covered.
On TAC 2011 (summaries of 60 to 200 words, ``-l`` cut, stemmed) the three modes score within
0.1 R-2 point of one another on average, so the rule is chosen for the reader, not the score.

**Greedy selection.** Each step takes the best gain per unit of cost (``words **
cost_exponent``), skipping sentences too similar to one already chosen (an MMR-style
threshold). Ties go to the earliest sentence, so the result is deterministic.

**Support.** Outlets paraphrase one another, so plain cosine misses most support (the
Pentagon's "will not intercept missiles and drones over Ukraine" scores 0.25 against a rewording
of it). The measure is the IDF-weighted *overlap coefficient* of the two sentences' content
terms: how much of the shorter one the longer one contains. A small cosine floor and at least
three shared terms keep a short sentence from being "contained" in any long one by chance.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from newsbrief.model import SourceRef, Story
from newsbrief.summarizers.base import Budget
from newsbrief.summarizers.multidoc.features import (
    Candidates,
    Duplicates,
    scale_columns,
    source_frequency,
)
from newsbrief.summarizers.multidoc.objective import Objective
from newsbrief.summarizers.selection import BudgetCounter

#: Fair share (in sentences) a story needs to be promised one.
MIN_FAIR_SHARE = 1.0
#: Sentence length (words) assumed when the candidates give no better estimate.
TYPICAL_SENTENCE_WORDS = 22


def summary_slots(budget: Budget, total: int, lengths: np.ndarray) -> float:
    """About how many sentences a summary under ``budget`` holds.

    ``lengths`` are the word counts of the sentences selection may choose from; their median
    is the typical sentence length a word budget is divided by.
    """
    limits = []
    if budget.sentences is not None:
        limits.append(float(budget.sentences))
    if budget.ratio is not None:
        limits.append(float(max(1, math.ceil(budget.ratio * total))))
    if budget.words is not None:
        typical = float(np.median(lengths)) if len(lengths) else TYPICAL_SENTENCE_WORDS
        limits.append(budget.words / max(typical, 1.0))
    if not limits:
        limits.append(float(Budget.default().sentences or 1))
    return min(limits)


def covered_stories(stories: Sequence[Story], mode: str, slots: float) -> list[int]:
    """Indices of the stories promised a sentence, larger stories first (then story order)."""
    if mode == "off" or not stories:
        return []
    order = sorted(range(len(stories)), key=lambda k: (-len(stories[k].documents), k))
    if mode == "all":
        return order
    total = sum(len(story.documents) for story in stories) or 1
    return [k for k in order if len(stories[k].documents) / total * slots >= MIN_FAIR_SHARE]


def greedy_select(
    candidates: Candidates,
    objective: Objective,
    eligible: np.ndarray,
    tfidf: sp.csr_matrix,
    budget: Budget,
    *,
    redundancy: float,
    groups: list[np.ndarray] | None = None,
    cosine: Products | None = None,
) -> list[tuple[int, float]]:
    """Chosen ``(index, marginal gain)`` pairs, in the order they were chosen.

    ``groups`` (index arrays, most important first) each get one sentence before the general
    pass, while the budget allows: that is per-story coverage. ``cosine`` holds the products
    of ``tfidf`` with itself when the caller shares them (see :class:`Products`).
    """
    if cosine is None:
        cosine = Products(tfidf, tfidf)
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
        np.maximum(max_similarity, cosine.column(i), out=max_similarity)

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


#: Most rows for which :class:`Products` computes every column at once.
ALL_AT_ONCE = 600


class Products:
    """Columns of ``left @ right.T``: the similarities of every row of ``left`` with a row.

    A summary of one story asks for a few columns of a small matrix, and each sparse product
    has a fixed cost far above its arithmetic (a story's summary made about twenty), so up to
    :data:`ALL_AT_ONCE` rows the whole product is made once and its columns are read. The values
    are the same bit for bit: SciPy's sparse product sums entry ``(r, i)`` over row ``r`` of
    ``left`` in its stored order, whether ``right.T`` has one column or all of them. Above the
    limit (one briefing of thousands of candidates) each column is one product, as the whole
    would cost the square of the rows for the twenty columns a summary reads.
    """

    def __init__(self, left: sp.csr_matrix, right: sp.csr_matrix) -> None:
        self.left = left
        self.right = right
        self.table: np.ndarray | None = None
        if left.shape[0] <= ALL_AT_ONCE:
            table = _product_table(left, right)
            self.table = np.asarray((left @ right.T).todense()) if table is None else table

    def column(self, i: int) -> np.ndarray:
        """``left @ right[i].T`` as a dense vector (a fresh array: callers may write it)."""
        if self.table is not None:
            return self.table[:, i].copy()
        return np.asarray((self.left @ self.right[i].T).todense()).ravel()


#: Most (row, row, shared column) terms :func:`_product_table` adds up (a few tens of MB).
TABLE_TERMS = 1 << 20


def _product_table(left: sp.csr_matrix, right: sp.csr_matrix) -> np.ndarray | None:
    """``(left @ right.T).todense()`` bit for bit, in NumPy, for canonical float CSR matrices
    (else ``None``: the caller takes the product), up to :data:`TABLE_TERMS` terms.

    SciPy's product (a transpose, a conversion, the product and the dense copy: about 1 ms
    for a story of a few dozen sentences, most of it fixed cost) starts each entry ``(r, i)``
    at zero and adds ``left[r, k] * right[i, k]`` for the columns ``k`` of row ``r`` of
    ``left`` in its stored order; ``np.bincount`` with weights adds its terms one by one in the
    order given, from zero: the terms listed in that order give the same sums.
    """
    if not _canonical_floats(left) or not _canonical_floats(right):
        return None
    rows, cols = left.shape[0], right.shape[0]
    # ``right``'s entries by column (a stable sort: rows ascending within a column).
    order = np.argsort(right.indices, kind="stable")
    columns = right.indices[order]
    start = np.searchsorted(columns, left.indices, side="left")
    counts = np.searchsorted(columns, left.indices, side="right") - start
    total = int(counts.sum())
    if total > TABLE_TERMS:
        return None
    entry = np.repeat(np.arange(len(left.indices)), counts)  # ``left``'s entry of each term
    at = order[np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts) + start[entry]]
    cells = _row_of(left)[entry] * cols + _row_of(right)[at]
    terms = left.data[entry] * right.data[at]
    return np.bincount(cells, weights=terms, minlength=rows * cols).reshape(rows, cols)


def _canonical_floats(matrix: sp.csr_matrix) -> bool:
    return matrix.format == "csr" and matrix.dtype == np.float64 and matrix.has_canonical_format


def _row_of(matrix: sp.csr_matrix) -> np.ndarray:
    """The row of each stored entry of ``matrix`` (CSR), as 64-bit integers."""
    return np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))


class _State:
    """What has been chosen so far, and the marginal gains it leaves."""

    def __init__(self, objective: Objective) -> None:
        self.objective = objective
        concepts = objective.concepts
        self.concepts = concepts if concepts.format == "csr" else sp.csr_matrix(concepts)
        self.total_weight = float(objective.weights.sum()) or 1.0
        self.uncovered = objective.weights.astype(float).copy()
        partitions = int(objective.partition.max()) + 1 if len(objective.partition) else 0
        self.reward = np.zeros(partitions)
        # ``concepts @ uncovered`` is SciPy's CSR product with a vector (about 30 us of fixed
        # cost, twenty times a story) written out: each row's terms added one by one in stored
        # order from zero, as ``np.bincount`` adds them, so the sums are the same bit for bit.
        self.entry_rows = _row_of(concepts) if objective.concepts.format == "csr" else None

    def coverage(self) -> np.ndarray:
        """``concepts @ uncovered``: each sentence's weight of concepts not yet covered."""
        concepts = self.concepts
        if self.entry_rows is None or concepts.dtype != np.float64:
            return np.asarray(self.objective.concepts @ self.uncovered).ravel()
        terms = concepts.data * self.uncovered[concepts.indices]
        return np.bincount(self.entry_rows, weights=terms, minlength=concepts.shape[0])

    def gains(self) -> np.ndarray:
        objective = self.objective
        coverage = self.coverage() / self.total_weight
        before = self.reward[objective.partition]
        diversity = np.sqrt(before + objective.value) - np.sqrt(before)
        return objective.quality * (coverage + objective.diversity_weight * diversity)

    def add(self, i: int) -> None:
        concepts = self.concepts  # row ``i``'s columns, read without slicing a matrix
        self.uncovered[concepts.indices[concepts.indptr[i] : concepts.indptr[i + 1]]] = 0.0
        self.reward[self.objective.partition[i]] += self.objective.value[i]


def _fits(candidates: Candidates, counter: BudgetCounter) -> np.ndarray:
    """Which sentences fit the remaining budget (vectorised :meth:`BudgetCounter.fits`)."""
    n = len(candidates)
    if counter.full:
        return np.zeros(n, dtype=bool)
    budget = counter.budget
    if budget.words is None or budget.overflow:
        return np.ones(n, dtype=bool)
    return candidates.length <= budget.words - counter.words


def overflowing(candidates: Candidates, chosen: list[tuple[int, float]], budget: Budget) -> int:
    """Position in ``chosen`` of the sentence crossing an overflow word budget, else -1.

    Only the last sentence chosen can cross it. It goes last in the briefing, so a reader or a
    scorer stopping at the word limit (ROUGE ``-l``) loses the part the budget did not pay for
    rather than the end of a sentence chosen within it.
    """
    if not chosen or budget.words is None or not budget.overflow:
        return -1
    used = int(sum(candidates.length[i] for i, _ in chosen))
    return len(chosen) - 1 if used > budget.words else -1


#: Cosine (TF-IDF) a supporting sentence needs whatever its overlap.
MIN_COSINE = 0.2
#: Content terms a supporting sentence must share.
MIN_SHARED_TERMS = 3


class SupportFinder:
    """Finds, for a chosen sentence, one matching sentence per other source."""

    def __init__(
        self,
        candidates: Candidates,
        duplicates: Duplicates,
        tfidf: sp.csr_matrix,
        threshold: float,
        *,
        cosine: Products | None = None,
    ) -> None:
        self.candidates = candidates
        self.duplicates = duplicates
        self.tfidf = tfidf
        self.threshold = threshold
        self.given_cosine = cosine
        #: Whether the candidates come from more than one source: with one, no sentence has
        #: another source to cite it (most stories of a per-story run are one article).
        self.several_sources = bool(len(candidates)) and bool(
            (candidates.source != candidates.source[0]).any()
        )
        self.ready = False

    def _prepare(self) -> None:
        """The weighted terms and the products, made on the first similarity asked for."""
        candidates = self.candidates
        n_sources = int(candidates.source.max()) + 1 if len(candidates) else 1
        idf = np.log((n_sources + 1) / (source_frequency(candidates.terms, candidates.source) + 1))
        self.weighted = scale_columns(candidates.terms, idf + 1)
        self.mass = np.asarray(self.weighted.sum(axis=1)).ravel()
        terms = candidates.terms
        self.shared_mass = Products(self.weighted, terms)
        self.shared_count = Products(terms, terms)
        cosine = self.given_cosine
        self.cosine = Products(self.tfidf, self.tfidf) if cosine is None else cosine
        self.ready = True

    def similarity(self, i: int) -> np.ndarray:
        """Overlap-coefficient similarity of every candidate with ``i`` (0 when too weak)."""
        if not self.ready:
            self._prepare()
        shared_mass = self.shared_mass.column(i)
        shared_count = self.shared_count.column(i)
        cosine = self.cosine.column(i)
        smaller = np.maximum(np.minimum(self.mass, self.mass[i]), 1e-12)
        overlap = np.minimum(shared_mass / smaller, 1.0)
        strong = (cosine >= MIN_COSINE) & (shared_count >= MIN_SHARED_TERMS)
        return np.where(strong, overlap, 0.0)

    def sources(self, i: int) -> tuple[SourceRef, ...]:
        """One :class:`SourceRef` per *other* source (document, section) saying what ``i`` says.

        A source counts when it holds a copy of ``i`` (same duplicate cluster) or a sentence
        whose similarity with ``i`` is at least the threshold; its best match is cited.
        References come in document input order.
        """
        candidates = self.candidates
        if not self.several_sources:
            return ()  # every match would be of the same source, and none is cited
        similarity = self.similarity(i)
        copies = np.flatnonzero(self.duplicates.cluster == self.duplicates.cluster[i])
        for j in copies.tolist():
            # Copies support whatever their overlap; identical text is similarity 1.
            same = candidates.sentences[j].text == candidates.sentences[i].text
            similarity[j] = 1.0 if same else max(similarity[j], self.threshold)
        other_source = candidates.source != candidates.source[i]
        matches = np.flatnonzero((similarity >= self.threshold) & other_source)
        best: dict[int, int] = {}
        for j in matches.tolist():  # in (document, offset) order, so ties keep the earliest
            source = int(candidates.source[j])
            if source not in best or similarity[j] > similarity[best[source]]:
                best[source] = j
        return tuple(
            SourceRef(
                doc_id=candidates.sentences[j].doc_id,
                start=candidates.sentences[j].start,
                end=candidates.sentences[j].end,
                similarity=round(float(similarity[j]), 4),
            )
            for j in sorted(best.values())
        )
