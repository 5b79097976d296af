"""Shared vectorisation: every word of every sentence tokenized once, as integer ids.

Tokenizing is done on code-point arrays for all sentences at once
(:mod:`newsbrief.nlp.token_arrays`).

sumy normalises words per algorithm (lower-case, drop stop words, stem, in slightly different
orders). Each distinct written word is therefore looked up once per run (lower-cased, checked
against the stop words, stemmed) and every algorithm reads the per-token arrays it needs, or
a sparse sentence x term count matrix built from them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import cast

import numpy as np
import scipy.sparse as sp

from newsbrief.nlp.languages import LanguageResources
from newsbrief.nlp.token_arrays import tokenize


class Vocabulary:
    """Strings numbered in order of first appearance."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def add_all(self, strings: Sequence[str]) -> np.ndarray:
        """The id of each string, numbering new ones."""
        distinct = dict.fromkeys(strings)  # first appearance first
        if not self.ids:
            self.ids = dict(zip(distinct, range(len(distinct)), strict=True))
        else:
            for string in distinct:
                self.ids.setdefault(string, len(self.ids))
        return np.fromiter(map(self.ids.__getitem__, strings), dtype=np.int64, count=len(strings))

    @property
    def strings(self) -> list[str]:
        """The strings, by id."""
        return list(self.ids)


class Tokens:
    """The words of a sequence of sentences (newsbrief's tokenizer, as sumy is given them).

    Tokenized all at once on code-point arrays (:func:`~newsbrief.nlp.token_arrays.tokenize`):
    the same words as :func:`~newsbrief.nlp.tokens.words`, written forms numbered in order of
    first appearance.
    """

    def __init__(self, texts: Sequence[str], res: LanguageResources) -> None:
        #: Stop words, stemmer and language.
        self.res = res
        table = tokenize(texts)
        #: Written-form id of every token, sentences one after the other.
        self.ids = table.ids
        #: Sentence ``i`` is ``ids[offsets[i]:offsets[i + 1]]``.
        self.offsets = table.offsets
        #: Written forms, by id.
        self.written = table.forms

    @property
    def count(self) -> int:
        """How many sentences."""
        return len(self.offsets) - 1

    @functools.cached_property
    def row(self) -> np.ndarray:
        """Sentence index of every token."""
        return np.repeat(np.arange(self.count), np.diff(self.offsets))

    @functools.cached_property
    def _lower(self) -> tuple[np.ndarray, list[str]]:
        vocabulary = Vocabulary()
        of_type = vocabulary.add_all([w.lower() for w in self.written])
        return of_type, vocabulary.strings

    @property
    def lower_of_type(self) -> np.ndarray:
        """Lower-cased-form id of each written form."""
        return self._lower[0]

    @property
    def lowered(self) -> list[str]:
        """Lower-cased forms, by id."""
        return self._lower[1]

    @functools.cached_property
    def lower(self) -> np.ndarray:
        """Lower-cased-form id of every token."""
        return self.lower_of_type[self.ids]

    @functools.cached_property
    def lower_is_stop(self) -> np.ndarray:
        """Whether each lower-cased form is a stop word."""
        stop = self.res.stopwords
        return np.fromiter((w in stop for w in self.lowered), dtype=bool, count=len(self.lowered))

    @functools.cached_property
    def content(self) -> np.ndarray:
        """Whether every token is a content word (its lower-cased form is not a stop word)."""
        return ~self.lower_is_stop[self.lower]

    @functools.cached_property
    def written_stems(self) -> list[str]:
        """The stem of each written form's lower-cased form (what Edmundson compares)."""
        return written_stemmer(self.res).all(self.written)

    def sentence_sums(self, of_written: np.ndarray) -> np.ndarray:
        """Per sentence, the sum of ``of_written[id]`` over its tokens."""
        sums = np.zeros(self.count)
        starts = self.offsets[:-1]
        # reduceat sums from each index to the next: give it the non-empty sentences only
        nonempty = np.flatnonzero(self.offsets[1:] > starts)
        if len(nonempty):
            sums[nonempty] = np.add.reduceat(of_written[self.ids], starts[nonempty])
        return sums

    @functools.cached_property
    def _stems(self) -> tuple[np.ndarray, list[str]]:
        vocabulary = Vocabulary()
        stem = self.res.stem
        of_lower = vocabulary.add_all([stem(w) for w in self.lowered])
        return of_lower, vocabulary.strings

    @property
    def stem_of_lower(self) -> np.ndarray:
        """Stem id of each lower-cased form (sumy's ``stem_word``)."""
        return self._stems[0]

    @property
    def stems(self) -> list[str]:
        """Stems, by id."""
        return self._stems[1]

    @functools.cached_property
    def stem(self) -> np.ndarray:
        """Stem id of every token."""
        return self.stem_of_lower[self.lower]

    def matrix(self, mask: np.ndarray, column: np.ndarray, columns: int) -> sp.csr_matrix:
        """Sentence x column counts of the tokens selected by ``mask``."""
        return count_matrix(self.row[mask], column[mask], (self.count, columns))

    @functools.cached_property
    def content_stems(self) -> sp.csr_matrix:
        """Sentence x stem counts of content words (LexRank, TextRank, Reduction, SumBasic)."""
        return self.matrix(self.content, self.stem, len(self.stems))


