"""The candidates: every sentence of the request, what it contains, and which are copies.

Read in order: :func:`collect` flattens the documents' sentences and vectorises them (content
terms for similarity, stemmed bigrams as concepts); :func:`bounded` caps how many a summary
weighs; :func:`quality` rates how well each reads out of context; :func:`find_duplicates` makes
near-identical sentences one candidate (its best-quality member standing for it). The
sparse-vector helpers they share (TF-IDF rows, centrality) come last.

:func:`collect`, :func:`linked_pairs`, :func:`clusters` and the blocked pair search live in
:mod:`newsbrief.nlp.near_duplicates` (the pipeline's coverage notes count repeated sentences with
them too, and must not import the summarizer) and are re-exported here.

**Quality** is a factor that demotes sentences that read badly out of context: fragments,
questions, openings with an unresolved pronoun or connective, opinion, and very long sentences.

**Ceiling.** De-duplication compares candidate sentences pairwise, so a story of a hundred long
articles (or one book-length document) would cost the square of its sentences. Beyond
:data:`MAX_CANDIDATES` sentences, the summarizer weighs only the leads of every source (news puts
what matters first) and, for the rest of the allowance, the sentences closest to the centroid of
all of them (what the sources have most in common). Below the ceiling nothing changes, which is
every ordinary briefing: TAC 2011's ten-article topics have a few hundred sentences.

**Copies** are defined in :mod:`newsbrief.nlp.near_duplicates` (binary content-term cosine at
least the ``duplicate_threshold`` option, 0.7 by default, linked transitively).
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Sequence
from typing import Any

import attrs
import numpy as np
import scipy.sparse as sp

from newsbrief.languages import language, on_reload
from newsbrief.model import Document
from newsbrief.nlp.languages import normalize_language
from newsbrief.nlp.near_duplicates import (
    Candidates,
    clusters,
    collect,
    concept_rows,
    copy_clusters,
    linked_pairs,
    normalise_rows,
    pairs_above,
    sorted_unique,
    with_concepts,
)
from newsbrief.nlp.quote_marks import QuoteMarks, quote_marks
from newsbrief.nlp.segmenter import CLOSERS, QUESTION_MARKS, TERMINATORS
from newsbrief.summarizers.multidoc.options import DEFAULT_DUPLICATE_THRESHOLD

__all__ = [
    "MAX_CANDIDATES",
    "MIN_QUALITY",
    "Candidates",
    "Duplicates",
    "ReadingRules",
    "bounded",
    "centrality",
    "clusters",
    "collect",
    "collect_bounded",
    "copy_clusters",
    "earliest_members",
    "find_duplicates",
    "linked_pairs",
    "normalise_rows",
    "numbered_rows_matrix",
    "pairs_above",
    "quality",
    "quick_clusters",
    "reading_rules",
    "scale_columns",
    "source_frequency",
    "subset",
    "tfidf_rows",
    "unit_rows",
    "with_concepts",
    "with_few_concepts",
]

#: Most candidate sentences one summary weighs.
MAX_CANDIDATES = 2000
#: Share of the allowance kept for the leads of the sources (the rest goes by centrality).
LEAD_SHARE = 0.5


def bounded(candidates: Candidates, limit: int = MAX_CANDIDATES) -> Candidates:
    """``candidates`` if there are at most ``limit``, else the ``limit`` most promising ones.

    Kept: the first sentences of every source (as many per source as half the allowance
    pays for, at least one, so with more sources than ``limit`` only the first of each), then
    the most central remaining sentences (TF-IDF cosine with the centroid; ties to the
    earliest). The kept sentences stay in their original order.
    """
    n = len(candidates)
    if n <= limit:
        return candidates
    n_sources = int(candidates.source.max()) + 1
    per_source = max(1, int(limit * LEAD_SHARE) // n_sources)
    keep = candidates.position < per_source
    if keep.sum() > limit:  # more sources than the allowance: the very first sentence of each
        keep = candidates.position == 0
    room = limit - int(keep.sum())
    if room > 0:
        score = centrality(tfidf_rows(candidates.terms, candidates.source))
        score[keep] = -np.inf
        order = np.argsort(-score, kind="stable")  # stable: equal scores keep input order
        keep[order[:room]] = True
    return subset(candidates, np.flatnonzero(keep))


def collect_bounded(documents: Sequence[Document], limit: int = MAX_CANDIDATES) -> Candidates:
    """``bounded(collect(documents, concepts=False), limit)``, equal field for field.

    When the leads alone fill the allowance (more sources than it pays for: every firehose
    briefing), which sentences are kept depends on their positions only, so only those are
    vectorised; every sentence's terms are still read once, for the same columns (the sorted
    vocabulary of them all). Collecting every sentence first held each one's terms, rank,
    source and position (about 2.5 KB a feed entry) only to drop nine in ten of them.
    Otherwise (centrality decides part of the allowance) the two steps run as they are.
    """
    keep = _leads_only(documents, limit)
    if keep is None:
        return bounded(collect(documents, concepts=False), limit)
    return collect(documents, concepts=False, keep=keep.tolist())


def _leads_only(documents: Sequence[Document], limit: int) -> np.ndarray | None:
    """Which sentences :func:`bounded` keeps, when their positions alone decide it (the
    allowance left for the most central ones is not positive), else ``None``."""
    positions = array("q")
    n_sources = 0
    for document in documents:
        seen_in_section: dict[int, int] = {}
        for sentence in document.sentences:
            at = seen_in_section.get(sentence.section, 0)
            seen_in_section[sentence.section] = at + 1
            positions.append(at)
        n_sources += len(seen_in_section)  # one source a (document, section)
    if len(positions) <= limit:
        return None
    position = np.frombuffer(positions, dtype=np.int64)
    # As :func:`bounded` decides.
    per_source = max(1, int(limit * LEAD_SHARE) // n_sources)
    keep = position < per_source
    if keep.sum() > limit:
        keep = position == 0
    if limit - int(keep.sum()) > 0:
        return None
    return keep


def with_few_concepts(candidates: Candidates, documents: Sequence[Document]) -> Candidates:
    """:func:`~newsbrief.nlp.near_duplicates.with_concepts`, equal field for field, holding one
    sentence's bigrams at a time.

    ``with_concepts`` listed a set of new bigram strings per sentence before numbering them
    (about 1.9 KB a feed entry for their leads, the summary's peak once :func:`collect_bounded`
    dropped the rest): here each bigram is numbered as it is met, the first string of each
    kept, and only the numbers are listed.
    """
    numbered: dict[str, int] = {}
    number = numbered.setdefault
    flat = array("q")
    counts = array("q")
    for row in concept_rows(candidates, documents):
        flat.extend([number(key, len(numbered)) for key in row])
        counts.append(len(row))
    return attrs.evolve(candidates, concepts=numbered_rows_matrix(numbered, flat, counts))


def numbered_rows_matrix(
    numbered: dict[str, int], flat: Sequence[int], counts: Sequence[int]
) -> sp.csr_matrix:
    """The binary matrix of rows given as numbers (``numbered`` maps each key to its number;
    row ``k`` is the next ``counts[k]`` numbers of ``flat``, no number twice in a row), with
    the keys' columns in sorted key order: what ``_binary_matrix`` of
    :mod:`newsbrief.nlp.near_duplicates` makes of the same rows of keys."""
    keys = list(numbered)
    column = np.empty(len(keys), dtype=np.int64)
    column[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    indices = column[np.asarray(flat, dtype=np.int64)]
    per_row = np.asarray(counts, dtype=np.int64)
    row_of = np.repeat(np.arange(len(per_row)), per_row)
    indices = indices[np.lexsort((indices, row_of))]  # sorted within each row
    indptr = np.zeros(len(per_row) + 1, dtype=np.int64)
    np.cumsum(per_row, out=indptr[1:])
    return sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(per_row), len(keys)))


def subset(candidates: Candidates, index: np.ndarray) -> Candidates:
    """The candidates at ``index`` (ascending), with every per-sentence field cut alike."""
    n = len(candidates)
    changes: dict[str, Any] = {}
    for field in attrs.fields(Candidates):
        value = getattr(candidates, field.name)
        if isinstance(value, tuple) and len(value) == n:
            changes[field.name] = tuple(value[i] for i in index.tolist())
        elif isinstance(value, np.ndarray | sp.csr_matrix) and value.shape[0] == n:
            changes[field.name] = value[index]
    return attrs.evolve(candidates, **changes)


# --- Quality: how well a sentence reads on its own ------------------------------------------

#: Sentences shorter than this many words are fragments.
MIN_WORDS = 6
#: Sentences longer than this many words read badly in a briefing.
MAX_WORDS = 50
#: Quality factor below which a sentence is never chosen (while any better one is left): a
#: question, a fragment or a dangling half-quotation fills a budget's last words badly.
MIN_QUALITY = 0.45

_FIRST_WORDS = re.compile(r"[\W_]*(\w+)(?:[\s,]+(\w+))?")


@attrs.frozen
class ReadingRules:
    """The words by which :func:`quality` tells, in one language, a sentence that reads badly
    out of context (its data file's ``[reading]`` and ``[summarizer]`` lists; none for a
    language without them)."""

    #: First words that point back to something the reader of a briefing has not seen
    #: (``[reading] anaphoric_openings`` and ``[summarizer] unresolved_openings``).
    unresolved: frozenset[str]
    #: Adverbs that, followed by one of ``pronouns``, open a sentence continuing one the reader
    #: has not seen ("Now it wants its money back.", "Тепер він вимагає ...").
    adverbs: frozenset[str]
    pronouns: frozenset[str]
    #: "The official said...": a role noun after a definite article refers back to someone the
    #: sentence does not name, so it reads as a continuation too.
    definite: frozenset[str]
    roles: frozenset[str]
    #: Phrases that voice an opinion (``I think``, ``à mon avis``), as whole words in any case,
    #: and the same phrases in lower case, sorted: a cheap ``str.find`` test before the
    #: expression (which tries every position of a sentence).
    opinion: re.Pattern[str] | None
    opinion_words: tuple[str, ...]
    #: Characters ``re`` takes for a letter of :attr:`opinion_words` when ignoring case that
    #: ``str.lower`` does not make that letter (``İ``, ``ſ``, Cyrillic ``ᲂ``), each with the
    #: letter: folded first, so the cheap test misses no text the expression matches.
    fold: tuple[tuple[str, str], ...]
    #: Quotation marks by what they do in the language (``[quotes] pairs``).
    marks: QuoteMarks


@functools.cache
def reading_rules(code: str | None) -> ReadingRules:
    """The :class:`ReadingRules` of language ``code`` (English where none is known, as the
    summarizer's stemmer and stop words are; cached)."""
    words = language(normalize_language(code))
    phrases = sorted(words.words("summarizer", "opinion_phrases"))
    opinion = (
        re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases))})\b", re.IGNORECASE)
        if phrases
        else None
    )
    return ReadingRules(
        unresolved=words.words("reading", "anaphoric_openings")
        | words.words("summarizer", "unresolved_openings"),
        adverbs=words.words("summarizer", "continuing_adverbs"),
        pronouns=words.words("summarizer", "continued_pronouns"),
        definite=words.words("quotes", "definite_articles"),
        roles=words.words("summarizer", "anaphoric_roles"),
        opinion=opinion,
        opinion_words=tuple(phrases),
        fold=_case_fold("".join(phrases)),
        marks=quote_marks(code),
    )


