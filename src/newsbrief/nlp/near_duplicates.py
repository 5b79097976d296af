"""Near-duplicate sentences: which sentences of some documents are copies of one another.

Shared by the default summarizer (which makes copies one candidate) and the pipeline's coverage
notes (which count a document's repeated sentences), so that both mean the same by "a copy".

Read in order: :func:`collect` flattens the documents' sentences and vectorises them (content
terms for similarity, stemmed bigrams as concepts); :func:`linked_pairs` finds the pairs of
copies; :func:`clusters` links them transitively. :func:`copy_clusters` gives the same clusters
without holding the pairs (what the summarizer and the coverage notes use). :func:`pairs_above` is
the blocked pair search under them.

**Copies.** Two sentences are copies when the cosine of their *binary* content-term vectors is
at least the threshold (:data:`DEFAULT_THRESHOLD`). Binary rather than TF-IDF so that one rare
word edited by a wire desk does not hide a copy, and cosine rather than shingle Jaccard so that
light reordering ("said X" / "X said") still counts. At 0.7 a 10-term sentence may differ by
about three terms. Copies are linked transitively (connected components of the graph of linked
pairs).

**Bounds.** Exact copies are chained rather than linked each to every other, and the pair search
runs in row blocks cut to a work budget, so one sentence pasted tens of thousands of times costs
linear memory (see :func:`linked_pairs` and :func:`pairs_above`). :func:`copy_clusters` merges
each block's pairs into a union-find forest and lets them go, so many *near*-identical sentences
(100,000 snippets of the same few stories: tens of millions of pairs) cost linear memory too.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from newsbrief.model import Document, Sentence
from newsbrief.nlp.content_terms import content_flags
from newsbrief.nlp.content_terms import has_alnum as _has_alnum
from newsbrief.nlp.languages import resources
from newsbrief.nlp.stopwords import extra_stopwords, stopwords_key
from newsbrief.nlp.tokens import count_words, words

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis

#: Binary-term cosine at which two sentences are the same content. The default summarizer's
#: ``duplicate_threshold`` option defaults to the same value
#: (``newsbrief.summarizers.multidoc.options.DEFAULT_DUPLICATE_THRESHOLD``, kept there so that
#: option checks need not load NumPy; a test keeps the two equal).
DEFAULT_THRESHOLD = 0.7


#: The run's table of shared analyses while :func:`shared_analyses` is in force: the summarizer
#: and the coverage notes are not handed it, and without it a collection larger than the
#: analysis memory (:data:`newsbrief.nlp.analysis.CACHE_SIZE`) was analysed again, twice.
_RUN_ANALYSES: contextvars.ContextVar[Mapping[str, Analysis] | None] = contextvars.ContextVar(
    "newsbrief_run_analyses", default=None
)


@contextlib.contextmanager
def shared_analyses(analyses: Mapping[str, Analysis]) -> Iterator[None]:
    """While the block runs, :func:`collect` reads documents' analyses from ``analyses`` (the
    run's side table, ``{doc_id: Analysis}``) before computing any."""
    token = _RUN_ANALYSES.set(analyses)
    try:
        yield
    finally:
        _RUN_ANALYSES.reset(token)


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
    #: Language code of each sentence's document (``None`` where it has none): rules that read
    #: a sentence's words read its language's (empty when the caller gives none).
    languages: tuple[str | None, ...] = ()

    def __len__(self) -> int:
        return len(self.sentences)


