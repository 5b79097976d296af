"""The fast sumy algorithms as newsbrief summarizers (the ones named ``lexrank``, ``lsa``...)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from newsbrief.model import Sentence, SummaryItem
from newsbrief.nlp.languages import resources
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.fast import edmundson, frequency, graph, lsa
from newsbrief.summarizers.fast.layout import (
    ITERATIVE,
    Layout,
    edmundson_weights,
    edmundson_words,
    layout,
    request_language,
)
from newsbrief.summarizers.fast.vectors import Tokens
from newsbrief.summarizers.selection import select_items

#: Algorithms by name: one-line description.
ALGORITHMS: dict[str, str] = {
    "lexrank": "LexRank: centrality in a sentence graph (sumy's, vectorised)",
    "lsa": "Latent semantic analysis of the term matrix (sumy's, vectorised)",
    "textrank": "TextRank: PageRank over sentences (sumy's, vectorised)",
    "luhn": "Luhn: clusters of significant words (sumy's, vectorised)",
    "edmundson": "Edmundson: cue, title and location words (sumy's, vectorised)",
    "kl": "KL-Sum: greedy KL-divergence minimisation (sumy's, vectorised)",
    "sumbasic": "SumBasic: word probabilities (sumy's, vectorised)",
    "reduction": "Graph reduction by sentence overlap (sumy's, vectorised)",
}


_RATERS: dict[str, Callable[[Tokens], np.ndarray]] = {
    "lexrank": graph.lexrank,
    "lsa": lsa.lsa,
    "textrank": graph.textrank,
    "luhn": frequency.luhn,
    "kl": frequency.kl,
    "sumbasic": frequency.sumbasic,
    "reduction": graph.reduction,
}


class FastSummarizer:
    """One of sumy's algorithms, vectorised with NumPy/SciPy, selecting what sumy selects.

    Single-document like sumy: the sentences of all documents are rated as one text. Scores are
    sumy's ratings (for KL and SumBasic, which pick sentences one at a time, ``1 / rank``).
    Options: ``language``; for Edmundson ``bonus_words``, ``stigma_words``, ``null_words``
    (lists of words) and ``cue_weight``, ``key_weight``, ``title_weight``,
    ``location_weight`` (sumy runs each method whose weight is positive).
    """

    multi_document = False

    def __init__(self, algorithm: str) -> None:
        if algorithm not in ALGORITHMS:
            raise ValueError(f"unknown algorithm {algorithm!r}")
        #: The algorithm's newsbrief name.
        self.name = algorithm
        #: One line for ``newsbrief list``.
        self.description = ALGORITHMS[algorithm]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    def score(self, request: SummaryRequest) -> tuple[list[Sentence], list[float]]:
        """Every candidate sentence (all documents, input order) and its score."""
        documents = request.documents
        res = resources(request_language(documents, request.options))
        arranged = layout(documents, headings=self.name == "edmundson")
        tokens = Tokens([s.text for s in arranged.sentences], res)
        ratings = self._rate(tokens, arranged, request)
        if self.name in ITERATIVE:
            ratings = 1.0 / (1.0 + ratings)
        return list(arranged.sentences), [float(r) for r in ratings]

    def _rate(self, tokens: Tokens, arranged: Layout, request: SummaryRequest) -> np.ndarray:
        if self.name == "edmundson":
            words = edmundson_words(request.documents, tokens.res, request.options)
            weights = edmundson_weights(request.options)
            return edmundson.edmundson(tokens, arranged, words, weights)
        return _RATERS[self.name](tokens)

    def summarize(self, request: SummaryRequest) -> list[SummaryItem]:
        """The best-rated sentences within the budget, in reading order."""
        sentences, scores = self.score(request)
        if not sentences:
            return []
        return select_items(sentences, scores, request.budget)


def fast_summarizers() -> list[FastSummarizer]:
    """One :class:`FastSummarizer` per algorithm of :data:`ALGORITHMS`."""
    return [FastSummarizer(name) for name in ALGORITHMS]
