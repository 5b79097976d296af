"""Sparse vectors of candidate sentences: content terms for similarity, bigrams as concepts."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import attrs
import numpy as np
import scipy.sparse as sp

from newsbrief.model import Document, Sentence
from newsbrief.nlp.languages import resources
from newsbrief.nlp.tokens import count_words, words


@attrs.frozen
class Candidates:
    """Every sentence of the request, flattened in (document order, offset) order."""

    #: The sentences.
    sentences: tuple[Sentence, ...]
    #: Input position of each sentence's document.
    doc_rank: np.ndarray
    #: Distinct-source id of each sentence: one per (document, section).
    source: np.ndarray
    #: Position of each sentence within its section (0 = lead).
    position: np.ndarray
    #: Word count of each sentence.
    length: np.ndarray
    #: Binary sentence x stemmed-content-term matrix.
    terms: sp.csr_matrix
    #: Binary sentence x concept (stemmed bigram) matrix.
    concepts: sp.csr_matrix

    def __len__(self) -> int:
        return len(self.sentences)


def collect(documents: Sequence[Document]) -> Candidates:
    """Flatten the documents' sentences and vectorise them."""
    sentences: list[Sentence] = []
    doc_rank, source, position, term_lists, concept_lists = [], [], [], [], []
    sources: dict[tuple[str, int], int] = {}
    for rank, document in enumerate(documents):
        seen_in_section: dict[int, int] = {}
        for sentence in document.sentences:
            key = (document.id, sentence.section)
            sources.setdefault(key, len(sources))
            sentences.append(sentence)
            doc_rank.append(rank)
            source.append(sources[key])
            position.append(seen_in_section.get(sentence.section, 0))
            seen_in_section[sentence.section] = position[-1] + 1
            content, bigrams = sentence_features(sentence.text, document.language)
            term_lists.append(content)
            concept_lists.append(bigrams)
    return Candidates(
        sentences=tuple(sentences),
        doc_rank=np.asarray(doc_rank, dtype=np.int64),
        source=np.asarray(source, dtype=np.int64),
        position=np.asarray(position, dtype=np.int64),
        length=np.asarray([count_words(s.text) for s in sentences], dtype=np.int64),
        terms=_binary_matrix(term_lists),
        concepts=_binary_matrix(concept_lists),
    )


@functools.lru_cache(maxsize=1 << 14)
def sentence_features(text: str, language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Stemmed content terms and concept bigrams of one sentence.

    Bigrams are of consecutive stemmed words, stop words included (``minister of``), but never of
    two stop words: as in ICSISumm, these capture the facts that summaries share. Remembered
    for the last 16,384 sentences: a briefing reads each sentence's features more than once
    (the summary, then the coverage notes).
    """
    res = resources(language)
    tokens = []
    for word in words(text.lower()):
        word = word.replace("’", "'")
        stop = word in res.stopwords or not any(c.isalnum() for c in word)
        tokens.append((res.stem(word), stop))
    content = frozenset(
        stem for stem, stop in tokens if not stop and any(c.isalpha() for c in stem)
    )
    bigrams = frozenset(
        f"{a} {b}"
        for (a, stop_a), (b, stop_b) in itertools.pairwise(tokens)
        if not (stop_a and stop_b)
    )
    return content, bigrams


def _binary_matrix(rows: list[frozenset[str]]) -> sp.csr_matrix:
    vocabulary = {key: i for i, key in enumerate(sorted(set().union(*rows)))} if rows else {}
    indptr, indices = [0], []
    for row in rows:
        indices.extend(sorted(vocabulary[key] for key in row))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sp.csr_matrix((data, indices, indptr), shape=(len(rows), len(vocabulary)))


def normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Rows scaled to unit L2 norm (empty rows stay empty)."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sp.csr_matrix(sp.diags(1 / norms) @ matrix)


def tfidf_rows(terms: sp.csr_matrix, source: np.ndarray) -> sp.csr_matrix:
    """Unit TF-IDF rows, IDF counted over distinct sources (not sentences, not copies)."""
    n_sources = int(source.max()) + 1 if len(source) else 1
    df = source_frequency(terms, source)
    idf = np.log((n_sources + 1) / (df + 1)) + 1
    return normalise_rows(sp.csr_matrix(terms @ sp.diags(idf)))


def source_frequency(matrix: sp.csr_matrix, source: np.ndarray) -> np.ndarray:
    """For each column, how many distinct sources have it in at least one sentence."""
    if matrix.shape[0] == 0:
        return np.zeros(matrix.shape[1])
    n_sources = int(source.max()) + 1
    membership = sp.csr_matrix(
        (np.ones(len(source)), (source, np.arange(len(source)))), shape=(n_sources, len(source))
    )
    per_source = membership @ matrix
    return np.asarray((per_source > 0).sum(axis=0)).ravel().astype(float)


def pairs_above(left: sp.csr_matrix, threshold: float, *, block: int = 1024) -> sp.coo_matrix:
    """Upper-triangle entries of ``left @ left.T`` at least ``threshold``, computed in row blocks.

    Blocking keeps memory bounded for thousands of sentences: only the kept pairs accumulate.
    """
    n = left.shape[0]
    rows, cols, values = [], [], []
    right = sp.csr_matrix(left.T)
    for start in range(0, n, block):
        product = (left[start : start + block] @ right).tocoo()
        keep = (product.data >= threshold) & (product.row + start < product.col)
        rows.append(product.row[keep] + start)
        cols.append(product.col[keep])
        values.append(product.data[keep])
    if not rows:
        return sp.coo_matrix((n, n))
    return sp.coo_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n)
    )