def collect(
    documents: Sequence[Document],
    *,
    concepts: bool = True,
    keep: Sequence[bool] | None = None,
) -> Candidates:
    """Flatten the documents' sentences and vectorise them.

    With ``concepts=False`` the concept matrix has no columns (nothing reads it when only
    copies are counted; the summarizer adds it for the sentences it keeps,
    :func:`with_concepts`): the bigrams of a large collection's every sentence were most of
    the time and memory of this step.

    ``keep`` (one flag a sentence, in the order of every sentence of ``documents``) makes rows
    of the flagged sentences only, with the ranks, sources and positions they have among all
    of them and the term columns of every sentence: the rows of the full collection that a
    caller would keep, without holding the others.
    """
    if keep is None:
        quick = _collect_whole(documents, concepts=concepts)
        if quick is not None:
            return quick
    sentences: list[Sentence] = []
    languages: list[str | None] = []
    doc_rank, source, position, lengths, concept_lists = [], [], [], [], []
    # Each sentence's terms, sorted, one after another (references to the analyses' shared
    # stems, 8 bytes a term), and how many each has: not a set per sentence (356 bytes each,
    # 160 MB for 10,000 articles, at the summary's peak).
    flat_terms: list[str] = []
    term_counts: list[int] = []
    sources: dict[tuple[str, int], int] = {}
    from newsbrief.nlp.analysis import analysis_of

    # The terms of sentences left out still name columns (``keep``).
    vocabulary: set[str] = set()
    flags = iter(keep) if keep is not None else None
    table = _RUN_ANALYSES.get()
    for rank, document in enumerate(documents):
        seen_in_section: dict[int, int] = {}
        # The words, stems and stop words of the run's shared analysis (already computed for
        # story grouping and the annotators) rather than tokenizing every sentence again.
        analysis = analysis_of(document, table) if document.sentences else None
        # Looked up once a document, not once a sentence (this loop runs once a sentence of
        # the whole run).
        numbers = _sentence_numbers(document, analysis) if analysis else None
        document_terms = _TermReader(analysis, every=flags is None) if analysis else None
        # Reading only some sentences, each one's word count is worked out when it is kept.
        counts: list[int | None] | _WordCounts = (
            (_word_counts(analysis) if flags is None else _WordCounts(analysis)) if analysis else []
        )
        # The terms of a document whose sentences are all the analysis' and cover its tokens
        # without a gap are its content tokens' stems, added at once: sentence by sentence
        # they were most of this step for a large run, whose summary keeps one in ten.
        read_all = (
            flags is not None
            and document_terms is not None
            and isinstance(numbers, range)
            and document_terms.add_all_to(vocabulary)
        )
        for at, sentence in enumerate(document.sentences):
            key = (document.id, sentence.section)
            number_of_source = sources.setdefault(key, len(sources))
            seen = seen_in_section.get(sentence.section, 0)
            seen_in_section[sentence.section] = seen + 1
            number = numbers[at] if numbers is not None else None
            if flags is not None and not next(flags):
                if read_all:
                    continue
                if document_terms is None or number is None:
                    vocabulary.update(sentence_features(sentence.text, document.language)[0])
                else:
                    document_terms.add_to(vocabulary, number)
                continue
            sentences.append(sentence)
            languages.append(document.language)
            doc_rank.append(rank)
            source.append(number_of_source)
            position.append(seen)
            if analysis is None or document_terms is None or number is None:
                content, bigrams = sentence_features(sentence.text, document.language)
                count = count_words(sentence.text)
            else:
                content = document_terms[number]
                bigrams = _analysed_bigrams(analysis, number) if concepts else frozenset()
                known = counts[number]
                count = count_words(sentence.text) if known is None else known
            flat_terms.extend(sorted(content))
            term_counts.append(len(content))
            lengths.append(count)
            if concepts:
                concept_lists.append(bigrams)
    return Candidates(
        sentences=tuple(sentences),
        doc_rank=np.asarray(doc_rank, dtype=np.int64),
        source=np.asarray(source, dtype=np.int64),
        position=np.asarray(position, dtype=np.int64),
        length=np.asarray(lengths, dtype=np.int64),
        terms=_sorted_rows_matrix(flat_terms, term_counts, vocabulary),
        concepts=_binary_matrix(concept_lists) if concepts else sp.csr_matrix((len(sentences), 0)),
        languages=tuple(languages),
    )


