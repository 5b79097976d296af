"""Edmundson's cue, key, title and location methods as per-token lookups.

Reproduces sumy's ``EdmundsonSummarizer``: the rating is the plain sum of the ratings of the
methods whose weight is positive (sumy uses the weights only to switch methods on): cue = bonus
minus stigma words, key = frequent bonus words, title = non-null heading words, location =
heading words plus one point each for the first / last paragraph and the first / last sentence
of a paragraph. Every word is compared by ``stem(lower(word))``, stop words included.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from newsbrief.nlp.tokens import words
from newsbrief.summarizers.fast.layout import Layout
from newsbrief.summarizers.fast.vectors import Tokens

#: sumy's key-method threshold: bonus words at least this share of the most frequent one's count.
KEY_WEIGHT = 0.5


def _stem_set(tokens: Tokens, collection: set[str] | frozenset[str]) -> frozenset[str]:
    stem = tokens.res.stem
    return frozenset(stem(w.lower()) for w in collection)


def edmundson(
    tokens: Tokens,
    layout: Layout,
    word_lists: tuple[set[str], set[str], set[str]],
    weights: Mapping[str, float],
) -> np.ndarray:
    """Edmundson's rating of every sentence (an integer, as a float)."""
    bonus, stigma, null = (_stem_set(tokens, c) for c in word_lists)
    if not bonus or not stigma or not null:
        raise ValueError("Edmundson needs non-empty bonus, stigma and null words")
    stems = tokens.stems
    token_stem = tokens.stem
    n = tokens.count

    def count(stem_set: frozenset[str] | set[str]) -> np.ndarray:
        member = np.fromiter((s in stem_set for s in stems), dtype=bool, count=len(stems))
        return np.bincount(tokens.row, weights=member[token_stem], minlength=n)

    rating = np.zeros(n)
    if weights["cue_weight"] > 0:
        rating += count(bonus) - count(stigma)
    if weights["key_weight"] > 0:
        rating += count(_key_words(tokens, layout, bonus))
    if weights["title_weight"] > 0 or weights["location_weight"] > 0:
        heading_stems = {tokens.res.stem(w.lower()) for h in layout.headings for w in words(h)}
        significant = count(heading_stems - null)
        if weights["title_weight"] > 0:
            rating += significant
        if weights["location_weight"] > 0:
            rating += significant + _position_points(layout)
    return rating


def _key_words(tokens: Tokens, layout: Layout, bonus: frozenset[str]) -> set[str]:
    """Bonus words occurring more than half as often as the most frequent one (headings too)."""
    frequency = np.bincount(tokens.stem, minlength=len(tokens.stems))
    counts = {tokens.stems[i]: int(frequency[i]) for i in np.flatnonzero(frequency)}
    counts = {stem: c for stem, c in counts.items() if stem in bonus}
    for heading in layout.headings:
        for word in words(heading):
            stem = tokens.res.stem(word.lower())
            if stem in bonus:
                counts[stem] = counts.get(stem, 0) + 1
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