on_reload(reading_rules.cache_clear)


def _case_fold(letters: str) -> tuple[tuple[str, str], ...]:
    """The characters other than ``letters`` that ``re`` matches with one of them when
    ignoring case and whose ``str.lower`` is not that letter, each with the letter (the
    special cases of ``re`` are all in the Basic Multilingual Plane)."""
    wanted = sorted({c for c in letters.lower() if c.isalpha()})
    if not wanted:
        return ()
    found = re.compile(f"[{re.escape(''.join(wanted))}]", re.IGNORECASE).findall(_plane())
    pairs = []
    for character in sorted(set(found) - set(wanted)):
        if character.lower() not in wanted:
            letter = next(w for w in wanted if re.fullmatch(re.escape(w), character, re.I))
            pairs.append((character, letter))
    # ``İ`` first: its lower case is two characters.
    return tuple(sorted(pairs, key=lambda pair: len(pair[0].lower()) == 1))


@functools.cache
def _plane() -> str:
    """Every character of the Basic Multilingual Plane but the surrogates."""
    return "".join(map(chr, (*range(0xD800), *range(0xE000, 0x10000))))


# Sentence ends in every script (the segmenter's terminators), closing quotes aside.
_ENDS_SENTENCE = re.compile(f"[{re.escape(TERMINATORS)}][{re.escape(CLOSERS)}]*$")
_QUESTION = re.compile(f"[{re.escape(QUESTION_MARKS)}][{re.escape(CLOSERS)}]*$")
# What :func:`quality` reads instead: the last character once closing quotes are stripped
# (the same answer, since no terminator is a closing quote, and a stripped text ends in no
# line break for ``$`` to stop before).
_TERMINATOR_SET = frozenset(TERMINATORS)
_QUESTION_MARK_SET = frozenset(QUESTION_MARKS)
assert not (_TERMINATOR_SET | _QUESTION_MARK_SET) & frozenset(CLOSERS)


