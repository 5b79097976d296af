"""Word-frequency algorithms: Luhn, SumBasic and KL-Sum.

Luhn is computed for all sentences at once from the positions of significant words. SumBasic
and KL-Sum pick sentences greedily one at a time, as sumy does, so they return the pick order
(0 = picked first) of every sentence; each step is a handful of vector operations instead of a
Python loop over every word of every remaining sentence.
"""

from __future__ import annotations

import heapq

import numpy as np
import scipy.sparse as sp

from newsbrief.summarizers.fast.vectors import Tokens, count_matrix, segment_sums

#: sumy's Luhn: a chunk ends after this many consecutive insignificant words.
LUHN_MAX_GAP = 4


def luhn(tokens: Tokens) -> np.ndarray:
    """Luhn's rating: the best chunk of significant words, (significant words)^2 / chunk length.

    Significant words are content stems occurring more than once in the text; any word whose
    stem is significant counts in a sentence (sumy stems every word there, stop words too).
    A chunk runs from one significant word to the last one before a gap of
    :data:`LUHN_MAX_GAP` insignificant words; a chunk with one significant word rates 0.
    """
    n = tokens.count
    frequency = np.bincount(tokens.stem[tokens.content], minlength=len(tokens.stems))
    # sumy's term model lower-cases the stems; a stem matches if equal to a lower-cased one
    frequent: dict[str, int] = {}
    for i in np.flatnonzero(frequency):
        key = tokens.stems[i].lower()
        frequent[key] = frequent.get(key, 0) + int(frequency[i])
    significant_stem = np.fromiter(
        (frequent.get(s, 0) > 1 for s in tokens.stems), dtype=bool, count=len(tokens.stems)
    )
    position = np.flatnonzero(significant_stem[tokens.stem])
    rating = np.zeros(n)
    if not len(position):
        return rating
    row = tokens.row[position]
    starts = np.r_[True, (row[1:] != row[:-1]) | (np.diff(position) > LUHN_MAX_GAP)]
    chunk = np.cumsum(starts) - 1
    first = np.flatnonzero(starts)
    last = np.r_[first[1:] - 1, len(position) - 1]
    significant = np.diff(np.r_[first, len(position)]).astype(np.float64)
    length = (position[last] - position[first] + 1).astype(np.float64)
    value = np.where(significant > 1, significant**2 / length, 0.0)
    np.maximum.at(rating, row[first], value[chunk[first]])
    return rating


def sumbasic(tokens: Tokens) -> np.ndarray:
    """SumBasic's pick order: highest mean word probability first, then square the picked words.

    Squaring probabilities (all <= 1) never raises a sentence's mean, so a lazy greedy search
    finds sumy's pick without rating every sentence at every step: take the best rating seen so
    far, re-rate that sentence, and pick it if its rating has not dropped (else put it back).
    Ratings are computed as sumy computes them (Python floats summed left to right), so every
    comparison, ties included, is the one sumy makes.
    """
    n = tokens.count
    content = tokens.content
    stem = tokens.stem[content]  # content-word stems, sentence by sentence, in text order
    offsets = np.r_[0, np.cumsum(np.bincount(tokens.row[content], minlength=n))]
    lengths = np.diff(offsets)
    frequency = np.bincount(stem, minlength=len(tokens.stems)).astype(np.float64)
    probability = frequency / len(stem) if len(stem) else frequency
    sums = segment_sums(stem, offsets[:-1], lengths, probability)
    mean = np.divide(sums, lengths, out=np.zeros(n), where=lengths > 0)

    words = stem.tolist()
    bounds = offsets.tolist()
    p = probability.tolist()
    heap = [(-m, i) for i, m in enumerate(mean.tolist())]  # best first, earlier first on ties
    heapq.heapify(heap)
    order = np.empty(n, dtype=np.int64)
    for step in range(n):
        while True:
            stale, i = heap[0]
            row = words[bounds[i] : bounds[i + 1]]
            current = -(sum([p[w] for w in row]) / len(row)) if row else 0.0
            if current == stale:
                break
            heapq.heapreplace(heap, (current, i))
        heapq.heappop(heap)
        order[i] = step
        for w in row:  # a word twice in the sentence is squared twice, as in sumy
            p[w] *= p[w]
    return order


