"""Every sentence's rating by one algorithm: the numerical part of :class:`.FastSummarizer`.

Kept apart so that listing the summarizers (``newsbrief list``) imports neither NumPy nor SciPy:
this module is imported on the first call that rates sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from newsbrief.model import Document
from newsbrief.nlp.languages import LanguageResources
from newsbrief.summarizers.fast import edmundson, frequency, graph, lsa
from newsbrief.summarizers.fast.layout import (
    ITERATIVE,
    Layout,
    edmundson_weights,
    edmundson_words,
)
from newsbrief.summarizers.fast.vectors import Tokens

_RATERS: dict[str, Callable[[Tokens], np.ndarray]] = {
    "lexrank": graph.lexrank,
    "lsa": lsa.lsa,
    "textrank": graph.textrank,
    "luhn": frequency.luhn,
    "kl": frequency.kl,
    "sumbasic": frequency.sumbasic,
    "reduction": graph.reduction,
}


def rate(
    algorithm: str,
    arranged: Layout,
    documents: tuple[Document, ...],
    res: LanguageResources,
    options: Mapping[str, Any],
) -> list[float]:
    """The score of each sentence of ``arranged`` (sumy's rating; ``1 / (1 + pick order)``
    for the algorithms that pick sentences one by one)."""
    tokens = Tokens([s.text for s in arranged.sentences], res)
    if algorithm == "edmundson":
        words = edmundson_words(documents, res, options)
        ratings = edmundson.edmundson(tokens, arranged, words, edmundson_weights(options))
    else:
        ratings = _RATERS[algorithm](tokens)
    if algorithm in ITERATIVE:
        ratings = 1.0 / (1.0 + ratings)
    return np.asarray(ratings, dtype=np.float64).tolist()
