"""The fast sumy algorithms as newsbrief summarizers (the ones named ``lexrank``, ``lsa``...)."""

from __future__ import annotations

import attrs

from newsbrief.model import Sentence, SummaryItem
from newsbrief.nlp.languages import resources
from newsbrief.nlp.stopwords import extra_stopwords
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.fast.layout import algorithm_options, layout, request_language
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
        #: ``language``; for Edmundson its word lists and weights too.
        self.options = algorithm_options(algorithm)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    def score(self, request: SummaryRequest) -> tuple[list[Sentence], list[float]]:
        """Every candidate sentence (all documents, input order) and its score."""
        from newsbrief.summarizers.fast.rating import rate  # NumPy and SciPy, on first use

        documents = request.documents
        options = self.options.parse(request.options, f"{self.name} summarizer")
        res = resources(request_language(documents, options))
        extra = extra_stopwords(res.code)  # the run's own (newsbrief.nlp.stopwords), if any
        if extra:
            res = attrs.evolve(res, stopwords=res.stopwords | extra)
        arranged = layout(documents, headings=self.name == "edmundson")
        scores = rate(self.name, arranged, documents, res, options)
        return list(arranged.sentences), scores

    def summarize(self, request: SummaryRequest) -> list[SummaryItem]:
        """The best-rated sentences within the budget, in reading order."""
        sentences, scores = self.score(request)
        if not sentences:
            return []
        return select_items(sentences, scores, request.budget)


def fast_summarizers() -> list[FastSummarizer]:
    """One :class:`FastSummarizer` per algorithm of :data:`ALGORITHMS`."""
    return [FastSummarizer(name) for name in ALGORITHMS]
