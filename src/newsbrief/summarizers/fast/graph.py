"""Graph algorithms: LexRank, TextRank and Reduction on sparse sentence-similarity matrices.

Each reproduces sumy's ``LexRankSummarizer``, ``TextRankSummarizer`` and ``ReductionSummarizer``
(same similarity, threshold, normalisation, start vector and stopping rule), but computes all
pairwise similarities as one sparse product instead of a Python double loop.
"""

from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp

from newsbrief.summarizers.fast.vectors import Tokens, row_max, segment_sums

#: sumy's LexRank similarity threshold and power-method tolerance.
LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
#: sumy's TextRank damping, tolerance and zero-division guard.
TEXTRANK_DAMPING = 0.85
TEXTRANK_EPSILON = 1e-4
TEXTRANK_GUARD = 1e-7


def _log_lengths(lengths: np.ndarray) -> np.ndarray:
    """``math.log`` of each sentence length (exactly sumy's values; lengths are few)."""
    table = {int(n): math.log(n) for n in np.unique(lengths) if n > 0}
    return np.array([table.get(int(n), 0.0) for n in lengths])


def lexrank(tokens: Tokens) -> np.ndarray:
    """LexRank centrality: power method over the thresholded idf-modified-cosine graph."""
    n = tokens.count
    counts = tokens.content_stems
    if n == 0:
        return np.zeros(0)
    # tf: counts over the sentence's most frequent term; idf: log(n / (1 + sentences with term))
    largest = row_max(counts)
    largest[largest == 0] = 1
    df = np.diff(counts.tocsc().indptr)
    idf = np.log(n / (1.0 + df))
    weighted = sp.diags(1.0 / largest) @ counts @ sp.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    similarity = (weighted @ weighted.T).tocoo()
    denominator = norms[similarity.row] * norms[similarity.col]
    positive = denominator > 0
    cosine = np.zeros(len(similarity.data))
    cosine[positive] = similarity.data[positive] / denominator[positive]
    linked = cosine > LEXRANK_THRESHOLD
    rows, cols = similarity.row[linked], similarity.col[linked]
    degree = np.bincount(rows, minlength=n).astype(np.float64)
    degree[degree == 0] = 1
    transition = sp.csr_matrix((1.0 / degree[rows], (cols, rows)), shape=(n, n))  # transposed
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > LEXRANK_EPSILON:
        following = transition @ p
        norm = np.linalg.norm(following)
        if norm == 0:  # no sentence has a content word: sumy's ratings are NaN, rated 0
            return np.zeros(n)
        following /= norm
        change = float(np.linalg.norm(following - p))
        p = following
    return p


def _overlap(tokens: Tokens) -> tuple[sp.coo_matrix, np.ndarray]:
    """Shared content words of every pair of sentences (with multiplicity), and lengths."""
    counts = tokens.content_stems
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    overlap = (counts @ counts.T).tocoo()
    return overlap, lengths


def textrank(tokens: Tokens) -> np.ndarray:
    """TextRank: PageRank with damping over word-overlap weights normalised by log lengths."""
    n = tokens.count
    if n == 0:
        return np.zeros(0)
    overlap, lengths = _overlap(tokens)
    logs = _log_lengths(lengths)
    norm = logs[overlap.row] + logs[overlap.col]
    # sumy's numpy.isclose(norm, 0.0), i.e. |norm| <= 1e-8: two one-word sentences, whose
    # weight is the overlap itself
    single = np.abs(norm) <= 1e-8
    weight = overlap.data.copy()
    weight[~single] = overlap.data[~single] / norm[~single]
    totals = np.bincount(overlap.row, weights=weight, minlength=n) + TEXTRANK_GUARD
    weight = weight / totals[overlap.row]
    transposed = sp.csr_matrix((weight, (overlap.col, overlap.row)), shape=(n, n))
    teleport = (1.0 - TEXTRANK_DAMPING) / n
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = teleport * p.sum() + TEXTRANK_DAMPING * (transposed @ p)
        change = float(np.linalg.norm(following - p))
        p = following
    return p


def reduction(tokens: Tokens) -> np.ndarray:
    """Reduction: each sentence's summed overlap weights with every other sentence.

    The edge weights are computed with the same floating-point operations as sumy and summed
    in sumy's order (other sentences in text order), so the ratings equal sumy's bit for bit.
    """
    n = tokens.count
    if n == 0:
        return np.zeros(0)
    overlap, lengths = _overlap(tokens)
    logs = _log_lengths(lengths)
    keep = overlap.row != overlap.col
    rows, cols, shared = overlap.row[keep], overlap.col[keep], overlap.data[keep]
    norm = logs[rows] + logs[cols]
    weight = np.zeros(len(shared))
    nonzero = norm != 0.0
    weight[nonzero] = shared[nonzero] / norm[nonzero]
    edges = sp.csr_matrix((weight, (rows, cols)), shape=(n, n))
    edges.sort_indices()
    return segment_sums(edges.data, edges.indptr[:-1], np.diff(edges.indptr))
