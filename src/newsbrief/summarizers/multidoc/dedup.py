"""Sentence-level de-duplication: near-identical sentences become one candidate.

Two sentences are copies when the cosine of their *binary* content-term vectors is at least the
threshold (0.7 by default). Binary rather than TF-IDF so that one rare word edited by a wire
desk does not hide a copy, and cosine rather than shingle Jaccard so that light reordering
("said X" / "X said") still counts. At 0.7 a 10-term sentence may differ by about three terms.
Copies are linked transitively (connected components of the graph of linked pairs).
"""

from __future__ import annotations

import attrs
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from newsbrief.summarizers.multidoc.options import DEFAULT_DUPLICATE_THRESHOLD
from newsbrief.summarizers.multidoc.vectors import Candidates, normalise_rows, pairs_above


@attrs.frozen
class Duplicates:
    """Clusters of near-identical sentences."""

    #: Cluster id of each candidate (the index of its earliest member).
    cluster: np.ndarray
    #: Whether each candidate represents its cluster (exactly one per cluster).
    representative: np.ndarray
    #: For each candidate, how many distinct sources (document, section) carry its cluster.
    support: np.ndarray


def find_duplicates(
    candidates: Candidates, quality: np.ndarray, threshold: float = DEFAULT_DUPLICATE_THRESHOLD
) -> Duplicates:
    """Cluster the candidates; the representative is the best-quality member, earliest on ties."""
    n = len(candidates)
    cluster = clusters(linked_pairs(candidates, threshold))
    sizes = np.bincount(cluster, minlength=n)
    representative = sizes[cluster] == 1  # a sentence with no copy stands for itself
    support = np.ones(n, dtype=np.int64)
    for root in np.flatnonzero(sizes > 1):
        members = np.flatnonzero(cluster == root)
        # Best quality first, then earliest: members are already in (document, offset) order.
        best = members[np.argmax(quality[members])]
        representative[best] = True
        support[members] = len(np.unique(candidates.source[members]))
    return Duplicates(
        cluster=cluster,
        representative=representative,
        support=support,
    )


def linked_pairs(
    candidates: Candidates, threshold: float = DEFAULT_DUPLICATE_THRESHOLD
) -> sp.coo_matrix:
    """Pairs ``i < j`` of candidates that are copies of one another, with their similarity."""
    return pairs_above(normalise_rows(candidates.terms), threshold - 1e-9)


def clusters(linked: sp.coo_matrix) -> np.ndarray:
    """Cluster id of each candidate given its ``linked`` pairs: its earliest linked member.

    Copies link transitively: clusters are the connected components of the pairs' graph.
    """
    n = linked.shape[0]
    if not n:
        return np.zeros(0, dtype=np.int64)
    _, label = connected_components(linked, directed=False)
    earliest = np.full(int(label.max()) + 1, n, dtype=np.int64)
    np.minimum.at(earliest, label, np.arange(n))
    return earliest[label]