def kl(tokens: Tokens) -> np.ndarray:
    """KL-Sum's pick order, reproducing sumy's ``KLSummarizer`` and its word handling.

    At each step the sentence whose words, joined to the summary so far, give the lowest
    ``sum_w P_doc(w) log(P_doc(w) / P_joint(w))`` is picked (the first one on a tie). As in
    sumy, the text distribution counts lower-cased words not written as a stop word, a candidate
    contributes its lower-cased non-stop words, and the summary contributes its words as
    written (so a capitalised summary word matches no text word).
    """
    n = tokens.count
    keys = _KeySpace(tokens)
    doc_mask = ~keys.written_is_stop[tokens.ids]
    doc_counts = np.bincount(keys.of_lower[tokens.lower[doc_mask]], minlength=keys.size)
    total = doc_counts.sum()
    p_doc = doc_counts / total if total else doc_counts.astype(np.float64)

    candidate = count_matrix(
        tokens.row[tokens.content], keys.of_lower[tokens.lower[tokens.content]], (n, keys.size)
    )
    rows = np.repeat(np.arange(n), np.diff(candidate.indptr))
    cols, counts = candidate.indices, candidate.data
    length = np.asarray(candidate.sum(axis=1)).ravel()
    in_doc = p_doc[cols] > 0
    rows, cols, counts = rows[in_doc], cols[in_doc], counts[in_doc]
    p = p_doc[cols]
    new_term = p * (np.log(p) - np.log(counts))  # the term of a word not yet in the summary

    # Per candidate: the sum of its words' terms and the mass of its words not in the summary.
    # Only the entries of words whose summary count changed are updated at each step.
    term, extra = new_term.copy(), p.copy()
    term_sum = np.bincount(rows, weights=term, minlength=n)
    extra_sum = np.bincount(rows, weights=extra, minlength=n)
    by_key = np.argsort(cols, kind="stable")
    key_start = np.searchsorted(cols[by_key], np.arange(keys.size + 1))

    summary = np.zeros(keys.size)
    summary_length = 0.0
    order = np.empty(n, dtype=np.int64)
    value = np.empty(n)
    summary_words = sp.csr_matrix(
        (np.ones(len(tokens.ids)), (tokens.row, keys.of_written[tokens.ids])), shape=(n, keys.size)
    )
    for step in range(n):
        support = np.flatnonzero((summary > 0) & (p_doc > 0))
        ps, cs = p_doc[support], summary[support]
        base = float(np.sum(ps * np.log(ps)) - np.sum(ps * np.log(cs)))
        mass = float(ps.sum())
        joint_length = length + summary_length
        has_words = joint_length > 0
        value[:] = 0.0
        value[has_words] = (
            base
            + term_sum[has_words]
            + (mass + extra_sum[has_words]) * np.log(joint_length[has_words])
        )
        value[order[:step]] = np.inf  # already picked
        pick = int(np.argmin(value))
        order[step] = pick
        picked = summary_words[pick]
        summary[picked.indices] += picked.data
        summary_length += picked.data.sum()
        changed = [by_key[key_start[k] : key_start[k + 1]] for k in picked.indices.tolist()]
        entries = np.concatenate(changed) if changed else np.zeros(0, dtype=np.int64)
        if len(entries):
            shared = summary[cols[entries]]
            updated = p[entries] * (np.log(shared) - np.log(shared + counts[entries]))
            term_sum += np.bincount(rows[entries], weights=updated - term[entries], minlength=n)
            extra_sum -= np.bincount(rows[entries], weights=extra[entries], minlength=n)
            term[entries], extra[entries] = updated, 0.0
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.arange(n)
    return ranks


class _KeySpace:
    """One id per string KL compares: lower-cased words and words as written."""

    def __init__(self, tokens: Tokens) -> None:
        ids: dict[str, int] = {}
        #: Key of each lower-cased form.
        self.of_lower = np.array([ids.setdefault(w, len(ids)) for w in tokens.lowered], dtype=int)
        #: Key of each written form.
        self.of_written = np.array([ids.setdefault(w, len(ids)) for w in tokens.written], dtype=int)
        #: Whether each written form, as written, is a stop word.
        stop = tokens.res.stopwords
        self.written_is_stop = np.array([w in stop for w in tokens.written], dtype=bool)
        #: Number of keys.
        self.size = len(ids)