def quality(candidates: Candidates) -> np.ndarray:
    """A factor in (0, 1] per sentence: 1 for a clean, self-contained statement."""
    texts = [sentence.text.strip() for sentence in candidates.sentences]
    length = np.asarray(candidates.length[: len(texts)], dtype=np.int64)
    factors = np.ones(len(texts))
    factors[length < MIN_WORDS] *= 0.2
    long = length > MAX_WORDS
    factors[long] *= MAX_WORDS / length[long]
    # The rest read each sentence's ends and quotation marks with string methods (a regular
    # expression anchored at the end tries every position of the text); the same factors, in
    # the same order, as :func:`plain_quality`.
    last = [text.rstrip(CLOSERS)[-1:] for text in texts]
    question = np.fromiter(map(_QUESTION_MARK_SET.__contains__, last), bool, len(texts))
    ended = np.fromiter(map(_TERMINATOR_SET.__contains__, last), bool, len(texts))
    factors[question] *= 0.4
    factors[~question & ~ended] *= 0.5  # headlines, datelines, list items: no full stop
    # Openings, opinions and quotation marks in each sentence's own language (its
    # document's): German closes with the “ that opens in English.
    for rules, at in _by_language(candidates, len(texts)):
        group = [texts[i] for i in at.tolist()]
        opening = np.fromiter((_unresolved_opening(t, rules) for t in group), bool, len(group))
        factors[at[opening]] *= 0.6
        factors[at[_opinions(group, rules)]] *= 0.7
        # Part of a quotation that spans sentences: half a thought.
        unbalanced = np.fromiter((_unbalanced_quotes(t, rules) for t in group), bool, len(group))
        factors[at[unbalanced]] *= 0.5
    return factors


