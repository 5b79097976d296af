"""What every sumy-family summarizer sees: the language, the sentences, paragraphs and headings.

Shared by the fast summarizers and the sumy adapter, so that both rate exactly the same input:
all sentences of all documents in input order, one paragraph per (document, paragraph) with the
document's titles as headings at the start of its first paragraph (sumy's document model).
"""

from __future__ import annotations

import collections
import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsbrief.model import Document, Sentence
from newsbrief.nlp.languages import LanguageResources, normalize_language
from newsbrief.nlp.tokens import words
from newsbrief.options import Option, OptionSpec

#: Algorithms that pick sentences one by one (KL-Sum, SumBasic): their score is the pick order,
#: ``1 / (1 + order)``.
ITERATIVE = frozenset({"kl", "sumbasic"})

_STIGMA = """
    allegedly reportedly rumor rumour rumors rumours perhaps maybe possibly probably apparently
    seemingly supposedly speculation speculate unconfirmed unverified opinion opinions believe
    think guess might hardly arguably subscribe newsletter click advertisement sponsored
"""
#: Default Edmundson stigma words: hedging, opinion and page furniture that rarely carry news.
STIGMA_WORDS: frozenset[str] = frozenset(_STIGMA.split())

#: Edmundson method weights (sumy's constructor arguments); sumy only checks which are > 0.
EDMUNDSON_WEIGHTS = ("cue_weight", "key_weight", "title_weight", "location_weight")
#: sumy's default Edmundson weights.
EDMUNDSON_DEFAULTS = {
    "cue_weight": 1.0,
    "key_weight": 0.0,
    "title_weight": 1.0,
    "location_weight": 1.0,
}

#: The option every sumy-family summarizer takes.
LANGUAGE_OPTIONS = OptionSpec(
    Option(
        "language",
        str,
        None,
        "The language of the stop words and stemmer (code, tag or English name; default: "
        "the language most sentences are in).",
    )
)

_WEIGHT_HELP = {
    "cue_weight": "Weight of the cue method (bonus and stigma words); 0 turns it off.",
    "key_weight": "Weight of the key method (frequent words); 0 turns it off.",
    "title_weight": "Weight of the title method (words of the headings); 0 turns it off.",
    "location_weight": "Weight of the location method (headings, first and last sentences); "
    "0 turns it off.",
}

#: Edmundson's options besides ``language``: its word lists and method weights.
EDMUNDSON_OPTIONS = OptionSpec(
    Option(
        "bonus_words",
        list,
        None,
        "Words that raise a sentence (default: content words of the titles, else of each "
        "first sentence).",
    ),
    Option(
        "stigma_words",
        list,
        None,
        "Words that lower a sentence (default: hedging and opinion words).",
    ),
    Option("null_words", list, None, "Words ignored (default: the language's stop words)."),
    *(
        Option(name, float, EDMUNDSON_DEFAULTS[name], _WEIGHT_HELP[name], minimum=0.0)
        for name in EDMUNDSON_WEIGHTS
    ),
)


def algorithm_options(algorithm: str) -> OptionSpec:
    """The options of the sumy-family summarizer running ``algorithm``."""
    return LANGUAGE_OPTIONS + (EDMUNDSON_OPTIONS if algorithm == "edmundson" else OptionSpec())


def majority_language(documents: Sequence[Document]) -> str:
    """The language most of ``documents`` are in (by sentence count); English if unknown."""
    counts = collections.Counter(
        {normalize_language(d.language): 0 for d in documents if d.language}
    )
    for document in documents:
        if document.language:
            counts[normalize_language(document.language)] += len(document.sentences) or 1
    return counts.most_common(1)[0][0] if counts else normalize_language(None)


def request_language(documents: Sequence[Document], options: Mapping[str, Any]) -> str:
    """The ``language`` option, else the documents' majority language."""
    return normalize_language(options.get("language") or majority_language(documents))


def title_texts(documents: Iterable[Document]) -> list[str]:
    """Headlines and subheadings of ``documents`` (document, section and heading spans)."""
    texts = []
    for document in documents:
        if document.metadata.title:
            texts.append(document.metadata.title)
        texts.extend(s.metadata.title for s in document.sections if s.metadata.title)
        texts.extend(document.text[h.start : h.end] for h in document.headings)
    return texts


@attrs.frozen
class Layout:
    """Sentences in rating order, grouped into sumy's paragraphs, with heading texts."""

    #: Every sentence of every document, documents in input order.
    sentences: tuple[Sentence, ...]
    #: Index of each sentence's paragraph (paragraphs counted across documents).
    paragraph: tuple[int, ...]
    #: How many paragraphs there are (a document with titles but no sentences has one).
    paragraphs: int
    #: Heading texts (titles), when requested.
    headings: tuple[str, ...]


def layout(documents: Sequence[Document], *, headings: bool = False) -> Layout:
    """The sentences of ``documents`` grouped as sumy's document model groups them."""
    sentences: list[Sentence] = []
    paragraph_of: list[int] = []
    heading_texts: list[str] = []
    count = 0
    for document in documents:
        titles = title_texts([document]) if headings else []
        heading_texts.extend(titles)
        if not document.sentences:
            count += bool(titles)  # the titles alone make a paragraph
            continue
        sentences.extend(document.sentences)
        # The titles open the first paragraph; a new one starts wherever a sentence's paragraph
        # differs from the previous sentence's.
        marks = [s.paragraph for s in document.sentences]
        paragraph_of.extend(itertools.accumulate(map(operator.ne, marks[1:], marks), initial=count))
        count = paragraph_of[-1] + 1
    return Layout(tuple(sentences), tuple(paragraph_of), count, tuple(heading_texts))


def edmundson_words(
    documents: Sequence[Document], res: LanguageResources, options: Mapping[str, Any]
) -> tuple[set[str], set[str], set[str]]:
    """Edmundson's bonus, stigma and null words (unstemmed), options first.

    ``null_words`` default to the language's stop words; ``bonus_words`` to the content words of
    the documents' titles, or of each document's first sentence when no title is known;
    ``stigma_words`` to :data:`STIGMA_WORDS` (hedging and opinion words).
    """
    bonus = options.get("bonus_words") or _bonus_words(documents, res)
    stigma = options.get("stigma_words") or STIGMA_WORDS
    null = options.get("null_words") or res.stopwords or {"the"}
    return set(bonus), set(stigma), set(null)


def _bonus_words(documents: Sequence[Document], res: LanguageResources) -> set[str]:
    texts = title_texts(documents)
    if not texts:
        texts = [d.sentences[0].text for d in documents if d.sentences]
    bonus = {w.lower() for t in texts for w in words(t)} - res.stopwords
    return {w for w in bonus if any(c.isalpha() for c in w)} or {"news"}


def edmundson_weights(options: Mapping[str, Any]) -> dict[str, float]:
    """Edmundson's method weights: sumy's defaults overridden by options of the same name."""
    weights = {k: float(options.get(k, v)) for k, v in EDMUNDSON_DEFAULTS.items()}
    if any(w < 0 for w in weights.values()):
        raise ValueError("Edmundson weights must not be negative")
    return weights
