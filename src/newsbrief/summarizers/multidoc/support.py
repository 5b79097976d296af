"""Which other sources carry the content of a selected sentence.

Outlets paraphrase one another, so plain cosine misses most support (the Pentagon's "will not
intercept missiles and drones over Ukraine" scores 0.25 against a rewording of it). The measure
is the IDF-weighted *overlap coefficient* of the two sentences' content terms: how much of the
shorter one the longer one contains. A small cosine floor and at least three shared terms keep a
short sentence from being "contained" in any long one by chance.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from newsbrief.model import SourceRef
from newsbrief.summarizers.multidoc.dedup import Duplicates
from newsbrief.summarizers.multidoc.vectors import Candidates, source_frequency

#: Cosine (TF-IDF) a supporting sentence needs whatever its overlap.
MIN_COSINE = 0.2
#: Content terms a supporting sentence must share.
MIN_SHARED_TERMS = 3


class SupportFinder:
    """Finds, for a chosen sentence, one matching sentence per other source."""

    def __init__(
        self, candidates: Candidates, duplicates: Duplicates, tfidf: sp.csr_matrix, threshold: float
    ) -> None:
        self.candidates = candidates
        self.duplicates = duplicates
        self.tfidf = tfidf
        self.threshold = threshold
        n_sources = int(candidates.source.max()) + 1 if len(candidates) else 1
        idf = np.log((n_sources + 1) / (source_frequency(candidates.terms, candidates.source) + 1))
        self.weighted = sp.csr_matrix(candidates.terms @ sp.diags(idf + 1))
        self.mass = np.asarray(self.weighted.sum(axis=1)).ravel()

    def similarity(self, i: int) -> np.ndarray:
        """Overlap-coefficient similarity of every candidate with ``i`` (0 when too weak)."""
        terms = self.candidates.terms
        shared_mass = np.asarray((self.weighted @ terms[i].T).todense()).ravel()
        shared_count = np.asarray((terms @ terms[i].T).todense()).ravel()
        cosine = np.asarray((self.tfidf @ self.tfidf[i].T).todense()).ravel()
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