def _collect_whole(documents: Sequence[Document], *, concepts: bool) -> Candidates | None:
    """:func:`collect` of every sentence, in NumPy over the documents' tokens, when each
    document's analysis has exactly its sentences (else ``None``: the caller reads them one
    by one).

    The same matrices: a sentence's terms are the stems of its content tokens, its concepts
    the pairs of neighbouring stems not both stop words, as :func:`collect` finds them, but
    numbered rather than made into sets and strings (a story of a per-story run spent most
    of this step on them). Columns are in the order of the keys as strings: stems by their
    sorted rank, a bigram ``"a b"`` by the ranks of ``(a, b)``, the same order as long as no
    stem holds a character sorting at or before the space (else ``None``).
    """
    from newsbrief.nlp.analysis import analysis_of

    table = _RUN_ANALYSES.get()
    sentences: list[Sentence] = []
    languages: list[str | None] = []
    doc_rank: list[int] = []
    source: list[int] = []
    position: list[int] = []
    sources: dict[tuple[str, int], int] = {}
    stems: list[str] = []
    norms: list[str] = []
    stops = bytearray()
    content = bytearray()
    spans: list[np.ndarray] = []
    bounds: list[np.ndarray] = []
    for rank, document in enumerate(documents):
        if not document.sentences:
            continue
        analysis = analysis_of(document, table)
        if not isinstance(_sentence_numbers(document, analysis), range):
            return None
        count = len(document.sentences)
        sentences += document.sentences
        languages += itertools.repeat(document.language, count)
        doc_rank += itertools.repeat(rank, count)
        sections = [sentence.section for sentence in document.sentences]
        if sections.count(sections[0]) == count:  # one section (most documents)
            key = (document.id, sections[0])
            source += itertools.repeat(sources.setdefault(key, len(sources)), count)
            position += range(count)
        else:
            seen_in_section: dict[int, int] = {}
            for section in sections:
                source.append(sources.setdefault((document.id, section), len(sources)))
                seen = seen_in_section.get(section, 0)
                seen_in_section[section] = seen + 1
                position.append(seen)
        if len(stems) + len(analysis.stems) > _WHOLE_TOKENS:
            return None  # checked before the lists grow: left to the reading one by one
        spans.append(np.asarray(analysis.packed_sentence_tokens, dtype=np.int64) + len(stems))
        # Each document's text offsets after the one before's, for the word counts below.
        bounds.append(np.asarray(analysis.packed_sentences, dtype=np.int64) + (len(bounds) << 40))
        stems += analysis.stems
        content += content_flags(analysis)
        if concepts:
            norms += analysis.norms
            stops += analysis.stops
        if len(stems) > _WHOLE_TOKENS or len(sentences) > _WHOLE_TOKENS:
            return None  # a few int64 arrays a token: left to the reading one by one
    # Each distinct stem's rank among them all, sorted as strings.
    ordered = sorted(dict.fromkeys(stems))
    if min("".join(ordered), default="!") <= " ":  # (a plugin's stemmer may give "")
        return None
    ranks = dict(zip(ordered, itertools.count()))
    stem = np.fromiter(map(ranks.__getitem__, stems), dtype=np.int64, count=len(stems))
    width = max(len(ordered), 1)
    # Each sentence's tokens, one after another.
    flat = np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)
    first, last = flat[0::2], flat[1::2]
    sizes = last - first
    row = np.repeat(np.arange(len(first), dtype=np.int64), sizes)
    token = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(
        first - (np.cumsum(sizes) - sizes), sizes
    )
    lengths = _whole_word_counts(sentences, bounds, sizes)
    is_term = np.frombuffer(bytes(content), dtype=np.uint8).astype(bool)[token]
    terms = _numbered_rows(row[is_term] * width + stem[token[is_term]], width, len(sentences))
    if concepts:
        # A word is a stop word when flagged so or without a letter or digit.
        plain = np.fromiter(map(_ALNUM.__getitem__, norms), dtype=bool, count=len(norms))
        plain &= np.frombuffer(bytes(stops), dtype=np.uint8) == 0
        same = row[1:] == row[:-1]
        left, right = token[:-1][same], token[1:][same]
        kept = plain[left] | plain[right]
        pair = stem[left[kept]] * width + stem[right[kept]]
        pairs = sorted_unique(pair)
        numbered = np.searchsorted(pairs, pair)
        concept_matrix = _numbered_rows(
            row[:-1][same][kept] * max(len(pairs), 1) + numbered,
            max(len(pairs), 1),
            len(sentences),
            columns=len(pairs),
        )
    else:
        concept_matrix = sp.csr_matrix((len(sentences), 0))
    return Candidates(
        sentences=tuple(sentences),
        doc_rank=np.asarray(doc_rank, dtype=np.int64),
        source=np.asarray(source, dtype=np.int64),
        position=np.asarray(position, dtype=np.int64),
        length=lengths,
        terms=terms,
        concepts=concept_matrix,
        languages=tuple(languages),
    )


def _whole_word_counts(
    sentences: Sequence[Sentence], bounds: Sequence[np.ndarray], tokens: np.ndarray
) -> np.ndarray:
    """:func:`_word_counts` of :func:`_collect_whole`'s sentences (``bounds``: their
    documents' packed sentence offsets, each document's after the one before's; ``tokens``:
    each sentence's number of tokens), the words of a sentence overlapping an earlier one
    counted in its text."""
    flat = np.concatenate(bounds) if bounds else np.zeros(0, dtype=np.int64)
    starts, ends = flat[0::2], flat[1::2]
    reach = np.zeros(len(starts), dtype=np.int64)  # where the sentences before each one end
    if len(starts) > 1:
        np.maximum.accumulate(ends[:-1], out=reach[1:])
    lengths = tokens.astype(np.int64)
    for at in np.flatnonzero(starts < reach).tolist():
        lengths[at] = count_words(sentences[at].text)
    return lengths


