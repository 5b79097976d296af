"""Edmundson's cue, key, title and location methods as per-token lookups.

Reproduces sumy's ``EdmundsonSummarizer``: the rating is the plain sum of the ratings of the
methods whose weight is positive (sumy uses the weights only to switch methods on): cue = bonus
minus stigma words, key = frequent bonus words, title = non-null heading words, location =
heading words plus one point each for the first / last paragraph and the first / last sentence
of a paragraph. Every word is compared by ``stem(lower(word))``, stop words included.

Cue, key and heading words each earn a fixed number of points per occurrence, so the points of
each stem are added up once and each sentence's rating is one sum over its words.
"""

from __future__ import annotations

import collections
import functools
import itertools
from collections.abc import Mapping

import numpy as np

from newsbrief.nlp.languages import LanguageResources
from newsbrief.nlp.tokens import words
from newsbrief.summarizers.fast.layout import Layout
from newsbrief.summarizers.fast.vectors import Tokens, written_stemmer

#: sumy's key-method threshold: bonus words at least this share of the most frequent one's count.
KEY_WEIGHT = 0.5


@functools.lru_cache(maxsize=64)
def _stem_set(res: LanguageResources, collection: frozenset[str]) -> frozenset[str]:
    """Stems of ``collection``'s lower-cased words (remembered: the null words are the stop
    words on every call by default)."""
    stem = written_stemmer(res)
    return frozenset(map(stem, collection))


def edmundson(
    tokens: Tokens,
    layout: Layout,
    word_lists: tuple[set[str], set[str], set[str]],
    weights: Mapping[str, float],
) -> np.ndarray:
    """Edmundson's rating of every sentence (an integer, as a float)."""
    bonus, stigma, null = (_stem_set(tokens.res, frozenset(c)) for c in word_lists)
    if not bonus or not stigma or not null:
        raise ValueError("Edmundson needs non-empty bonus, stigma and null words")
    # Every method adds a fixed number of points per occurrence of certain stems: add up the
    # points of each stem once, then of each sentence's words.
    points: collections.Counter[str] = collections.Counter()
    if weights["cue_weight"] > 0:
        points.update(bonus)
        points.subtract(stigma)
    if weights["key_weight"] > 0:
        points.update(_key_words(tokens, layout, bonus))
    methods = (weights["title_weight"] > 0) + (weights["location_weight"] > 0)
    if methods:
        stem = written_stemmer(tokens.res)
        headings = {stem(w) for h in layout.headings for w in words(h)}
        points.update(dict.fromkeys(headings - null, methods))
    of_written = np.fromiter(
        map(points.get, tokens.written_stems, itertools.repeat(0)),
        dtype=np.float64,
        count=len(tokens.written),
    )
    rating = tokens.sentence_sums(of_written)
    if weights["location_weight"] > 0:
        rating += _position_points(layout)
    return rating


def _key_words(tokens: Tokens, layout: Layout, bonus: frozenset[str]) -> set[str]:
    """Bonus words occurring more than half as often as the most frequent one (headings too)."""
    frequency = np.bincount(tokens.ids, minlength=len(tokens.written)).tolist()
    counts: collections.Counter[str] = collections.Counter()
    for stem, count in zip(tokens.written_stems, frequency, strict=True):
        if stem in bonus:
            counts[stem] += count
    stem_of = written_stemmer(tokens.res)
    counts.update(s for h in layout.headings for s in map(stem_of, words(h)) if s in bonus)
    if not counts:
        return set()
    most = max(counts.values())
    return {stem for stem, c in counts.items() if c / most > KEY_WEIGHT}


def _position_points(layout: Layout) -> np.ndarray:
    """Location points: first or last paragraph, first or last sentence of its paragraph."""
    paragraph = np.asarray(layout.paragraph, dtype=np.int64)
    points = np.zeros(len(paragraph))
    if not len(paragraph):
        return points
    last_paragraph = layout.paragraphs - 1
    points += (paragraph == 0) | (paragraph == last_paragraph)
    first = np.r_[True, paragraph[1:] != paragraph[:-1]]
    last = np.r_[paragraph[1:] != paragraph[:-1], True]
    points += first | last
    return points