def plain_quality(candidates: Candidates) -> np.ndarray:
    """:func:`quality` sentence by sentence, by regular expressions (its reference, in tests)."""
    factors = np.ones(len(candidates))
    for i, sentence in enumerate(candidates.sentences):
        text = sentence.text.strip()
        rules = reading_rules(candidates.languages[i] if candidates.languages else None)
        length = int(candidates.length[i])
        factor = 1.0
        if length < MIN_WORDS:
            factor *= 0.2
        elif length > MAX_WORDS:
            factor *= MAX_WORDS / length
        if _QUESTION.search(text):
            factor *= 0.4
        elif not _ENDS_SENTENCE.search(text):
            factor *= 0.5
        if _unresolved_opening(text, rules):
            factor *= 0.6
        if rules.opinion is not None and rules.opinion.search(text):
            factor *= 0.7
        if _plain_unbalanced_quotes(text, rules):
            factor *= 0.5
        factors[i] = factor
    return factors


def _by_language(candidates: Candidates, n: int) -> list[tuple[ReadingRules, np.ndarray]]:
    """The reading rules of each language among the first ``n`` candidates, with the indices
    (ascending) of its sentences, in the order the languages first appear."""
    codes = candidates.languages[:n] if candidates.languages else (None,) * n
    if len(set(codes)) == 1:  # one language (most runs): every sentence at once
        return [(reading_rules(codes[0]), np.arange(n))] if n else []
    indices: dict[str | None, list[int]] = {}
    for i, code in enumerate(codes):
        indices.setdefault(code, []).append(i)
    return [(reading_rules(code), np.asarray(at)) for code, at in indices.items()]