class _WordTest(dict[str, bool]):
    """A test of a word, remembered by word form across calls (the forms of a run recur);
    read with ``__getitem__`` (in C, through ``map``), worked out on a miss. Emptied when it
    grows past :data:`_WORD_TESTS_LIMIT`: what it answers never depends on it."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, word: str) -> bool:
        if len(self) > _WORD_TESTS_LIMIT:
            self.clear()
        answer = self[word] = self._test(word)
        return answer


_WORD_TESTS_LIMIT = 1 << 18


#: Most tokens :func:`_collect_whole` reads at once (about 120 bytes a token while it runs).
_WHOLE_TOKENS = 1 << 20


def _numbered_rows(
    codes: np.ndarray, width: int, rows: int, columns: int | None = None
) -> sp.csr_matrix:
    """The binary ``rows x`` matrix of the entries ``row * width + key`` in ``codes`` (keys
    perhaps repeated), columns the keys used in key order (``columns``: every key up to
    it, already dense)."""
    entries = sorted_unique(codes)
    row, key = entries // width, entries % width
    if columns is None:
        used = sorted_unique(key)
        key = np.searchsorted(used, key)
        columns = len(used)
    indptr = np.zeros(rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(row, minlength=rows), out=indptr[1:])
    return sp.csr_matrix(
        (np.ones(len(entries)), key.astype(np.int64), indptr), shape=(rows, columns)
    )


def _sentence_numbers(document: Document, analysis: Analysis) -> Sequence[int | None]:
    """The analysis's number of each sentence of ``document`` (``None``: not analysed)."""
    spans = tuple((sentence.start, sentence.end) for sentence in document.sentences)
    if spans == analysis.sentences and len(set(spans)) == len(spans):
        # The usual case: the same sentences in the same order, none twice (a repeated span
        # is the first one's, as :meth:`~newsbrief.nlp.analysis.Analysis.sentence_index` says).
        return range(len(spans))
    return [analysis.sentence_index(start, end) for start, end in spans]


def _word_counts(analysis: Analysis) -> list[int | None]:
    """The word count of each analysed sentence where its tokens are exactly the words of its
    text (what :func:`~newsbrief.nlp.tokens.count_words` counts): a sentence overlapping an
    earlier one has only the tokens after it (``None``: count its words)."""
    counts: list[int | None] = []
    reach = 0  # where the sentences before this one end
    for (start, end), (first, last) in zip(
        analysis.sentences, analysis.sentence_tokens, strict=True
    ):
        counts.append(last - first if start >= reach else None)
        reach = max(reach, end)
    return counts


class _WordCounts:
    """``_word_counts(analysis)``, a count worked out when asked for: where the sentences before
    each one end is kept as far as asked (one max a sentence, not a max over the sentences
    before each kept one, quadratic when many deep sentences are kept)."""

    def __init__(self, analysis: Analysis) -> None:
        self._bounds = analysis.packed_sentences
        self._tokens = analysis.packed_sentence_tokens
        self._reach = [0]  # ``_reach[k]``: where sentences ``0 .. k - 1`` end, at most

    def __getitem__(self, sentence: int) -> int | None:
        bounds, reach, tokens = self._bounds, self._reach, self._tokens
        while len(reach) <= sentence:
            reach.append(max(reach[-1], bounds[2 * len(reach) - 1]))
        if bounds[2 * sentence] < reach[sentence]:
            return None
        return tokens[2 * sentence + 1] - tokens[2 * sentence]


def with_concepts(candidates: Candidates, documents: Sequence[Document]) -> Candidates:
    """``candidates``, collected from ``documents`` without concepts (and perhaps cut since),
    with their concept matrix: the same bigrams :func:`collect` finds, for these sentences only.
    """
    return attrs.evolve(
        candidates, concepts=_binary_matrix(list(concept_rows(candidates, documents)))
    )