class WrittenStems:
    """``res.stem(word.lower())`` of words as written, remembered across runs.

    A run looks up thousands of distinct words, mostly seen before: one dictionary look-up
    each instead of lower-casing and a call to the stemmer's cache.
    """

    #: Words remembered; the memory is emptied when it holds more.
    LIMIT = 1 << 17

    def __init__(self, res: LanguageResources) -> None:
        self._stem = res.stem
        self._known: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        """The stem of ``word`` lower-cased."""
        stem = self._known.get(word)
        if stem is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            stem = self._known[word] = self._stem(word.lower())
        return stem

    def all(self, words: Sequence[str]) -> list[str]:
        """The stem of each of ``words`` lower-cased."""
        known = list(map(self._known.get, words))
        if all(known):  # else some unknown (None), or an empty stem
            return cast("list[str]", known)
        return list(map(self, words))


@functools.cache
def written_stemmer(res: LanguageResources) -> WrittenStems:
    """The shared :class:`WrittenStems` of a language."""
    return WrittenStems(res)


def count_matrix(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> sp.csr_matrix:
    """A CSR matrix counting each (row, column) pair, indices sorted."""
    data = np.ones(len(rows), dtype=np.float64)
    matrix = sp.csr_matrix((data, (rows, columns)), shape=shape)
    matrix.sum_duplicates()
    return matrix


def row_max(matrix: sp.csr_matrix) -> np.ndarray:
    """The largest stored value of each row of ``matrix`` (0 for an empty row)."""
    out = np.zeros(matrix.shape[0])
    nonempty = np.diff(matrix.indptr) > 0
    if nonempty.any():
        out[nonempty] = np.maximum.reduceat(matrix.data, matrix.indptr[:-1][nonempty])
    return out


def segment_sums(
    values: np.ndarray,
    starts: np.ndarray,
    lengths: np.ndarray,
    lookup: np.ndarray | None = None,
) -> np.ndarray:
    """Sum of each segment ``values[start:start + length]``, added left to right.

    With ``lookup``, the segments hold indices and ``lookup[index]`` is summed.

    Python's ``sum`` adds left to right; NumPy's reductions add pairwise, which rounds
    differently. Adding the segments' first elements, then their second elements, and so on
    (segments sorted by length) gives Python's sums bit for bit, in as many vector operations
    as the longest segment has elements.
    """
    order = np.argsort(-lengths, kind="stable")
    sorted_lengths = lengths[order]
    sorted_starts = starts[order]
    total = np.zeros(len(lengths), dtype=np.float64)
    longest = int(sorted_lengths[0]) if len(lengths) else 0
    # active[k]: how many segments have more than k elements
    active = np.searchsorted(-sorted_lengths, -np.arange(longest), side="left")
    for k in range(longest):
        n = active[k]
        taken = values[sorted_starts[:n] + k]
        total[:n] += taken if lookup is None else lookup[taken]
    out = np.empty_like(total)
    out[order] = total
    return out