def _unresolved_opening(text: str, rules: ReadingRules) -> bool:
    """Whether ``text`` opens with a pronoun or connective pointing to an unseen sentence."""
    found = _FIRST_WORDS.match(text)
    if not found:
        return False
    first, second = found.group(1).lower(), (found.group(2) or "").lower()
    if first in rules.unresolved:
        return True
    if first in rules.definite and second in rules.roles:
        return True
    return first in rules.adverbs and second in rules.pronouns


def _opinions(texts: list[str], rules: ReadingRules) -> np.ndarray:
    """Whether each of ``texts`` voices an opinion (``rules.opinion`` finds something in it).

    The expression runs only on the texts holding one of ``rules.opinion_words``, found by
    ``str.find`` in all the texts at once, folded and joined by a character no word holds.
    """
    found = np.zeros(len(texts), dtype=bool)
    opinion = rules.opinion
    if opinion is None or not texts:
        return found
    joined = "\0".join(texts)
    folded = joined
    if not joined.isascii():
        for character, letter in rules.fold:  # ``str.replace`` scans fast; a translation
            folded = folded.replace(character, letter)  # table reads every character
    folded = folded.lower()
    if len(folded) != len(joined):  # no other lower case is longer, but should one appear
        found[:] = [bool(opinion.search(text)) for text in texts]
        return found
    starts = np.cumsum([0] + [len(text) + 1 for text in texts[:-1]])
    hits = set()
    for word in rules.opinion_words:
        at = folded.find(word)
        while at >= 0:
            hits.add(at)
            at = folded.find(word, at + 1)
    holding = np.unique(np.searchsorted(starts, sorted(hits), side="right") - 1).tolist()
    for i in holding:
        found[i] = bool(opinion.search(texts[i]))
    return found


def _unbalanced_quotes(text: str, rules: ReadingRules) -> bool:
    """Whether a quotation opens or closes in ``text`` without the other end
    (:meth:`~newsbrief.nlp.quote_marks.QuoteMarks.unbalanced`, as the sections read it)."""
    return rules.marks.unbalanced(text)


def _plain_unbalanced_quotes(text: str, rules: ReadingRules) -> bool:
    """:func:`_unbalanced_quotes` by regular expressions (its reference, in tests)."""

    def found(marks: str) -> int:
        return len(re.findall(f"[{re.escape(marks)}]", text)) if marks else 0

    marks = rules.marks
    if any(found(mark) % 2 for mark in marks.same):
        return True
    difference = abs(found(marks.opening) - found(marks.closing))
    spare = found(marks.either) - difference
    return spare < 0 or spare % 2 == 1


# --- Near-duplicates ---------------------------------------------------------------------------


@attrs.frozen
class Duplicates:
    """Clusters of near-identical sentences."""

    #: Cluster id of each candidate (the index of its earliest member).
    cluster: np.ndarray
    #: Whether each candidate represents its cluster (exactly one per cluster).
    representative: np.ndarray
    #: For each candidate, how many distinct sources (document, section) carry its cluster.
    support: np.ndarray


