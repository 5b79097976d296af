"""A ceiling on the candidates one summary weighs, so its cost stays linear in the input.

De-duplication compares candidate sentences pairwise, so a story of a hundred long articles (or
one book-length document) would cost the square of its sentences. Beyond
:data:`MAX_CANDIDATES` sentences, the summarizer weighs only the leads of every source (news puts
what matters first) and, for the rest of the allowance, the sentences closest to the centroid of
all of them (what the sources have most in common). Below the ceiling nothing changes, which is
every ordinary briefing: TAC 2011's ten-article topics have a few hundred sentences.
"""

from __future__ import annotations

import attrs
import numpy as np
import scipy.sparse as sp

from newsbrief.summarizers.multidoc.salience import centrality
from newsbrief.summarizers.multidoc.vectors import Candidates, tfidf_rows

#: Most candidate sentences one summary weighs.
MAX_CANDIDATES = 2000
#: Share of the allowance kept for the leads of the sources (the rest goes by centrality).
LEAD_SHARE = 0.5


def bounded(candidates: Candidates, limit: int = MAX_CANDIDATES) -> Candidates:
    """``candidates`` if there are at most ``limit``, else the ``limit`` most promising ones.

    Kept: the first sentences of every source (as many per source as half the allowance
    pays for, at least one, so with more sources than ``limit`` only the first of each), then
    the most central remaining sentences (TF-IDF cosine with the centroid; ties to the
    earliest). The kept sentences stay in their original order.
    """
    n = len(candidates)
    if n <= limit:
        return candidates
    n_sources = int(candidates.source.max()) + 1
    per_source = max(1, int(limit * LEAD_SHARE) // n_sources)
    keep = candidates.position < per_source
    if keep.sum() > limit:  # more sources than the allowance: the very first sentence of each
        keep = candidates.position == 0
    room = limit - int(keep.sum())
    if room > 0:
        score = centrality(tfidf_rows(candidates.terms, candidates.source))
        score[keep] = -np.inf
        order = np.argsort(-score, kind="stable")  # stable: equal scores keep input order
        keep[order[:room]] = True
    return subset(candidates, np.flatnonzero(keep))


def subset(candidates: Candidates, index: np.ndarray) -> Candidates:
    """The candidates at ``index`` (ascending), with every per-sentence field cut alike."""
    n = len(candidates)
    changes = {}
    for field in attrs.fields(Candidates):
        value = getattr(candidates, field.name)
        if isinstance(value, tuple) and len(value) == n:
            changes[field.name] = tuple(value[i] for i in index.tolist())
        elif isinstance(value, np.ndarray | sp.spmatrix | sp.sparray) and value.shape[0] == n:
            changes[field.name] = value[index]
    return attrs.evolve(candidates, **changes)
