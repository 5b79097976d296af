"""Sentence-level de-duplication: near-identical sentences become one candidate.

Two sentences are copies when the cosine of their *binary* content-term vectors is at least the
threshold (0.7 by default). Binary rather than TF-IDF so that one rare word edited by a wire
desk does not hide a copy, and cosine rather than shingle Jaccard so that light reordering
("said X" / "X said") still counts. At 0.7 a 10-term sentence may differ by about three terms.
Copies are linked transitively (union-find).
"""

from __future__ import annotations

import attrs
import numpy as np

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
    #: Linked pairs ``(i, j, similarity)``, ``i < j``.
    pairs: tuple[tuple[int, int, float], ...]


def find_duplicates(
    candidates: Candidates, quality: np.ndarray, threshold: float = DEFAULT_DUPLICATE_THRESHOLD
) -> Duplicates:
    """Cluster the candidates; the representative is the best-quality member, earliest on ties."""
    n = len(candidates)
    parent = np.arange(n)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    linked = pairs_above(normalise_rows(candidates.terms), threshold - 1e-9)
    pairs = sorted(zip(linked.row.tolist(), linked.col.tolist(), linked.data.tolist(), strict=True))
    for i, j, _ in pairs:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    cluster = np.asarray([find(i) for i in range(n)], dtype=np.int64)

    representative = np.zeros(n, dtype=bool)
    support = np.ones(n, dtype=np.int64)
    for root in np.unique(cluster):
        members = np.flatnonzero(cluster == root)
        # Best quality first, then earliest: members are already in (document, offset) order.
        best = members[np.argmax(quality[members])]
        representative[best] = True
        support[members] = len(np.unique(candidates.source[members]))
    return Duplicates(
        cluster=cluster,
        representative=representative,
        support=support,
        pairs=tuple((i, j, float(s)) for i, j, s in pairs),
    )
