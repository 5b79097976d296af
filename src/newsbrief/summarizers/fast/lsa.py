"""LSA as sumy computes it, without the singular value decomposition.

sumy's ``LsaSummarizer`` builds a dense term x sentence matrix ``A`` (smoothed term frequencies:
``0.4 + 0.6 * tf / max_tf`` in every cell of a sentence with at least one term), takes its SVD
``A = U S V^T`` and rates sentence ``j`` by ``sqrt(sum_i s_i^2 v_ij^2)`` over
``max(3, len(S))`` dimensions - that is, over all of them. This is the length of column ``j``
of ``S V^T = U^T A``, and since ``U`` has orthonormal columns spanning ``A``'s columns,
``|U^T a_j| = |a_j|``: the rating is the Euclidean norm of the sentence's column. That norm needs
no SVD and no dense matrix: ``(m - u_j) * 0.4^2 + sum over the u_j terms present (0.4 + 0.6
tf / max_tf)^2``, for ``m`` distinct terms in the text. It is O(words) instead of
O(words x sentences x min(words, sentences)).

The two agree to floating-point rounding (the SVD's, about 1e-13 relative). Sentences with the
same term-frequency profile get exactly equal ratings here; sumy's SVD rounding orders such
ties arbitrarily, so where sumy's ranking is decided by rounding the selections may differ.
"""

from __future__ import annotations

import numpy as np

from newsbrief.summarizers.fast.vectors import Tokens, row_max

#: sumy's smoothing of the maximum-normalised term frequency.
SMOOTH = 0.4


def lsa(tokens: Tokens) -> np.ndarray:
    """sumy's LSA rating of every sentence: the norm of its smoothed term-frequency column."""
    # sumy's dictionary: stems of non-stop words; but it counts every word whose stem is in
    # it, stop words included (a stop word can share a stem with a content word).
    in_dictionary = np.zeros(len(tokens.stems), dtype=bool)
    in_dictionary[tokens.stem[tokens.content]] = True
    terms = int(in_dictionary.sum())
    if terms == 0:
        return np.zeros(tokens.count)
    counts = tokens.matrix(in_dictionary[tokens.stem], tokens.stem, len(tokens.stems))
    largest = row_max(counts)
    present = np.diff(counts.indptr)
    rows = np.repeat(np.arange(tokens.count), present)
    smoothed = SMOOTH + (1.0 - SMOOTH) * (counts.data / largest[rows])
    # Float64 with weights (numpy's stubs type every bincount as integers).
    squares: np.ndarray = np.bincount(rows, weights=smoothed**2, minlength=tokens.count)
    squares += (terms - present) * SMOOTH**2
    squares[largest == 0] = 0.0  # sentences without a term keep an all-zero column
    return np.sqrt(squares)