def concept_rows(candidates: Candidates, documents: Sequence[Document]) -> Iterator[frozenset[str]]:
    """The concept bigrams :func:`collect` finds for each of ``candidates``' sentences, in order
    (read from the run's shared analysis where it has the sentence), one row at a time."""
    from newsbrief.nlp.analysis import analysis_of

    table = _RUN_ANALYSES.get()
    analyses: dict[int, Analysis] = {}
    for sentence, rank in zip(candidates.sentences, candidates.doc_rank.tolist(), strict=True):
        document = documents[rank]
        if rank not in analyses:
            analyses[rank] = analysis_of(document, table)
        number = analyses[rank].sentence_index(sentence.start, sentence.end)
        if number is None:
            yield sentence_features(sentence.text, document.language)[1]
        else:
            yield _analysed_bigrams(analyses[rank], number)


def sentence_features(text: str, language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Stemmed content terms and concept bigrams of one sentence (see :func:`_features`),
    with the run's own stop words if it has any (:mod:`newsbrief.nlp.stopwords`)."""
    return _features(text, language, stopwords_key())


@functools.lru_cache(maxsize=1 << 14)
def _features(
    text: str, language: str | None, extra: object
) -> tuple[frozenset[str], frozenset[str]]:
    """Stemmed content terms and concept bigrams of one sentence (``extra``: the stop words
    in force, part of the cache key only).

    Bigrams are of consecutive stemmed words, stop words included (``minister of``), but never of
    two stop words: as in ICSISumm, these capture the facts that summaries share. Remembered
    for the last 16,384 sentences: a briefing reads each sentence's features more than once
    (the summary, then the coverage notes).
    """
    res = resources(language)
    extra = extra_stopwords(res.code)
    stopwords = res.stopwords | extra if extra else res.stopwords
    tokens = []
    for word in words(text.lower()):
        word = word.replace("’", "'")
        stop = word in stopwords or not any(c.isalnum() for c in word)
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
    tokens = analysis.tokens_of(sentence)
    first, last = tokens.start, tokens.stop
    content = content_flags(analysis)[first:last]
    terms = frozenset(itertools.compress(analysis.stems[first:last], content))
    return terms, _analysed_bigrams(analysis, sentence)


class _TermReader:
    """The content terms of each body sentence of an analysis (its stems of content words,
    :func:`~newsbrief.nlp.content_terms.content_flags`), each sentence's set made when asked
    for: a large run's summary keeps one sentence in ten."""

    def __init__(self, analysis: Analysis, *, every: bool = False) -> None:
        self._analysis = analysis
        self._content = content_flags(analysis)
        self._stems = analysis.stems
        self._tokens = analysis.sentence_tokens
        # ``every``: all of them are read, so made at once.
        self._every = [self._made(*tokens) for tokens in self._tokens] if every else None

    def __getitem__(self, sentence: int) -> frozenset[str]:
        if self._every is not None:
            return self._every[sentence]
        return self._made(*self._tokens[sentence])

    def _made(self, first: int, last: int) -> frozenset[str]:
        return frozenset(itertools.compress(self._stems[first:last], self._content[first:last]))

    def add_all_to(self, terms: set[str]) -> bool:
        """Add the content terms of every body sentence to ``terms`` at once, when the
        sentences' tokens follow one another without a gap or an overlap (then they are the
        terms of the tokens they cover); else add nothing and say so."""
        tokens = self._analysis.packed_sentence_tokens
        firsts, lasts = tokens[2::2], tokens[1:-1:2]
        if firsts != lasts:
            return False
        if tokens:
            terms.update(self._made(tokens[0], tokens[-1]))
        return True

    def add_to(self, terms: set[str], sentence: int) -> None:
        """Add the content terms of body sentence number ``sentence`` to ``terms``."""
        if self._every is not None:
            terms.update(self._every[sentence])
            return
        first, last = self._tokens[sentence]
        terms.update(itertools.compress(self._stems[first:last], self._content[first:last]))


def _analysed_bigrams(analysis: Analysis, sentence: int) -> frozenset[str]:
    """The concept bigrams of body sentence number ``sentence`` (as :func:`sentence_features`)."""
    norms, stems, stops = analysis.norms, analysis.stems, analysis.stops
    tokens = analysis.tokens_of(sentence)  # not the whole table made for one sentence
    first, last = tokens.start, tokens.stop
    stop = [stops[i] or not _has_alnum(norms[i]) for i in range(first, last)]
    return frozenset(
        f"{stems[i]} {stems[i + 1]}"
        for i in range(first, last - 1)
        if not (stop[i - first] and stop[i - first + 1])
    )


#: Whether a normalised word has a letter or a digit (:func:`_has_alnum`), by form.
_ALNUM = _WordTest(_has_alnum)


def _sorted_rows_matrix(
    flat: list[str], counts: list[int], more: set[str] | None = None
) -> sp.csr_matrix:
    """:func:`_binary_matrix` of rows given one after another (``counts[k]`` keys of row ``k``,
    each row sorted and without repeats): the same matrix, columns in sorted key order (of
    the rows' keys and ``more``)."""
    vocabulary = {key: i for i, key in enumerate(sorted(set(flat).union(more or ())))}
    # Keys sorted within a row are column numbers sorted within it (columns are ranks).
    indices = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.int64, count=len(flat))
    indptr = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    data = np.ones(len(indices))
    return sp.csr_matrix((data, indices, indptr), shape=(len(counts), len(vocabulary)))


