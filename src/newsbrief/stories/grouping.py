"""Story grouping: which documents report the same event.

Each document becomes two sparse vectors: TF-IDF over its stemmed content terms, and IDF-weighted
indicators of its names, places, dates and numbers (IDF over the input set, so ``Sabrina Singh``
counts far more than ``NATO`` when every article mentions NATO). A pair's score blends the two
cosines; pairs scoring at least ``threshold`` are linked and linked documents form one story
(union-find, i.e. single link, so a story can grow through a chain of close reports).

Only pairs sharing at least one *rare* feature are ever scored: an inverted index (a sparse
document x feature matrix) over features whose document frequency is small proposes the
candidate pairs, so large inputs never pay for all n^2 comparisons.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs
import numpy as np
import scipy.sparse as sp

from newsbrief.model import Document, Story
from newsbrief.nlp.candidates import INT32_LIMIT
from newsbrief.stories.features import DocumentFeatures, extract_features
from newsbrief.stories.table import FeatureTable

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis

#: Default score a pair needs to be the same story: same *event* (two outlets on one briefing).
#: Articles on one topic but different events (the NATO seeds 002-004) score 0.13-0.16, reports of
#: one event 0.35.
DEFAULT_THRESHOLD = 0.2
#: A looser threshold for sets known to hold one broad *topic* followed over weeks (TAC/DUC
#: clusters, where articles share the topic but rarely the event): most of each set then groups.
#: Single link chains at this level, so do not use it on mixed feeds.
TOPIC_THRESHOLD = 0.08
#: Weight of the entity cosine against the term cosine in a pair's score.
DEFAULT_ENTITY_WEIGHT = 0.5
#: How many shared features a story lists.
SHARED_TERMS = 6
#: Most documents a feature may be in and still propose candidate pairs (see _candidate_pairs).
MAX_INDEXED_DF = 50
# Documents per block of the candidate-pair product, and pairs per chunk of scoring (small
# chunks stay in the CPU caches and reuse their memory: 50,000 pairs of 500 articles took
# 3.5x as long, mostly faulting in fresh pages for the rows each pair materialises).
_PAIR_BLOCK = 2048
_SCORE_CHUNK = 4096
# Most cells (rows x documents) of one block scored by product (an upper bound of its
# entries: 4M cells are about 50 MB at most).
_PRODUCT_CELLS = 1 << 22
# How much cheaper a unit of the product's work is than one of gathering's (measured: about
# 10x on the 500-article synthetic feed; 8 keeps a margin).
_PRODUCT_ADVANTAGE = 8


@attrs.frozen
class StoryGrouper:
    """Groups documents into stories; the options are the knobs of :func:`group_stories`."""

    #: Score a pair needs to be linked (0..1).
    threshold: float = DEFAULT_THRESHOLD
    #: Weight of the entity cosine (the term cosine gets the rest).
    entity_weight: float = DEFAULT_ENTITY_WEIGHT

    def group(
        self, documents: Sequence[Document], analyses: Mapping[str, Analysis] | None = None
    ) -> tuple[Story, ...]:
        """Stories of ``documents``: ids ``s1, s2...`` in order of each story's first document.

        ``analyses`` is the run's side table of shared analyses by document id
        (:func:`newsbrief.nlp.analysis.analyse_documents`); missing ones are computed.
        """
        from newsbrief.nlp.analysis import analysis_of

        documents = _unique_by_id(documents)
        if not documents:
            return ()
        # Each document's features kept in the table as soon as they are made (a few KB of
        # dicts each, against about 1 KB in its arrays).
        table = FeatureTable()
        for document in documents:
            table.add(extract_features(document, analysis_of(document, analyses)))
        return self._group_table(table, [headline(document) for document in documents])

    def group_features(
        self, features: Sequence[DocumentFeatures], headlines: Sequence[str | None]
    ) -> tuple[Story, ...]:
        """Stories from precomputed features of documents with unique ids, in input order.

        ``headlines`` are the documents' labels. Features can be extracted anywhere (in other
        processes, on Dask workers); only they travel, not the documents.
        """
        features = list(features)
        if not features:
            return ()
        return self._group_table(FeatureTable.of(features), list(headlines))

    def _group_table(self, table: FeatureTable, headlines: list[str | None]) -> tuple[Story, ...]:
        """:meth:`group_features` of the features in ``table`` (whose terms it uses up)."""
        joined = _joined_rows(table)
        both, entity_keys, entity_idf = joined.both, joined.entity_keys, joined.entity_idf
        weights = self._weights(joined.terms, both.shape[1] - joined.terms)
        del joined
        index = _index_of(both)
        linked = linked_pairs(both, weights, index, self.threshold)
        del both, index
        roots = _union_find(len(table), linked)
        return _stories(headlines, table, roots, entity_keys, entity_idf)

    def _pair_scores(
        self, terms: sp.csr_matrix, entities: sp.csr_matrix, pairs: np.ndarray
    ) -> np.ndarray:
        """Each pair's score (``pairs`` sorted by first document, as :func:`_candidate_pairs`
        gives them)."""
        if not len(pairs):
            return np.zeros(0)
        return score_pairs(*self._side_by_side(terms, entities), pairs)

    def _linked(
        self, terms: sp.csr_matrix, entities: sp.csr_matrix, pairs: np.ndarray
    ) -> np.ndarray:
        """Whether each pair scores at least the threshold (:func:`linked_mask`)."""
        if not len(pairs):
            return np.zeros(0, dtype=bool)
        return linked_mask(*self._side_by_side(terms, entities), pairs, self.threshold)

    def _side_by_side(
        self, terms: sp.csr_matrix, entities: sp.csr_matrix
    ) -> tuple[sp.csr_matrix, np.ndarray]:
        # One matrix of both vectors side by side, and a weight per column: a pair's score is
        # its rows' product weighted by column.
        both = sp.hstack([terms, entities], format="csr")
        return both, self._weights(terms.shape[1], entities.shape[1])

    def _weights(self, terms: int, entities: int) -> np.ndarray:
        """The weight of each column of ``terms`` term columns then ``entities`` entity ones."""
        return np.concatenate(
            [np.full(terms, 1 - self.entity_weight), np.full(entities, self.entity_weight)]
        )


#: Fewer candidate pairs than this are scored outright (:func:`linked_mask`).
_BOUND_MIN_PAIRS = 20_000
#: Columns in more than this share of the documents are bounded, not multiplied, in the first
#: pass of :func:`linked_mask` (on the synthetic feed a quarter set aside 98% of the pairs).
_COMMON_SHARE = 4
#: Room left under the threshold for rounding in the bound (scores are about 0..1).
_BOUND_MARGIN = 1e-9


def linked_mask(
    both: sp.csr_matrix, weights: np.ndarray, pairs: np.ndarray, threshold: float
) -> np.ndarray:
    """Whether each of ``pairs`` (sorted by first row) scores at least ``threshold``: the
    same answers as comparing every :func:`score_pairs` score, with fewer pairs scored.

    Most candidate pairs of a large input share only a few rare features and score far
    below the threshold. A first pass bounds each pair's score from above: the exact sum over
    the columns that are not common (in at most a quarter of the rows: short rows, cheap to
    gather), plus, for the common columns, the product of the two rows' weighted norms there
    (Cauchy-Schwarz: no sum over them can be larger). Only pairs whose bound reaches the
    threshold (less a rounding margin) are scored, by :func:`score_pairs`, the same numbers
    as scoring them all.
    """
    return _Linker(both, weights, threshold).mask(pairs)


def linked_pairs(
    both: sp.csr_matrix, weights: np.ndarray, index: sp.csr_matrix, threshold: float
) -> np.ndarray:
    """The pairs of rows sharing a column of ``index`` (:func:`index_pairs`) that score at
    least ``threshold`` on ``both``, sorted: ``pairs[linked_mask(both, weights, pairs,
    threshold)]`` of all of them, found one block of rows at a time.

    The candidate pairs of a large input are many more than the linked ones (1.7 million
    against 73,000 at 20,000 feed entries: 27 MB as pairs, and three or four times that while
    they were gathered and sorted); only one block's are ever held. Each pair's answer does
    not depend on the pairs beside it (:func:`linked_mask`), and the blocks start where
    :func:`score_pairs`' row blocks start, so each row block is scored as it was.
    """
    linker = _Linker(both, weights, threshold)
    rows = max(1, _PAIR_BLOCK // linker.step) * linker.step
    found = [pairs[linker.mask(pairs)] for pairs in _index_blocks(index, rows)]
    return np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)


class _Linker:
    """:func:`linked_mask` of many batches of pairs of one matrix, with what every batch reads
    (the common columns, their norms, the scorer) made once."""

    def __init__(self, both: sp.csr_matrix, weights: np.ndarray, threshold: float) -> None:
        self.both, self.weights, self.threshold = both, weights, threshold
        self.scorer = _PairScorer(both, weights)
        self.step = _score_step(both.shape[0])
        self.bounded = bool(np.all(weights >= 0))
        self._split: tuple[sp.csr_matrix, np.ndarray, np.ndarray] | None = None
        self._rare: tuple[sp.csr_matrix, sp.csr_matrix, sp.csr_matrix, np.ndarray] | None = None

    def mask(self, pairs: np.ndarray) -> np.ndarray:
        """Whether each of ``pairs`` (sorted by first row) scores at least the threshold."""
        if len(pairs) < _BOUND_MIN_PAIRS or not self.bounded:
            return self._scores(pairs) >= self.threshold
        _, _, norms = self._bound_parts()
        bounds = self._rare_sums(pairs)
        bounds += norms[pairs[:, 0]] * norms[pairs[:, 1]]
        kept = np.flatnonzero(bounds >= self.threshold - _BOUND_MARGIN)
        linked = np.zeros(len(pairs), dtype=bool)
        if len(kept):
            linked[kept] = self._scores(pairs[kept]) >= self.threshold
        return linked

    def _scores(self, pairs: np.ndarray) -> np.ndarray:
        return score_pairs(self.both, self.weights, pairs, self.scorer)

    def _bound_parts(self) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
        """The rows over the columns that are not common, their weights, and each row's
        weighted norm over the common ones."""
        if self._split is None:
            both, weights = self.both, self.weights
            n = both.shape[0]
            df = np.bincount(both.indices, minlength=both.shape[1])
            common = df > n // _COMMON_SHARE
            rare_columns, common_columns = np.flatnonzero(~common), np.flatnonzero(common)
            common_weights = weights[common_columns]
            norms = np.empty(n)
            # A block of rows at a time: the common columns hold most entries (a copy of them,
            # and of their squares, was twice ``both``'s size at once).
            for start in range(0, n, _NORMALISE_ROWS):
                shared = both[start : start + _NORMALISE_ROWS][:, common_columns]
                norms[start : start + _NORMALISE_ROWS] = np.sqrt(
                    np.asarray(shared.multiply(shared) @ common_weights).ravel()
                )
            self._split = (both[:, rare_columns], weights[rare_columns], norms)
        return self._split

    def _rare_sums(self, pairs: np.ndarray) -> np.ndarray:
        """Each pair's sum over the columns that are not common (the exact part of the bound,
        up to rounding, which the bound's margin covers).

        The rarest of those columns (in no more documents than an indexed one) are summed for
        a block of first rows at once, by the product of the block with the transposed columns:
        its entries are the pairs sharing one of them, the candidate pairs of the block again,
        and it costs a few products per entry of the block. Each pair's two rows are gathered
        over the other columns only, the shorter part of the rows (gathering them whole was
        most of the grouping's time on large inputs).
        """
        if len(pairs) > 1 and np.any(pairs[1:, 0] < pairs[:-1, 0]):
            # (Pairs not sorted by first row: summed in that order, given back in theirs.)
            order = np.argsort(pairs[:, 0], kind="stable")
            unsorted = np.empty(len(pairs))
            unsorted[order] = self._rare_sums(pairs[order])
            return unsorted
        low, low_transposed, middle, middle_weights = self._rare_parts()
        sums = np.zeros(len(pairs))
        if not len(pairs):
            return sums
        n = low.shape[0]
        # Blocks from the first pair's row (:func:`linked_pairs` asks for one block of rows).
        starts = np.arange(int(pairs[0, 0]), int(pairs[-1, 0]) + 1, _PAIR_BLOCK)
        bounds = np.searchsorted(pairs[:, 0], np.append(starts, n))
        for start, first, last in zip(
            starts.tolist(), bounds[:-1].tolist(), bounds[1:].tolist(), strict=True
        ):
            if last > first:
                block = pairs[first:last]
                product = sp.csr_matrix(low[start : start + _PAIR_BLOCK] @ low_transposed)
                product.sort_indices()
                rows = np.repeat(
                    np.arange(product.shape[0], dtype=np.int64), np.diff(product.indptr)
                )
                keys = rows * n + product.indices
                wanted = (block[:, 0] - start) * n + block[:, 1]
                if len(keys):
                    found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
                    sums[first:last] = np.where(keys[found] == wanted, product.data[found], 0.0)
        for first in range(0, len(pairs), _SCORE_CHUNK):
            left, right = pairs[first : first + _SCORE_CHUNK].T
            sums[first : first + _SCORE_CHUNK] += (
                middle[left].multiply(middle[right]) @ middle_weights
            )
        return sums

    def _rare_parts(self) -> tuple[sp.csr_matrix, sp.csr_matrix, sp.csr_matrix, np.ndarray]:
        """The columns that are not common split in two: the rows over the rarest (in at most
        :func:`_max_indexed_df` rows) and those columns weighted and transposed, for
        :meth:`_rare_sums`' products; the rows over the others, and their weights."""
        if self._rare is None:
            rare, weights, _ = self._bound_parts()
            df = np.bincount(rare.indices, minlength=rare.shape[1])
            rarest = df <= _max_indexed_df(rare.shape[0])
            low_columns, middle_columns = np.flatnonzero(rarest), np.flatnonzero(~rarest)
            low = rare[:, low_columns]
            low_transposed = sp.csr_matrix((low @ sp.diags(weights[low_columns])).T)
            self._rare = (low, low_transposed, rare[:, middle_columns], weights[middle_columns])
        return self._rare


def _score_step(n: int) -> int:
    """Rows per block of :func:`score_pairs`."""
    return max(1, min(_PAIR_BLOCK, _PRODUCT_CELLS // max(n, 1)))


def score_pairs(
    both: sp.csr_matrix,
    weights: np.ndarray,
    pairs: np.ndarray,
    scorer: _PairScorer | None = None,
) -> np.ndarray:
    """Scores of ``pairs`` (row numbers, sorted by first row) of ``both``: each pair's rows
    multiplied and weighted by column (``weights``), added up in column order. ``scorer``:
    one made before for the same matrix and weights (reused across batches)."""
    if not len(pairs):
        return np.zeros(0)
    scorer = scorer or _PairScorer(both, weights)
    # Row blocks (the pairs are sorted by first document), each scored the cheaper way.
    n = both.shape[0]
    step = _score_step(n)
    bounds = np.searchsorted(pairs[:, 0], np.arange(0, n + step, step))
    scores = [
        scorer.scores(pairs[low:high], start, start + step)
        for start, low, high in zip(
            range(0, n, step), bounds[:-1].tolist(), bounds[1:].tolist(), strict=False
        )
        if high > low
    ]
    return np.concatenate(scores)


class _PairScorer:
    """Scores of candidate pairs of the rows of ``both``: ``sum(a * b * weight)`` over the
    columns the two rows share, added up in column order.

    Two ways give the same floating-point numbers. *Gathering* materialises the two sparse
    rows of each pair and multiplies them: its work is the length of both rows, per pair.
    The *product* of a block of rows with the transposed matrix scores every pair of the block
    sharing a column at once, in SciPy's C loop; its work is, for each entry of the block, the
    number of documents sharing its column, so it wins while common words are in few documents
    (500 articles: the product takes a seventh of the time) and loses on large inputs, where
    each common word is in thousands. Each block takes the cheaper one by counting both works.
    """

    def __init__(self, both: sp.csr_matrix, weights: np.ndarray) -> None:
        # The product adds in the order of each row's columns as stored, gathering in column
        # order: the same only over sorted rows (grouping's are; a caller's may not be).
        self.both = both if both.has_sorted_indices else both.sorted_indices()
        self.weights = weights
        self.row_lengths = np.diff(both.indptr)
        self.df = np.bincount(both.indices, minlength=both.shape[1])
        # The product multiplies ``a * (b * weight)`` where gathering multiplies
        # ``(a * b) * weight``: the same number only when scaling by the weights is exact
        # (powers of two, such as the default 0.5 and 0.5).
        self.exact = all(w == 0 or math.frexp(w)[0] == 0.5 for w in set(weights.tolist()))
        self._weighted_transpose: sp.csr_matrix | None = None

    def scores(self, pairs: np.ndarray, start: int, stop: int) -> np.ndarray:
        """Scores of ``pairs``, whose first documents are the rows ``start:stop``."""
        if self.exact:
            block = self.both.indices[
                self.both.indptr[start] : self.both.indptr[min(stop, len(self.row_lengths))]
            ]
            product_work = int(self.df[block].sum())
            gather_work = int(self.row_lengths[pairs].sum())
            if product_work <= _PRODUCT_ADVANTAGE * gather_work:
                return self._by_product(pairs, start, stop)
        return self._by_gathering(pairs)

    def _by_gathering(self, pairs: np.ndarray) -> np.ndarray:
        both, scores = self.both, []
        # In chunks: each pair materialises two sparse rows, too much for millions at once.
        for first in range(0, len(pairs), _SCORE_CHUNK):
            left, right = pairs[first : first + _SCORE_CHUNK].T
            scores.append(both[left].multiply(both[right]) @ self.weights)
        return np.concatenate(scores)

    def _by_product(self, pairs: np.ndarray, start: int, stop: int) -> np.ndarray:
        if self._weighted_transpose is None:
            self._weighted_transpose = sp.csr_matrix((self.both @ sp.diags(self.weights)).T)
        # SciPy's product adds, for each pair, ``a * (b * weight)`` over the first row's
        # columns in order: what gathering adds, term for term.
        product = sp.csr_matrix(self.both[start:stop] @ self._weighted_transpose)
        product.sort_indices()
        n = product.shape[1]
        # Every candidate pair shares a column, so its entry is there: found by binary search
        # in the block's entries keyed ``row * n + column`` (in order once sorted).
        rows = np.repeat(np.arange(product.shape[0], dtype=np.int64), np.diff(product.indptr))
        keys = rows * n + product.indices
        wanted = (pairs[:, 0] - start) * n + pairs[:, 1]
        found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        if len(keys) and np.array_equal(keys[found], wanted):
            return product.data[found]
        return self._by_gathering(pairs)  # a pair sharing nothing: not from _candidate_pairs


def group_stories(
    documents: Sequence[Document],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    entity_weight: float = DEFAULT_ENTITY_WEIGHT,
    analyses: Mapping[str, Analysis] | None = None,
) -> tuple[Story, ...]:
    """Group ``documents`` reporting the same event into :class:`~newsbrief.model.Story` objects.

    Every document lands in exactly one story. Ids are ``s1, s2...`` by each story's first
    document in input order; ``label`` is that document's headline; ``shared_terms`` are the
    rarest names, places, dates and numbers the story's documents share. Deterministic.
    ``analyses``: the run's shared analyses by document id (computed when missing).
    """
    grouper = StoryGrouper(threshold=threshold, entity_weight=entity_weight)
    return grouper.group(documents, analyses)


def _unique_by_id(documents: Sequence[Document]) -> list[Document]:
    seen: set[str] = set()
    unique = []
    for document in documents:
        if document.id not in seen:
            seen.add(document.id)
            unique.append(document)
    return unique


def _idf(document_frequency: np.ndarray, n: int) -> np.ndarray:
    # Smoothed IDF: a feature every document shares still counts a little (weight 1), so ten
    # articles on one topic are not pushed apart by having the topic in common.
    return np.log((n + 1) / (document_frequency + 1)) + 1


def _matrices(
    features: Sequence[DocumentFeatures] | FeatureTable,
    frequencies: Mapping[tuple[int, str], int] | None = None,
    total: int | None = None,
) -> tuple[sp.csr_matrix, sp.csr_matrix, list[str], list[str], np.ndarray]:
    """L2-normalised TF-IDF term rows, IDF-weighted entity rows, term keys, entity keys and the
    entities' IDF: the two halves of :func:`_joined_rows`.

    IDF is over ``features`` themselves, or over a larger collection whose document frequencies
    (``(0, term)`` and ``(1, entity key)`` -> documents) and size are ``frequencies`` and
    ``total``: the rows are then those this collection's matrices have for these documents
    (columns in the same order, sorted keys), value for value.
    """
    joined = _joined_rows(features, frequencies, total)
    both, split = joined.both, joined.terms
    return (
        sp.csr_matrix(both[:, :split]),
        sp.csr_matrix(both[:, split:]),
        joined.term_keys,
        joined.entity_keys,
        joined.entity_idf,
    )


class _Joined(NamedTuple):
    """The rows of :func:`_joined_rows`."""

    #: Each document's normalised TF-IDF term row, then its normalised entity row.
    both: sp.csr_matrix
    #: How many of the columns are terms (the first ones).
    terms: int
    term_keys: list[str]
    entity_keys: list[str]
    #: The entity columns' IDF.
    entity_idf: np.ndarray


#: Entries of one step of scaling, and rows of one step of normalising, in
#: :func:`_joined_rows` (the temporaries of a step stay a few megabytes).
_SCALE_ENTRIES = 1 << 18
_NORMALISE_ROWS = 4096


def _joined_rows(
    features: Sequence[DocumentFeatures] | FeatureTable,
    frequencies: Mapping[tuple[int, str], int] | None = None,
    total: int | None = None,
) -> _Joined:
    """Each document's L2-normalised TF-IDF term row and IDF-weighted, L2-normalised entity
    row side by side in one CSR matrix (terms first), with the keys of both kinds of column
    (sorted) and the entities' IDF (see :func:`_matrices` for ``frequencies`` and ``total``).

    Made in place in the one matrix: the same arrays, value for value, as the two matrices
    scaled by column (``_scale_columns``), normalised (``_normalise_rows``) and stacked
    (``scipy.sparse.hstack``), which held three copies of the entries at once; the rows' sums
    of squares are added up by the same NumPy reduction SciPy's row sums use. A
    :class:`FeatureTable` given is used up: its terms are handed over
    (:meth:`FeatureTable.take_terms`).
    """
    table = features if isinstance(features, FeatureTable) else FeatureTable.of(features)
    n = len(table)
    total = n if total is None else total
    numbers, counts, term_ends = table.take_terms()
    entity_numbers = table.entity_numbers
    entries = len(numbers) + len(entity_numbers)
    term_keys, entity_keys = table.term_keys(), table.entity_keys()
    width = len(term_keys) + len(entity_keys)
    index = np.int32 if max(entries, width) < INT32_LIMIT else np.int64
    term_keys, term_columns = _sorted_columns(term_keys, index)
    entity_keys, entity_columns = _sorted_columns(entity_keys, index, len(term_keys))
    ends = np.frombuffer(term_ends, dtype=np.int64)
    entity_lengths: np.ndarray = np.diff(
        np.frombuffer(table.entity_ends, dtype=np.int64), prepend=0
    )
    # Each row's entities go after its terms: the k-th entity entry of a row whose terms end
    # at ``ends[row]`` (counted over every row) is at ``k + ends[row]``.
    is_entity = np.zeros(entries, dtype=bool)
    places = np.repeat(ends, entity_lengths)
    places += np.arange(len(places))
    is_entity[places] = True
    del places
    is_term = ~is_entity
    indices: np.ndarray[Any, np.dtype[np.int32 | np.int64]] = np.empty(entries, dtype=index)
    indices[is_term] = term_columns[np.frombuffer(numbers, dtype=np.intc)]
    del numbers, term_columns
    data = np.empty(entries)
    # Sublinear tf (long articles don't dominate), with the same ``math.log`` as always: worked
    # out once per distinct count (counts are small integers, and one word repeated a million
    # times makes one entry, not a table up to a million) and looked up in C.
    data[is_term] = np.fromiter(map(_SublinearTf().__getitem__, counts), np.float64, len(counts))
    del counts, is_term
    pair_columns = entity_columns[np.frombuffer(table.entity_key_numbers(), dtype=np.intc)]
    indices[is_entity] = pair_columns[np.frombuffer(entity_numbers, dtype=np.intc)]
    data[is_entity] = 1.0
    del is_entity, pair_columns, entity_columns
    indptr: np.ndarray[Any, np.dtype[np.int32 | np.int64]] = np.zeros(n + 1, dtype=index)
    indptr[1:] = ends + np.frombuffer(table.entity_ends, dtype=np.int64)
    both = sp.csr_matrix((data, indices, indptr), shape=(n, width))
    both.sort_indices()  # within a row the entity columns (after the terms') stay after them
    both.eliminate_zeros()  # a count that is not positive: no entry, as scaling dropped it
    if frequencies is None:
        frequency = np.bincount(both.indices, minlength=width)
    else:
        frequency = np.fromiter(
            chain(
                (frequencies[0, key] for key in term_keys),
                (frequencies[1, key] for key in entity_keys),
            ),
            dtype=np.int64,
            count=width,
        )
    idf = _idf(frequency, total)
    data, indices = both.data, both.indices
    for first in range(0, len(data), _SCALE_ENTRIES):
        data[first : first + _SCALE_ENTRIES] *= idf[indices[first : first + _SCALE_ENTRIES]]
    # The term part of each row, then its entity part (no entity entry was dropped).
    splits = both.indptr[1:] - entity_lengths
    _normalise_parts(data, both.indptr, splits)
    return _Joined(both, len(term_keys), term_keys, entity_keys, idf[len(term_keys) :].copy())


def _normalise_parts(data: np.ndarray, indptr: np.ndarray, splits: np.ndarray) -> None:
    """Scale each row's two parts, ``indptr[i]:splits[i]`` and ``splits[i]:indptr[i + 1]`` of
    ``data``, to unit length in place: what ``_normalise_rows`` makes of each part as a matrix
    of its own. Its squares are added up as SciPy's row sums add them
    (``np.add.reduceat`` over each non-empty part)."""
    n = len(indptr) - 1
    for start in range(0, n, _NORMALISE_ROWS):
        stop = min(n, start + _NORMALISE_ROWS)
        low, high = int(indptr[start]), int(indptr[stop])
        if low == high:
            continue
        part = data[low:high]
        # Where each part of each row starts, in order, and how long it is.
        firsts = np.empty(2 * (stop - start), dtype=np.int64)
        firsts[0::2], firsts[1::2] = indptr[start:stop], splits[start:stop]
        firsts -= low
        lengths = np.diff(firsts, append=high - low)
        full = lengths > 0
        sums = np.zeros(len(firsts))
        sums[full] = np.add.reduceat(part * part, firsts[full])
        norms = np.sqrt(sums)
        norms[norms == 0] = 1
        part *= np.repeat(1 / norms, lengths)


class _SublinearTf(dict[int, float]):
    """A term count's weight, ``1 + log(count)`` (0 for a count that is not positive), each
    worked out once."""

    __slots__ = ()

    def __missing__(self, count: int) -> float:
        weight = self[count] = 1 + math.log(count) if count > 0 else 0.0
        return weight


def _sorted_columns(
    keys: list[str], index: type[np.int32 | np.int64], offset: int = 0
) -> tuple[list[str], np.ndarray]:
    """``keys`` sorted, and each key's column (by its number in ``keys``): its place in that
    order from ``offset``."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    columns = np.empty(len(keys), dtype=index)
    columns[np.array(order, dtype=np.int64)] = np.arange(offset, offset + len(keys), dtype=index)
    return [keys[i] for i in order], columns


def _scale_columns(matrix: sp.csr_matrix, weights: np.ndarray) -> sp.csr_matrix:
    return sp.csr_matrix(matrix @ sp.diags(weights))


def _normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sp.csr_matrix(sp.diags(1 / norms) @ matrix)


def _candidate_pairs(terms: sp.csr_matrix, entities: sp.csr_matrix) -> np.ndarray:
    """Pairs ``(i, j)``, ``i < j``, sharing at least one rare term or entity."""
    n = terms.shape[0]
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    return index_pairs(_candidate_index(terms, entities))


def _candidate_index(terms: sp.csr_matrix, entities: sp.csr_matrix) -> sp.csr_matrix:
    """The documents x rare features incidence whose shared columns propose the candidate
    pairs (:func:`_candidate_pairs`)."""
    return _index_of(sp.hstack([terms, entities], format="csr"))


def _index_of(both: sp.csr_matrix) -> sp.csr_matrix:
    """:func:`_candidate_index` of the term and entity rows side by side: ones (32-bit) in
    the columns of ``both`` that are rare enough, renumbered in order."""
    n = both.shape[0]
    # A feature in more than ~2*sqrt(n) documents proposes too many pairs to be worth indexing;
    # small inputs index everything, so nothing is missed where comparing is cheap anyway. The
    # fixed ceiling keeps large inputs linear: each indexed feature proposes at most
    # MAX_INDEXED_DF^2 / 2 pairs, so the candidates grow with the number of features, not n^2.
    max_df = _max_indexed_df(n)
    if not np.all(both.data > 0):  # (grouping's rows have only positive entries)
        both = sp.csr_matrix(both > 0)
    df = np.bincount(both.indices, minlength=both.shape[1])
    chosen = both[:, np.flatnonzero((df >= 2) & (df <= max_df))]
    return sp.csr_matrix(
        (np.ones(chosen.nnz, dtype=np.int32), chosen.indices, chosen.indptr), shape=chosen.shape
    )


def _max_indexed_df(n: int) -> int:
    """Most of ``n`` documents a feature may be in and still propose candidate pairs."""
    return min(MAX_INDEXED_DF, max(10, int(2 * math.sqrt(n))))


def index_pairs(index: sp.csr_matrix) -> np.ndarray:
    """Pairs ``(i, j)``, ``i < j``, of rows of ``index`` (documents x indexed features) sharing
    a feature, sorted."""
    blocks = list(_index_blocks(index, _PAIR_BLOCK))
    return np.concatenate(blocks) if blocks else np.zeros((0, 2), dtype=np.int64)


def _index_blocks(index: sp.csr_matrix, rows: int) -> Iterator[np.ndarray]:
    """:func:`index_pairs` a block of ``rows`` first rows at a time, each block's sorted (so
    the blocks one after another are all the pairs, sorted)."""
    n = index.shape[0]
    if n < 2:
        return
    transposed = sp.csr_matrix(index.T)
    # Row blocks bound the memory of the product to the pairs one block proposes.
    for start in range(0, n, rows):
        yield _block_pairs(index, transposed, start, rows)


def _block_pairs(
    index: sp.csr_matrix, transposed: sp.csr_matrix, start: int, rows: int
) -> np.ndarray:
    """The pairs ``(i, j)``, ``i < j``, with ``i`` among ``rows`` rows from ``start``, sharing
    a column of ``index`` (``transposed``: its transpose), sorted. (A function of its own: the
    block's product is let go before its pairs are scored.)"""
    shared = sp.csr_matrix(index[start : start + rows] @ transposed)
    shared.sort_indices()  # each row's columns in order: the pairs come sorted
    first = np.repeat(
        np.arange(start, start + shared.shape[0], dtype=np.int64), np.diff(shared.indptr)
    )
    keep = first < shared.indices
    return np.column_stack([first[keep], shared.indices[keep].astype(np.int64)])


def _union_find(n: int, pairs: np.ndarray) -> list[int]:
    """Each item's group root: the smallest index in its group."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs.tolist():
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(n)]


def _stories(
    headlines: list[str | None],
    table: FeatureTable,
    roots: list[int],
    entity_keys: list[str],
    entity_idf: np.ndarray,
) -> tuple[Story, ...]:
    members: dict[int, list[int]] = {}
    for i, root in enumerate(roots):
        members.setdefault(root, []).append(i)
    idf = dict(zip(entity_keys, entity_idf.tolist(), strict=True))
    doc_ids, stories = table.doc_ids, []
    for number, root in enumerate(sorted(members), 1):
        group = members[root]
        # Only a story of several documents has shared terms: its entities read back.
        entities = [table.entities_of(i) for i in group] if len(group) > 1 else []
        stories.append(
            Story(
                id=f"s{number}",
                documents=tuple(doc_ids[i] for i in group),
                label=headlines[group[0]],
                shared_terms=_shared_terms(entities, idf),
            )
        )
    return tuple(stories)


def headline(document: Document) -> str | None:
    """The document's headline, else its first section's: the label of a story it starts."""
    if document.metadata.title:
        return document.metadata.title
    for section in document.sections:
        if section.metadata.title:
            return section.metadata.title
    return None


def _shared_terms(group: Sequence[Mapping[str, str]], idf: dict[str, float]) -> tuple[str, ...]:
    """The strongest entities shared by at least two documents (``group``: each document's
    entities, key -> surface): rare and widely shared first."""
    if len(group) < 2:
        return ()
    # Counted in C; each key's surface its first document's (the documents written last to
    # first).
    counts = Counter(chain.from_iterable(group))
    surface: dict[str, str] = {}
    for entities in reversed(group):
        surface.update(entities)
    shared = [key for key, count in counts.items() if count >= 2]
    # Longer names first among equals: ``Sabrina Singh`` before ``Singh``.
    shared.sort(key=lambda key: (-counts[key] * idf[key], -len(key.split()), key))
    picked: list[str] = []
    for key in shared:
        form = surface[key]
        # ``Singh`` adds nothing once ``Sabrina Singh`` is listed.
        if any(form in other or other in form for other in picked):
            continue
        picked.append(form)
        if len(picked) == SHARED_TERMS:
            break
    return tuple(picked)
