"""sumy's own summarizers (``sumy-lexrank``...), offline, on newsbrief's sentences, scores exposed.

The names ``lexrank``, ``lsa``... are served by the vectorised :mod:`newsbrief.summarizers.fast`
versions, which select the same sentences much faster; these run sumy's code itself and are the
reference the fast versions are tested and benchmarked against.

sumy's default tokenizer needs NLTK data, which newsbrief never downloads. Instead each sumy
algorithm is given a :class:`~sumy.models.dom.ObjectDocumentModel` built from the sentences the
newsbrief segmenter already found, words from :mod:`newsbrief.nlp.tokens`, and the stemmer and
stop words of :func:`newsbrief.nlp.languages.resources`.

Scores are sumy's own ratings: the summarizer is run with its final selection step replaced by
one that records the rating of every sentence, so the scores are exactly what sumy ranks by.
Selection then goes through :func:`~newsbrief.summarizers.selection.select_top`, which breaks
ties like sumy (earlier sentence first): a sentence-count budget selects what sumy would.

sumy is imported lazily so that importing newsbrief (and ``newsbrief --help``) stays fast.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from newsbrief.model import Document, Sentence, SummaryItem
from newsbrief.nlp.languages import normalize_language, resources
from newsbrief.nlp.segmenter import sentence_spans
from newsbrief.nlp.tokens import words
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.fast.layout import (
    EDMUNDSON_WEIGHTS,
    ITERATIVE,
    STIGMA_WORDS,
    algorithm_options,
    edmundson_words,
    majority_language,
    request_language,
    title_texts,
)
from newsbrief.summarizers.selection import all_sentences, select_items

__all__ = [
    "ALGORITHMS",
    "EDMUNDSON_WEIGHTS",
    "STIGMA_WORDS",
    "SumySummarizer",
    "SumyTokenizer",
    "build_model",
    "majority_language",
    "make_summarizer",
    "rate",
    "sumy_summarizers",
    "title_texts",
]

#: sumy algorithms by newsbrief name: (module, class, description).
ALGORITHMS: dict[str, tuple[str, str, str]] = {
    "lexrank": ("lex_rank", "LexRankSummarizer", "LexRank: centrality in a sentence graph (sumy)"),
    "lsa": ("lsa", "LsaSummarizer", "Latent semantic analysis of the term matrix (sumy)"),
    "textrank": ("text_rank", "TextRankSummarizer", "TextRank: PageRank over sentences (sumy)"),
    "luhn": ("luhn", "LuhnSummarizer", "Luhn: clusters of significant words (sumy)"),
    "edmundson": (
        "edmundson",
        "EdmundsonSummarizer",
        "Edmundson: cue, title and location words (sumy)",
    ),
    "kl": ("kl", "KLSummarizer", "KL-Sum: greedy KL-divergence minimisation (sumy)"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer", "SumBasic: word probabilities (sumy)"),
    "reduction": ("reduction", "ReductionSummarizer", "Graph reduction by sentence overlap (sumy)"),
}


class SumyTokenizer:
    """A sumy tokenizer backed by newsbrief's segmenter and word tokenizer (no NLTK data)."""

    def __init__(self, language: str | None = None) -> None:
        self.language = normalize_language(language)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """The sentences of ``paragraph`` as strings."""
        return tuple(paragraph[s:e] for s, e in sentence_spans(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """The words of ``sentence`` as written."""
        return tuple(words(sentence))


@attrs.frozen
class SumyModel:
    """A sumy document model and, by position, the newsbrief sentences it was built from."""

    #: The :class:`sumy.models.dom.ObjectDocumentModel`.
    document: Any
    #: ``sentences[i]`` is the newsbrief sentence behind ``document.sentences[i]``.
    sentences: tuple[Sentence, ...]
    #: ISO 639-1 code the words were tokenized, stemmed and filtered for.
    language: str


def build_model(
    documents: Sequence[Document], *, language: str | None = None, headings: bool = False
) -> SumyModel:
    """A sumy document model of all sentences of ``documents``, in input order.

    Each (document, paragraph) becomes a sumy paragraph. sumy compares sentences by text; the
    sentences made here compare by identity, so identical sentences from two articles stay
    distinct (in rating dictionaries too) and map back to our sentences by position. With
    ``headings`` the documents' titles become sumy headings (Edmundson's title method uses them).
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph

    language = language or majority_language(documents)
    tokenizer = SumyTokenizer(language)
    sentence_class = _sentence_class()
    paragraphs = []
    ours: list[Sentence] = []
    for document in documents:
        titles = title_texts([document]) if headings else []
        current: list[Any] = [sentence_class(t, tokenizer, is_heading=True) for t in titles]
        paragraph = None
        for sentence in document.sentences:
            if paragraph is not None and sentence.paragraph != paragraph and current:
                paragraphs.append(Paragraph(current))
                current = []
            paragraph = sentence.paragraph
            current.append(sentence_class(sentence.text, tokenizer))
            ours.append(sentence)
        if current:
            paragraphs.append(Paragraph(current))
    return SumyModel(ObjectDocumentModel(paragraphs), tuple(ours), language)


_SENTENCE_CLASS: Any = None


def _sentence_class() -> Any:
    """A sumy Sentence subclass with identity equality (built lazily: sumy imports slowly)."""
    global _SENTENCE_CLASS
    if _SENTENCE_CLASS is None:
        from sumy.models.dom import Sentence as SumySentence

        class IdentitySentence(SumySentence):
            """A sumy sentence equal only to itself."""

            __slots__ = ()
            __eq__ = object.__eq__
            __ne__ = object.__ne__
            __hash__ = object.__hash__

        _SENTENCE_CLASS = IdentitySentence
    return _SENTENCE_CLASS


def make_summarizer(
    algorithm: str,
    language: str,
    *,
    documents: Sequence[Document] = (),
    options: Mapping[str, Any] | None = None,
) -> Any:
    """A configured sumy summarizer: our stemmer and stop words, Edmundson word lists.

    Edmundson's defaults (each overridable by the option of the same name, a list of words):
    ``null_words`` are the language's stop words; ``bonus_words`` the content words of the
    documents' titles, or of each document's first sentence when no title is known;
    ``stigma_words`` :data:`STIGMA_WORDS` (hedging and opinion words). Options
    ``cue_weight``, ``key_weight``, ``title_weight`` and ``location_weight`` override sumy's
    weights (1, 0, 1, 1).
    """
    options = options or {}
    module_name, class_name, _ = ALGORITHMS[algorithm]
    module = importlib.import_module(f"sumy.summarizers.{module_name}")
    res = resources(language)
    if algorithm == "edmundson":
        weights = {k: float(options[k]) for k in EDMUNDSON_WEIGHTS if k in options}
        summarizer = getattr(module, class_name)(res.stem, **weights)
    else:
        summarizer = getattr(module, class_name)(res.stem)
    summarizer.stop_words = res.stopwords
    if algorithm == "edmundson":
        bonus, stigma, null = edmundson_words(documents, res, options)
        summarizer.null_words, summarizer.bonus_words, summarizer.stigma_words = null, bonus, stigma
    return summarizer


def rate(summarizer: Any, model: SumyModel) -> list[float]:
    """sumy's rating of every sentence of ``model``, by position.

    Runs ``summarizer`` with its final step (``_get_best_sentences``, which sorts by rating)
    replaced on this instance by one that records the rating of each sentence instead.
    """
    ratings: list[float] = []

    def record(sentences: Sequence[Any], count: Any, rating: Any, *args: Any, **kw: Any) -> tuple:
        rate_one = rating.__getitem__ if isinstance(rating, dict) else rating
        ratings.extend(float(rate_one(s, *args, **kw)) for s in sentences)
        return ()

    summarizer._get_best_sentences = record
    if model.sentences:
        import numpy

        # Degenerate texts (only stop words, one sentence) make sumy divide by zero; such
        # sentences simply carry no information, so they rate 0 instead of NaN.
        with numpy.errstate(all="ignore"):
            summarizer(model.document, len(model.sentences))
    if len(ratings) != len(model.sentences):
        # sumy returns before rating when no word survives stop-word removal (LSA on "The.").
        return [0.0] * len(model.sentences)
    return [r if math.isfinite(r) else 0.0 for r in ratings]


#: Prefix of the names the sumy-backed summarizers are registered under (``sumy-lexrank``).
PREFIX = "sumy-"


class SumySummarizer:
    """One sumy algorithm as a newsbrief summarizer (single-document: all inputs as one text).

    ``SumySummarizer("lexrank")`` is registered as ``sumy-lexrank``; ``algorithm`` is the
    plain name, which the fast version of the same algorithm is registered under.
    """

    multi_document = False

    def __init__(self, algorithm: str) -> None:
        algorithm = algorithm.removeprefix(PREFIX)
        if algorithm not in ALGORITHMS:
            raise ValueError(f"unknown sumy algorithm {algorithm!r}")
        #: The algorithm (``lexrank``...).
        self.algorithm = algorithm
        #: The registered name, ``sumy-`` and the algorithm.
        self.name = PREFIX + algorithm
        #: One line for ``newsbrief list``.
        self.description = ALGORITHMS[algorithm][2] + ", the reference"
        #: ``language``; for Edmundson its word lists and weights too.
        self.options = algorithm_options(algorithm)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    def score(self, request: SummaryRequest) -> tuple[list[Sentence], list[float]]:
        """Every candidate sentence (all documents, input order) and its score.

        For KL and SumBasic, which pick sentences one at a time, the score is ``1 / rank``.
        """
        documents = request.documents
        options = self.options.parse(request.options, f"{self.name} summarizer")
        language = request_language(documents, options)
        model = build_model(documents, language=language, headings=self.algorithm == "edmundson")
        summarizer = make_summarizer(
            self.algorithm, model.language, documents=documents, options=options
        )
        ratings = rate(summarizer, model)
        if self.algorithm in ITERATIVE:
            ratings = [1.0 / (1.0 - r) for r in ratings]  # ratings are 0, -1, -2... by pick
        return list(model.sentences), ratings

    def summarize(self, request: SummaryRequest) -> list[SummaryItem]:
        """The best-rated sentences within the budget, in reading order."""
        if not all_sentences(request.documents):
            return []
        sentences, scores = self.score(request)
        return select_items(sentences, scores, request.budget)


def sumy_summarizers() -> list[SumySummarizer]:
    """One :class:`SumySummarizer` per algorithm of :data:`ALGORITHMS`."""
    return [SumySummarizer(name) for name in ALGORITHMS]