def _binary_matrix(rows: list[frozenset[str]]) -> sp.csr_matrix:
    """Binary rows x keys matrix of ``rows``, columns in sorted key order, each row's
    columns sorted (the keys looked up in one pass and sorted in NumPy, not row by row)."""
    flat = list(itertools.chain.from_iterable(rows))
    vocabulary = {key: i for i, key in enumerate(sorted(set(flat)))}
    counts = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    columns = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.int64, count=len(flat))
    width = max(len(vocabulary), 1)
    # A row's keys are distinct, so sorting (row, column) codes sorts each row's columns.
    codes = np.repeat(np.arange(len(rows), dtype=np.int64), counts) * width + columns
    codes.sort()
    data = np.ones(len(flat))
    return sp.csr_matrix((data, codes % width, indptr), shape=(len(rows), len(vocabulary)))


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
    first = _first_copies(rows)
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


def _first_copies(rows: sp.csr_matrix) -> np.ndarray:
    """For each row (indices sorted), the first row with the same entries: exact copies found by
    hashing them (an empty row is its own)."""
    n = rows.shape[0]
    first = np.arange(n)
    seen: dict[tuple[bytes, bytes], int] = {}
    for i in range(n):
        low, high = rows.indptr[i], rows.indptr[i + 1]
        if low < high:
            key = (rows.indices[low:high].tobytes(), rows.data[low:high].tobytes())
            first[i] = seen.setdefault(key, i)
    return first


#: Most entries of one row block's similarity product in :func:`copy_clusters` (a few tens of
#: MB while it is searched): the only part of its memory that is not linear in the sentences.
CLUSTER_BUDGET = 1 << 20


def copy_clusters(candidates: Candidates, threshold: float = DEFAULT_THRESHOLD) -> np.ndarray:
    """Cluster id of each candidate (its earliest linked member), ``clusters(linked_pairs(...))``
    exactly, without ever holding the pairs.

    Exact copies are found by hashing their terms and tied to the first one; the distinct rows
    are searched for pairs one row block at a time (:func:`pairs_above`'s blocks, each at most
    :data:`CLUSTER_BUDGET` product entries) and each block's pairs are merged into a union-find
    forest (:class:`_Forest`) and let go. So the memory is linear in the sentences: at most
    ``n - 1`` links of the forest plus one block, whatever the number of pairs (30,000 tiny
    snippets had 2.3 million, 100,000 about 25 million). Connected components do not depend on
    the order the links come in, so the clusters are the same at every size.
    """
    rows = normalise_rows(candidates.terms)
    rows.sort_indices()
    n = rows.shape[0]
    first = _first_copies(rows)
    forest = _Forest(n)
    copies = np.flatnonzero(first != np.arange(n))
    forest.link(first[copies], copies)
    groups = np.flatnonzero(first == np.arange(n))
    blocks = _blocks_above(rows[groups], threshold - 1e-9, 1024, CLUSTER_BUDGET)
    for found_rows, found_cols, _values in blocks:
        forest.link(groups[found_rows], groups[found_cols])
    return forest.earliest()