def find_duplicates(
    candidates: Candidates, quality: np.ndarray, threshold: float = DEFAULT_DUPLICATE_THRESHOLD
) -> Duplicates:
    """Cluster the candidates; the representative is the best-quality member, earliest on ties.

    The clusters come from :func:`~newsbrief.nlp.near_duplicates.copy_clusters` (the pairs are
    never all held: memory linear in the candidates), and each cluster's representative and
    support are read from one sort of all candidates (looking each cluster's members up one
    cluster at a time cost candidates x clusters, quadratic on a firehose of snippets).
    """
    n = len(candidates)
    # A story of a per-story run has at most a few hundred sentences: its clusters are proven
    # from exact shared-term counts, and the matrices and pair search of ``copy_clusters``
    # (about a quarter of such a summary) are skipped.
    quick = quick_clusters(candidates.terms, threshold)
    cluster = copy_clusters(candidates, threshold) if quick is None else quick
    # By cluster, then best quality, then earliest (the first of each cluster is its best).
    order = np.lexsort((np.arange(n), -np.asarray(quality, dtype=float), cluster))
    starts = np.flatnonzero(np.r_[True, cluster[order][1:] != cluster[order][:-1]]) if n else order
    representative = np.zeros(n, dtype=bool)
    representative[order[starts]] = True
    # Distinct sources of each cluster: distinct (cluster, source) pairs, counted per cluster.
    source = np.asarray(candidates.source, dtype=np.int64)
    width = int(source.max()) + 1 if n else 1
    per_cluster = np.bincount(sorted_unique(cluster * width + source) // width, minlength=n)
    support = per_cluster[cluster].astype(np.int64)
    return Duplicates(
        cluster=cluster,
        representative=representative,
        support=support,
    )


#: Most candidate sentences :func:`quick_clusters` takes (its listing may hold every pair);
#: more take :func:`~newsbrief.nlp.near_duplicates.copy_clusters` (one briefing of thousands
#: of sentences).
QUICK_SENTENCES = 600
#: Most (pair, shared term) entries :func:`quick_clusters` lists (a few MB).
QUICK_PAIRS = 1 << 18
#: How far a pair's exact cosine must be from ``copy_clusters``' bound (``threshold - 1e-9``)
#: for :func:`quick_clusters` to decide it: far above the rounding of the cosine it computes
#: (the search's sums of at most a few hundred products of unit rows' entries: under 1e-13;
#: this one's quotient: a few units of 1e-16).
DECIDED_MARGIN = 1e-10


def _shared_pairs(terms: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray] | None:
    """The pairs ``i * n + j`` (``i < j``) of rows of the canonical 0/1 ``terms`` sharing a
    term, ascending, and how many terms each shares (exact integers); ``None`` beyond
    :data:`QUICK_SENTENCES` rows or :data:`QUICK_PAIRS` shared-term entries, or when
    ``terms`` is not a canonical 0/1 float64 CSR matrix (float32 rounds the search's cosines
    by ~6e-8, beyond the margin an exact answer allows)."""
    n = terms.shape[0]
    if n > QUICK_SENTENCES or terms.format != "csr" or terms.dtype != np.float64:
        return None
    if not (terms.data == 1).all():
        return None
    if not terms.has_canonical_format:  # a column stored twice in a row: not a 0/1 row
        return None
    # The pairs sharing each term, from the entries sorted by term (rows ascending within a
    # term: canonical rows, stable sort), counted per pair: NumPy alone, where a sparse
    # product (a transpose and three constructions) cost three times as much, and a dense one
    # more again (BLAS's threads).
    rows = np.repeat(np.arange(n), np.diff(terms.indptr))
    order = np.argsort(terms.indices, kind="stable")
    holders = rows[order]
    columns = terms.indices[order]
    ends = np.searchsorted(columns, columns, side="right")  # end of each entry's term group
    later = ends - np.arange(len(columns)) - 1  # entries after each one in its group
    total = int(later.sum())
    if total > QUICK_PAIRS:  # terms most sentences share: the pair search is the cheaper
        return None
    first = np.repeat(np.arange(len(columns)), later)
    offset = np.arange(total) - np.repeat(np.cumsum(later) - later, later)
    keys = holders[first] * n + holders[first + 1 + offset]
    pairs, counts = np.unique(keys, return_counts=True)
    return pairs, counts


def quick_clusters(terms: sp.csr_matrix, threshold: float) -> np.ndarray | None:
    """``copy_clusters``' clusters of the rows of the binary ``terms`` (each row's earliest
    linked row), worked out from exact shared-term counts; ``None`` when they cannot be
    proven so (the caller searches as before).

    ``copy_clusters`` links two rows when the dot product of their unit rows is at least
    ``threshold - 1e-9``: for rows of ``a`` and ``b`` terms sharing ``s`` that is the cosine
    ``s / sqrt(a b)``, up to rounding. Every pair sharing a term is listed with ``s`` counted
    (:func:`_shared_pairs`); a pair whose exact cosine lies within :data:`DECIDED_MARGIN` of
    that bound could go either way there, so the answer is then ``None`` (as beyond the
    listing's limits). Otherwise the links are those of the search (exact copies, cosine 1,
    included), and the clusters the same connected components, labelled by their earliest
    row. For a story of a per-story run this replaces a normalisation, a sparse product and
    the forest's components (about 4 ms) by a few NumPy calls.
    """
    n = terms.shape[0]
    if n < 2:
        return np.arange(n)
    shared = _shared_pairs(terms)
    if shared is None:
        return None
    pairs, counts = shared
    sizes = np.diff(terms.indptr)
    left, right = pairs // n, pairs % n
    a, b = sizes[left], sizes[right]
    cosine = counts / np.sqrt((a * b).astype(float))
    bound = threshold - 1e-9  # as copy_clusters searches
    # Exact copies (the same terms) are linked whatever the threshold, as copy_clusters ties
    # each to its first.
    copies = (counts == a) & (counts == b)
    if (~copies & (np.abs(cosine - bound) <= DECIDED_MARGIN)).any():
        return None
    linked = copies | (cosine >= bound)
    return earliest_members(n, left[linked], right[linked])


def earliest_members(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Each of ``n`` nodes' earliest node in its connected component, given the links
    ``left[k] -- right[k]``.

    Labels start as the nodes themselves and only fall, along links (each link's ends take
    the lower label) and to their label's own label, until nothing changes: every label is
    then a node of its own component, shared by every linked pair, so by the whole
    component; the component's earliest node keeps its own label, the component's label.
    """
    label = np.arange(n)
    if not len(left):
        return label
    while True:
        before = label
        label = label.copy()
        np.minimum.at(label, left, label[right])
        np.minimum.at(label, right, label[left])
        label = label[label]
        if np.array_equal(label, before):
            return label


# --- Sparse-vector helpers ----------------------------------------------------------------------


def tfidf_rows(terms: sp.csr_matrix, source: np.ndarray) -> sp.csr_matrix:
    """Unit TF-IDF rows, IDF counted over distinct sources (not sentences, not copies)."""
    if _one_binary_source(terms, source):
        return _unit_binary_rows(terms)
    n_sources = int(source.max()) + 1 if len(source) else 1
    df = source_frequency(terms, source)
    idf = np.log((n_sources + 1) / (df + 1)) + 1
    return unit_rows(scale_columns(terms, idf))


def _one_binary_source(terms: sp.csr_matrix, source: np.ndarray) -> bool:
    """Whether every candidate is of source 0 and ``terms`` is canonical CSR of ones (most
    stories of a per-story run: one article), where :func:`tfidf_rows` is
    :func:`_unit_binary_rows`."""
    return (
        len(source) > 0
        and not source.any()
        and terms.format == "csr"
        and terms.has_canonical_format
        and bool((terms.data == 1).all())
    )


def _unit_binary_rows(terms: sp.csr_matrix) -> sp.csr_matrix:
    """:func:`tfidf_rows` of canonical 0/1 rows of one source, bit for bit, without its steps.

    With one source every stored column is in it: its IDF is ``log(2 / 2) + 1``, exactly 1,
    so scaling the columns changes no value and only reverses each row's stored order, which
    :func:`unit_rows` reverses back; a row of ``k`` ones has norm ``sqrt(k)`` exactly (the
    sum of ones is exact), so each entry is ``1 * (1 / sqrt(k))``.
    """
    counts = np.diff(terms.indptr)
    norms = np.sqrt(counts.astype(np.float64))
    norms[norms == 0] = 1
    data = (1 / norms)[np.repeat(np.arange(terms.shape[0]), counts)]
    return sp.csr_matrix((data, terms.indices.copy(), terms.indptr.copy()), shape=terms.shape)


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """:func:`~newsbrief.nlp.near_duplicates.normalise_rows`, bit for bit, with the diagonal
    product written out: the same norms, and each entry ``0.0 + (1 / norm) * value`` with
    zeros left out and each row's entries in reverse order, as SciPy's product stores them
    (:func:`scale_columns`); a matrix repeating a column in a row takes the product itself."""
    if not _no_repeats(matrix):
        return normalise_rows(matrix)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return _reversed_rows(matrix, (1 / norms)[_row_of(matrix)], matrix.shape[1])


def scale_columns(matrix: sp.csr_matrix, factors: np.ndarray) -> sp.csr_matrix:
    """``sp.csr_matrix(matrix @ sp.diags(factors))``, bit for bit, without the product.

    A story's summary scaled columns twice a call, each a diagonal matrix and a sparse product
    (a few SciPy constructions, most of their cost fixed). SciPy's product of a matrix that
    repeats no column in a row with a diagonal one makes each entry ``0.0 + value * factor``
    (that is ``value * factor``), leaves out those equal to zero, and stores each row's
    entries in the reverse of their order in ``matrix``: so does this, and any other matrix
    takes the product itself.
    """
    if not _no_repeats(matrix):
        return sp.csr_matrix(matrix @ sp.diags(factors))
    factors = np.asarray(factors)
    return _reversed_rows(matrix, factors[matrix.indices], len(factors))


def _no_repeats(matrix: sp.csr_matrix) -> bool:
    """Whether ``matrix`` is CSR with no column stored twice in a row (sorted or not)."""
    if matrix.format != "csr":
        return False
    if matrix.has_canonical_format:
        return True
    keys = _row_of(matrix).astype(np.int64) * matrix.shape[1] + matrix.indices
    return len(sorted_unique(keys)) == len(keys)


def _row_of(matrix: sp.csr_matrix) -> np.ndarray:
    """The row of each stored entry of ``matrix`` (CSR)."""
    return np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))


def _reversed_rows(matrix: sp.csr_matrix, factors: np.ndarray, width: int) -> sp.csr_matrix:
    """``matrix`` with each stored entry times its factor (``factors``, one per entry) as
    SciPy's product with a diagonal matrix stores it: entries equal to zero left out, each
    row's entries in reverse order, ``width`` columns."""
    dtype = np.result_type(matrix.dtype, factors.dtype)
    indptr = matrix.indptr
    row_of = _row_of(matrix)
    # Each row's entries reversed: position k of row r (from a to b) comes from a + b - 1 - k.
    order = indptr[:-1][row_of] + indptr[1:][row_of] - 1 - np.arange(len(matrix.indices))
    indices = matrix.indices[order]
    # The product's arithmetic: both sides in the result's type, then multiplied.
    data = matrix.data[order].astype(dtype) * factors[order].astype(dtype)
    kept = data != 0
    if not kept.all():
        indices, data = indices[kept], data[kept]
        per_row = np.bincount(row_of[kept], minlength=matrix.shape[0])
        indptr = np.concatenate(([0], np.cumsum(per_row)))
    return sp.csr_matrix(
        (data, indices.astype(matrix.indices.dtype), np.asarray(indptr, matrix.indptr.dtype)),
        shape=(matrix.shape[0], width),
    )


def source_frequency(matrix: sp.csr_matrix, source: np.ndarray) -> np.ndarray:
    """For each column, how many distinct sources have it in at least one sentence."""
    if matrix.shape[0] == 0:
        return np.zeros(matrix.shape[1])
    if matrix.format != "csr":
        matrix = matrix.tocsr()
    if (matrix.data > 0).all():
        # Positive entries: a source has a column when one of its sentences stores it, so the
        # count is of distinct (source, column) entries, read without building two matrices
        # (a story's summary counted this four times, each a few sparse constructions).
        width = matrix.shape[1]
        rows = np.repeat(np.asarray(source, dtype=np.int64), np.diff(matrix.indptr))
        pairs = sorted_unique(rows * width + matrix.indices)
        return np.bincount(pairs % width, minlength=width).astype(float)
    n_sources = int(source.max()) + 1
    membership = sp.csr_matrix(
        (np.ones(len(source)), (source, np.arange(len(source)))), shape=(n_sources, len(source))
    )
    per_source = membership @ matrix
    return np.asarray((per_source > 0).sum(axis=0)).ravel().astype(float)


def centrality(tfidf: sp.csr_matrix) -> np.ndarray:
    """Cosine of each (unit) TF-IDF row with the centroid of all rows."""
    if tfidf.shape[0] == 0:
        return np.zeros(0)
    centroid = np.asarray(tfidf.sum(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(tfidf.shape[0])
    return np.asarray(tfidf @ (centroid / norm)).ravel()
