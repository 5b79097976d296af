"""Near-duplicate sentences: which sentences of some documents are copies of one another.

Shared by the default summarizer (which makes copies one candidate) and the pipeline's coverage
notes (which count a document's repeated sentences), so that both mean the same by "a copy".

Read in order: :func:`collect` flattens the documents' sentences and vectorises them (content
terms for similarity, stemmed bigrams as concepts); :func:`linked_pairs` finds the pairs of
copies; :func:`clusters` links them transitively. :func:`pairs_above` is the blocked pair search
under them.

**Copies.** Two sentences are copies when the cosine of their *binary* content-term vectors is
at least the threshold (:data:`DEFAULT_THRESHOLD`). Binary rather than TF-IDF so that one rare
word edited by a wire desk does not hide a copy, and cosine rather than shingle Jaccard so that
light reordering ("said X" / "X said") still counts. At 0.7 a 10-term sentence may differ by
about three terms. Copies are linked transitively (connected components of the graph of linked
pairs).

**Bounds.** Exact copies are chained rather than linked each to every other, and the pair search
runs in row blocks cut to a work budget, so one sentence pasted tens of thousands of times costs
linear memory (see :func:`linked_pairs` and :func:`pairs_above`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from newsbrief.model import Document, Sentence
from newsbrief.nlp.languages import resources
from newsbrief.nlp.tokens import count_words, words

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis

#: Binary-term cosine at which two sentences are the same content. The default summarizer's
#: ``duplicate_threshold`` option defaults to the same value
#: (``newsbrief.summarizers.multidoc.options.DEFAULT_DUPLICATE_THRESHOLD``, kept there so that
#: option checks need not load NumPy; a test keeps the two equal).
DEFAULT_THRESHOLD = 0.7


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
    from newsbrief.nlp.analysis import analysis_of

    for rank, document in enumerate(documents):
        seen_in_section: dict[int, int] = {}
        # The words, stems and stop words of the run's shared analysis (already computed for
        # story grouping and the annotators) rather than tokenizing every sentence again.
        analysis = analysis_of(document) if document.sentences else None
        for sentence in document.sentences:
            key = (document.id, sentence.section)
            sources.setdefault(key, len(sources))
            sentences.append(sentence)
            doc_rank.append(rank)
            source.append(sources[key])
            position.append(seen_in_section.get(sentence.section, 0))
            seen_in_section[sentence.section] = position[-1] + 1
            number = analysis.sentence_index(sentence.start, sentence.end) if analysis else None
            if analysis is None or number is None:
                content, bigrams = sentence_features(sentence.text, document.language)
            else:
                content, bigrams = analysed_features(analysis, number)
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


def analysed_features(analysis: Analysis, sentence: int) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`sentence_features` of body sentence number ``sentence``, read from the document's
    shared analysis (the same words, stems and stop words)."""
    norms, stems, stops = analysis.norms, analysis.stems, analysis.stops
    tokens = [
        (stems[i], stops[i] or not any(c.isalnum() for c in norms[i]))
        for i in analysis.tokens_of(sentence)
    ]
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


def linked_pairs(candidates: Candidates, threshold: float = DEFAULT_THRESHOLD) -> sp.coo_matrix:
    """Pairs ``i < j`` of candidates that are copies of one another, with their similarity.

    Exact copies (the same content terms) are chained, each to the next, not linked each to
    every other: a page of one sentence pasted 30,000 times made 450 million pairs and ran out
    of memory. The pairs connect the same clusters, also when only the pairs within each
    document are kept (candidates are in document order, and two groups of copies that are
    copies of each other are linked through their first members in every document holding both).
    """
    rows = normalise_rows(candidates.terms)
    rows.sort_indices()
    n = rows.shape[0]
    first = np.arange(n)  # the first row with the same terms (an empty row is its own)
    seen: dict[tuple[bytes, bytes], int] = {}
    for i in range(n):
        low, high = rows.indptr[i], rows.indptr[i + 1]
        if low < high:
            key = (rows.indices[low:high].tobytes(), rows.data[low:high].tobytes())
            first[i] = seen.setdefault(key, i)
    if not (first != np.arange(n)).any():
        return pairs_above(rows, threshold - 1e-9)
    rank = candidates.doc_rank
    found_rows: list[int] = []
    found_cols: list[int] = []
    values: list[float] = []
    last: dict[int, int] = {}  # group -> its latest member so far
    in_doc: dict[int, dict[int, int]] = {}  # group -> document -> its first member there
    for i in range(n):
        group = int(first[i])
        if group in last:
            found_rows.append(last[group])
            found_cols.append(i)
            values.append(1.0)
        last[group] = i
        in_doc.setdefault(group, {}).setdefault(int(rank[i]), i)
    groups = np.flatnonzero(first == np.arange(n))
    distinct = pairs_above(rows[groups], threshold - 1e-9)
    for a, b, value in zip(distinct.row, distinct.col, distinct.data, strict=True):
        left, right = int(groups[a]), int(groups[b])
        pairs = {(left, right)}
        for doc in in_doc[left].keys() & in_doc[right].keys():
            one, other = in_doc[left][doc], in_doc[right][doc]
            pairs.add((min(one, other), max(one, other)))
        for row, col in pairs:
            found_rows.append(row)
            found_cols.append(col)
            values.append(float(value))
    coords = (np.asarray(found_rows), np.asarray(found_cols))
    return sp.coo_matrix((np.asarray(values), coords), shape=(n, n))


def clusters(linked: sp.coo_matrix) -> np.ndarray:
    """Cluster id of each candidate given its ``linked`` pairs: its earliest linked member.

    Copies link transitively: clusters are the connected components of the pairs' graph.
    """
    n = linked.shape[0]
    if not n:
        return np.zeros(0, dtype=np.int64)
    _, label = connected_components(linked, directed=False)
    earliest = np.full(int(label.max()) + 1, n, dtype=np.int64)
    np.minimum.at(earliest, label, np.arange(n))
    return earliest[label]


# --- Sparse-vector helpers -------------------------------------------------------------------


def normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Rows scaled to unit L2 norm (empty rows stay empty)."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sp.csr_matrix(sp.diags(1 / norms) @ matrix)


def pairs_above(
    left: sp.csr_matrix, threshold: float, *, block: int = 1024, budget: int = 1 << 22
) -> sp.coo_matrix:
    """Upper-triangle entries of ``left @ left.T`` at least ``threshold``, computed in row blocks.

    Blocking keeps memory bounded for thousands of sentences: only the kept pairs accumulate.
    """
    n = left.shape[0]
    rows, cols, values = [], [], []
    right = sp.csr_matrix(left.T)
    # A row's product has at most as many entries as the rows sharing each of its terms, summed;
    # blocks are cut to keep that under ``budget`` (1,024 rows with one common term would make
    # a dense 1,024 x n block, gigabytes for a long page).
    sharing = np.diff(right.indptr)
    total = np.concatenate([[0], np.cumsum(sharing[left.indices], dtype=np.int64)])
    work = total[left.indptr]  # entries the rows before each one may produce
    start = 0
    while start < n:
        stop = int(np.searchsorted(work, work[start] + budget, side="right")) - 1
        stop = min(max(stop, start + 1), start + block, n)
        product = (left[start:stop] @ right).tocoo()
        keep = (product.data >= threshold) & (product.row + start < product.col)
        rows.append(product.row[keep] + start)
        cols.append(product.col[keep])
        values.append(product.data[keep])
        start = stop
    if not rows:
        return sp.coo_matrix((n, n))
    return sp.coo_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n)
    )