class _Forest:
    """Connected components of ``n`` nodes whose links come a batch at a time, held in memory
    linear in ``n``: once the links held outnumber the nodes they are replaced by one link from
    each node to its component's earliest node (a spanning forest of the same components)."""

    def __init__(self, n: int, hold: int = 1 << 16) -> None:
        self.n = n
        #: Links held before they are compacted: ``max(n, hold)``.
        self.hold = max(n, hold)
        #: Most links held at once (what the bound is about; tests read it).
        self.most_held = 0
        self._rows: list[np.ndarray] = []
        self._cols: list[np.ndarray] = []
        self._held = 0

    def link(self, rows: np.ndarray, cols: np.ndarray) -> None:
        """Add the links ``rows[k] -- cols[k]``."""
        if not len(rows):
            return
        self._rows.append(np.asarray(rows, dtype=np.int64))
        self._cols.append(np.asarray(cols, dtype=np.int64))
        self._held += len(rows)
        self.most_held = max(self.most_held, self._held)
        if self._held > self.hold:
            self.earliest()

    def earliest(self) -> np.ndarray:
        """The earliest node of each node's component (the links are compacted on the way)."""
        everything = np.arange(self.n)
        if not self._held:
            return everything
        rows, cols = np.concatenate(self._rows), np.concatenate(self._cols)
        graph = sp.coo_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), (self.n,) * 2)
        _, label = connected_components(graph, directed=False)
        first = np.full(int(label.max()) + 1, self.n, dtype=np.int64)
        np.minimum.at(first, label, everything)
        earliest = first[label]
        linked = np.flatnonzero(earliest != everything)
        self._rows, self._cols, self._held = [linked], [earliest[linked]], len(linked)
        return earliest


def repeats_within(documents: Sequence[Document]) -> dict[str, int]:
    """How many sentences of each document are copies of earlier sentences of the same one.

    Document by document: copies are only counted within a document, so pairs across
    documents are never searched, and memory is bounded by the longest document (whose exact
    copies are chained, :func:`linked_pairs`), not by the square of the collection's sentences.
    The same counts as clustering the within-document pairs of :func:`linked_pairs` over all of
    them. Documents without repeats are left out.
    """
    counts: dict[str, int] = {}
    quick = [d for d in documents if 2 <= len(d.sentences) <= _QUICK_SENTENCES]
    # Most documents: no two sentences even close, no matrices of their own built.
    close = _may_repeat(quick)
    for document in documents:
        if len(document.sentences) < 2:
            continue
        if len(document.sentences) <= _QUICK_SENTENCES and id(document) not in close:
            continue
        cluster = copy_clusters(collect([document]))
        copies = int((cluster != np.arange(len(cluster))).sum())
        if copies:
            counts[document.id] = counts.get(document.id, 0) + copies
    return counts


#: Documents of at most this many sentences are first checked together (:func:`_may_repeat`)
#: before any matrix of their own is built: building them cost about 1 ms a document, 100 s
#: for 100,000 snippets.
_QUICK_SENTENCES = 40
#: Documents checked by one product in :func:`_may_repeat` (its pairs: at most
#: ``_QUICK_SENTENCES ** 2`` a document). Its arrays are held while the briefing is composed:
#: about 12 MB for 512 newswire articles (2,048 took 50 MB), no slower a document.
_QUICK_DOCUMENTS = 512


def _may_repeat(documents: Sequence[Document]) -> set[int]:
    """The ``id`` of each of ``documents`` in which two sentences may be copies: a binary
    cosine of their content terms at least a hair under the threshold (so every pair
    :func:`linked_pairs` links passes; it decides).

    A block of documents at a time, in NumPy: each sentence's content terms are read from its
    token span (of the run's shared analysis, as :func:`collect` reads them), and each
    (document, term) is a column of its own, so one product holds the pairs of
    sentences of one document only, each with the number of terms its two sentences share.
    """
    close: set[int] = set()
    bound = DEFAULT_THRESHOLD - 1e-6
    for block in range(0, len(documents), _QUICK_DOCUMENTS):
        chosen = documents[block : block + _QUICK_DOCUMENTS]
        columns, flags, spans = _block_tokens(chosen)
        # Each token's column (-1: not a content term).
        column = np.full(len(flags), -1, dtype=np.int64)
        column[np.flatnonzero(np.frombuffer(bytes(flags), dtype=np.uint8))] = columns
        first, last = spans[0::2], spans[1::2]
        sizes = last - first
        sentence = np.repeat(np.arange(len(first)), sizes)
        token = np.arange(int(sizes.sum())) + np.repeat(first - (np.cumsum(sizes) - sizes), sizes)
        term = column[token]
        content = term >= 0
        term = term[content]
        left, right, shared, length = _shared_terms(
            sentence[content], term, (len(first), len(columns))
        )
        near = shared >= bound * np.sqrt(length[left] * length[right])
        owner = np.repeat(np.arange(len(chosen)), [len(d.sentences) for d in chosen])
        close.update(id(chosen[at]) for at in sorted_unique(owner[left[near]]).tolist())
    return close


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` of an integer array (its distinct values, ascending), by a sort.

    NumPy 2.4's ``np.unique`` without ``return_*`` finds integers' distinct values by hashing,
    then sorts them: about 15 times slower than a sort here (78 against 5 ms for 150,000
    ``int64``), and the repeat checks and summaries call it on every block and story.
    """
    ordered = np.sort(values, axis=None)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


#: Most (pair, shared term) entries :func:`_shared_terms` lists in NumPy (a few MB); more
#: take a sparse product.
_LISTED_PAIRS = 1 << 18


def _shared_terms(
    sentence: np.ndarray, term: np.ndarray, shape: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The pairs ``left < right`` of sentences sharing a term (sentence ``sentence[k]`` has
    column ``term[k]``, perhaps twice: the vectors are binary), the number of terms each pair
    shares and each sentence's number of distinct terms.

    The pairs are listed term by term and counted in NumPy: for a story of a per-story run
    (a few dozen sentences) the sparse product's fixed cost (a construction, a transpose, the
    product: about 0.5 ms) was most of the check, and a dense product runs BLAS's threads.
    The counts are integers either way, so both give the same pairs and counts (in another
    order: callers read them as a set).
    """
    n = shape[0]
    # The distinct (term, sentence) entries, sentences ascending within a term.
    entries = sorted_unique(np.asarray(term, dtype=np.int64) * n + sentence)
    columns, holders = entries // n, entries % n
    length = np.bincount(holders, minlength=n)
    ends = np.searchsorted(columns, columns, side="right")  # end of each entry's term group
    later = ends - np.arange(len(columns)) - 1  # entries after each one in its group
    total = int(later.sum())
    if total <= _LISTED_PAIRS:
        first = np.repeat(np.arange(len(columns)), later)
        offset = np.arange(total) - np.repeat(np.cumsum(later) - later, later)
        keys = holders[first] * n + holders[first + 1 + offset]
        pairs, counts = np.unique(keys, return_counts=True)
        return pairs // n, pairs % n, counts.astype(float), length
    rows = sp.csr_matrix((np.ones(len(entries)), (holders, columns)), shape=shape)
    found = (rows @ rows.T).tocoo()
    upper = found.row < found.col
    return found.row[upper], found.col[upper], found.data[upper], length


def _block_tokens(documents: Sequence[Document]) -> tuple[array, bytearray, np.ndarray]:
    """For the tokens of ``documents``' analyses one after another: the column of each content
    term (the number of its stem's first content token: one column a document and term),
    whether each token is a content term, and each sentence's ``first, last`` token
    (flattened). A sentence the analysis does not have is read on its own
    (:func:`sentence_features`), its terms added as tokens after its document's."""
    from newsbrief.nlp.analysis import analysis_of

    table = _RUN_ANALYSES.get()
    columns = array("q")
    flags = bytearray()
    spans: list[np.ndarray] = []
    for document in documents:
        analysis = analysis_of(document, table)
        numbers = _sentence_numbers(document, analysis)
        start = len(flags)
        place: dict[str, int] = {}
        content = content_flags(analysis)
        terms = itertools.compress(analysis.stems, content)
        columns.extend(map(place.setdefault, terms, itertools.count(len(columns))))
        flags += content
        if isinstance(numbers, range):  # the analysis' sentences, in order: read as packed
            spans.append(np.asarray(analysis.packed_sentence_tokens, dtype=np.int64) + start)
            continue
        own = []
        for sentence, number in zip(document.sentences, numbers, strict=True):
            if number is None:
                own_terms = sorted(sentence_features(sentence.text, document.language)[0])
                own += [len(flags), len(flags) + len(own_terms)]
                columns.extend(map(place.setdefault, own_terms, itertools.count(len(columns))))
                flags += bytes([1]) * len(own_terms)
            else:
                tokens = analysis.tokens_of(number)
                own += [start + tokens.start, start + tokens.stop]
        spans.append(np.asarray(own, dtype=np.int64))
    return columns, flags, np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)


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
    for found_rows, found_cols, found_values in _blocks_above(left, threshold, block, budget):
        rows.append(found_rows)
        cols.append(found_cols)
        values.append(found_values)
    if not rows:
        return sp.coo_matrix((n, n))
    return sp.coo_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n)
    )


def _blocks_above(
    left: sp.csr_matrix, threshold: float, block: int, budget: int
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The pairs of :func:`pairs_above` one row block at a time: rows, columns, values."""
    n = left.shape[0]
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
        yield product.row[keep] + start, product.col[keep], product.data[keep]
        del product, keep  # before the next block's product is made
        start = stop
