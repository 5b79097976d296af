"""One analysis per document, computed once and read by every stage that needs the words.

Before this module, the entity, date and quote annotators, story grouping and the summarizers
each tokenized, lower-cased and stemmed the same sentences themselves, and story grouping had a
name chunker of its own. An :class:`Analysis` holds that work once per document:

* the body sentences (``(start, end)`` offsets, as the segmenter found them);
* the word tokens of the whole text (:func:`newsbrief.nlp.tokens.word_spans`, so every stage
  agrees on what a word is) with their offsets, normalised forms (lower case, ``’`` folded to
  ``'``), stems and stop-word flags, in the document's language
  (:func:`newsbrief.languages.language`; English when the document's language is unknown, as
  the stop words and stemmers have always been chosen);
* the name candidates of the entity annotator's chunker
  (:mod:`newsbrief.annotators.entities.chunker`, the one name extractor), for the body and
  headings, and for the headline in the metadata;
* the calendar-word hits (months, weekdays, relative days, seasons of the language).

How it travels: the host computes the analyses of a run once (:func:`analyse_documents`) and
passes the table ``{doc_id: Analysis}`` beside the documents, never inside them, to story
grouping and to annotators (:attr:`newsbrief.annotators.base.AnnotationContext.analyses`).
Code that gets a document without the table calls :func:`analysis_of`, which remembers the
last analyses computed (keyed by the document's id, language, text, headline and sentence
offsets), so the per-document ``prepare`` steps of several annotators in another process still
analyse each document once.

An analysis is frozen and picklable; its token columns are tuples (strings shared between
documents) and read-only NumPy offset arrays.
"""

from __future__ import annotations

import array as pyarray
import bisect
import itertools
import operator
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import numpy as np

from newsbrief.annotators.entities.chunker import candidates_packed, chunk_packed
from newsbrief.languages import Language, language, on_reload
from newsbrief.model import Document
from newsbrief.model.frozen import to_tuple
from newsbrief.nlp.candidates import (
    INT32_LIMIT,
    NO_CANDIDATES,
    Candidate,
    PackedCandidates,
    pack_candidates,
)
from newsbrief.nlp.content_terms import flags_of, remember_own
from newsbrief.nlp.languages import normalize_language
from newsbrief.nlp.segmenter import segmented
from newsbrief.nlp.stopwords import extra_stopwords, stopwords_key
from newsbrief.nlp.token_arrays import tokenize
from newsbrief.nlp.tokens import cased_alike, split_words, word_spans

__all__ = [
    "Analysis",
    "CalendarHit",
    "PackedCandidates",
    "analyse",
    "analyse_documents",
    "analysis_of",
    "as_pairs",
    "pack_candidates",
]

#: How many analyses :func:`analysis_of` remembers (about 30 KB each for a 2.5 KB article).
CACHE_SIZE = 1024
#: :func:`analyse_documents` finds the words of new documents together, about this many
#: characters of text at a time (on arrays of 8 bytes a character, reused from batch to batch).
BATCH_CHARACTERS = 1 << 16


def _offsets(value: Iterable[int] | np.ndarray) -> np.ndarray:
    # Already four bytes an offset (:func:`_texts_words` narrows a batch's at once): only
    # negative ones would have stayed eight.
    if (
        isinstance(value, np.ndarray)
        and value.dtype == np.int32
        and len(value)
        and int(value.min()) >= 0
    ):
        array = value.copy()
        array.flags.writeable = False
        return array
    array = np.array(value, dtype=np.int64)
    if len(array) and int(array.max()) < INT32_LIMIT and int(array.min()) >= 0:
        # Four bytes an offset, not eight: held for every token of the run to its end.
        array = array.astype(np.int32)
    array.flags.writeable = False  # frozen means frozen: no stage may edit another's view
    return array


def _pairs(value: Iterable[tuple[int, int]] | pyarray.array) -> pyarray.array:
    """attrs converter: ``(a, b)`` pairs laid end to end in an array of integers (4 bytes
    each when they fit: a tuple of pairs took about 70 bytes a pair, for every sentence of
    the run)."""
    if isinstance(value, pyarray.array):
        return value
    flat = list(itertools.chain.from_iterable(value))
    small = not flat or (min(flat) >= -INT32_LIMIT and max(flat) < INT32_LIMIT)
    return pyarray.array("i" if small else "q", flat)


def as_pairs(flat: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """The ``(a, b)`` pairs laid end to end in ``flat`` (an analysis' packed sentences or
    sentence tokens, :func:`_pairs`)."""
    values = iter(flat.tolist() if isinstance(flat, pyarray.array) else flat)
    return tuple(zip(values, values, strict=True))


def _flags(value: Iterable[bool] | bytes) -> bytes:
    """attrs converter: truth values to one byte each (``1``, ``0``)."""
    return value if isinstance(value, bytes) else bytes(map(bool, value))


@attrs.frozen
class CalendarHit:
    """A token that is a calendar word of the document's language."""

    #: Index of the token in :attr:`Analysis.norms`.
    token: int
    #: ``month``, ``weekday``, ``relative_day`` or ``season``.
    kind: str
    #: Month number (1-12), weekday number (Monday = 0), day offset (yesterday = -1) or
    #: season name (``spring``...).
    value: int | str


@attrs.frozen(eq=False)
class Analysis:
    """The analysed text of one document (see the module docstring); read it, never edit it."""

    #: Id of the document.
    doc_id: str
    #: The language code whose stop words, stemmer and calendar words were used.
    language: str
    #: Length of the document's text (a cheap check that a table entry fits the document).
    length: int
    #: ``(start, end)`` of each body sentence, in text order (``document.sentences``), one
    #: after another (given as ``sentences=``, pairs; read :attr:`sentences`).
    packed_sentences: pyarray.array = attrs.field(alias="sentences", converter=_pairs)
    #: ``first, last + 1`` token indexes of each body sentence (its words, none cut), one
    #: after another (given as ``sentence_tokens=``, pairs; read :attr:`sentence_tokens`).
    packed_sentence_tokens: pyarray.array = attrs.field(alias="sentence_tokens", converter=_pairs)
    #: Start offset of each word token of the text, in text order.
    starts: np.ndarray = attrs.field(converter=_offsets)
    #: End offset of each word token (``text[starts[i]:ends[i]]`` is the word as written).
    ends: np.ndarray = attrs.field(converter=_offsets)
    #: Each token lower-cased, with ``’`` folded to ``'``.
    norms: tuple[str, ...] = attrs.field(converter=to_tuple)
    #: Each token's stem (the language's stemmer applied to its normalised form).
    stems: tuple[str, ...] = attrs.field(converter=to_tuple)
    #: Whether each token's normalised form is a stop word of the language: ``1`` or ``0``,
    #: one byte a token (a tuple of bools took eight, for every token of the run).
    stops: bytes = attrs.field(converter=_flags)
    #: The entity chunker's candidates in the body sentences, then the headings (given as
    #: ``candidates=``, held packed; read :attr:`candidates`).
    packed_candidates: PackedCandidates = attrs.field(alias="candidates", converter=pack_candidates)
    #: The chunker's candidates in the headline (``metadata.title``; offsets into the title;
    #: given as ``title_candidates=``, held packed; read :attr:`title_candidates`).
    packed_title_candidates: PackedCandidates = attrs.field(
        alias="title_candidates", converter=pack_candidates, factory=lambda: NO_CANDIDATES
    )
    #: Normalised forms of the headline's words (it is metadata, not part of the text).
    title_norms: tuple[str, ...] = attrs.field(converter=to_tuple, default=())
    #: Stems of the headline's words.
    title_stems: tuple[str, ...] = attrs.field(converter=to_tuple, default=())
    #: Whether each headline word is a stop word (as :attr:`stops`).
    title_stops: bytes = attrs.field(converter=_flags, default=b"")
    #: Calendar words of the text, in text order.
    calendar: tuple[CalendarHit, ...] = attrs.field(converter=to_tuple, default=())

    def __len__(self) -> int:
        """The number of word tokens."""
        return len(self.norms)

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The entity chunker's candidates in the body sentences, then the headings (made
        from the packed ones at each read: read once and keep them)."""
        return self.packed_candidates.unpacked()

    @property
    def title_candidates(self) -> tuple[Candidate, ...]:
        """The chunker's candidates in the headline (offsets into ``metadata.title``)."""
        return self.packed_title_candidates.unpacked()

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each body sentence, in text order (``document.sentences``)."""
        return as_pairs(self.packed_sentences)

    @property
    def sentence_tokens(self) -> tuple[tuple[int, int], ...]:
        """``(first, last + 1)`` token indexes of each body sentence (its words, none cut)."""
        return as_pairs(self.packed_sentence_tokens)

    def tokens_of(self, sentence: int) -> range:
        """Token indexes of body sentence number ``sentence``."""
        if sentence < 0:  # counted from the end, as a tuple's index is
            sentence += len(self.packed_sentence_tokens) // 2
        if not 0 <= sentence < len(self.packed_sentence_tokens) // 2:
            raise IndexError(f"no sentence {sentence}")
        tokens = self.packed_sentence_tokens
        return range(tokens[2 * sentence], tokens[2 * sentence + 1])

    def sentence_index(self, start: int, end: int) -> int | None:
        """The number of the body sentence spanning exactly ``(start, end)``, if there is one."""
        bounds = self.packed_sentences
        count = len(bounds) // 2

        def pair(index: int) -> tuple[int, int]:  # read from the packed offsets (no pairs made)
            return bounds[2 * index], bounds[2 * index + 1]

        found = bisect.bisect_left(range(count), (start, end), key=pair)
        return found if found < count and pair(found) == (start, end) else None

    def content_stems(self, tokens: Iterable[int]) -> Iterator[str]:
        """Stems of the content words among ``tokens``: not stop words, with a letter."""
        norms, stems, stops = self.norms, self.stems, self.stops
        if isinstance(tokens, range) and tokens.step == 1:
            # A sentence's tokens: read the columns' slices side by side, not index by index.
            first, last = tokens.start, tokens.stop
            columns = norms[first:last], stems[first:last], stops[first:last]
            for norm, stem, stop in zip(*columns, strict=True):
                if not stop and _has_letter(norm):
                    yield stem
            return
        for i in tokens:
            if not stops[i] and _has_letter(norms[i]):
                yield stems[i]

    def title_content_stems(self) -> Iterator[str]:
        """Stems of the headline's content words (as :meth:`content_stems`)."""
        for norm, stem, stop in zip(
            self.title_norms, self.title_stems, self.title_stops, strict=True
        ):
            if not stop and _has_letter(norm):
                yield stem


def _has_letter(word: str) -> bool:
    # ``isalpha`` answers most words at once; a word with marks or digits is read through.
    return word.isalpha() or any(c.isalpha() for c in word)


class _Lexical:
    """Normalised form -> (stem, stop word?) for one language, each form worked out once."""

    def __init__(self, lang: Language, extra: frozenset[str] = frozenset()) -> None:
        self.stem = lang.stem
        self.stopwords = lang.stopwords
        # The run's own stop words count as stop words (newsbrief.nlp.stopwords), but only
        # here: the name chunker keeps the language's list.
        self.stops = lang.stopwords | extra if extra else lang.stopwords
        # Each form's stem and stop-word flag, read by ``operator.itemgetter`` (a look-up per
        # token in C).
        self.stems: dict[str, str] = {}
        self.stop_flags: dict[str, bool] = {}
        # Each form's own string object: the analyses hold it for every token of that form
        # (one string per distinct form, not one per token: 21 KB of the 48 KB an analysis
        # held).
        self.forms: dict[str, str] = {}
        calendar: dict[str, tuple[str, int | str]] = {}
        # Later kinds do not overwrite earlier ones: a month name stays a month.
        for kind, table in (
            ("month", lang.all_months),
            ("weekday", lang.all_weekdays),
            ("relative_day", lang.relative_days),
            ("season", lang.seasons),
        ):
            for word, value in table.items():
                calendar.setdefault(word.replace("’", "'"), (kind, value))
        self.calendar = calendar

    def learn(self, norms: Iterable[str]) -> tuple[dict[str, str], dict[str, str], dict[str, bool]]:
        """Work out the stems and stop-word flags of the forms of ``norms`` not met before;
        the tables (forms, stems, flags) that hold every one of ``norms``."""
        forms, stems, flags = self.forms, self.stems, self.stop_flags
        norms = set(norms)
        new = list(norms.difference(flags))
        if new:
            if len(flags) + len(new) > LEXICAL_KEPT:
                # A long-lived process (a Dask worker) meets new words without end: new
                # tables rather than ever larger ones (not these emptied: another thread may
                # be reading them; it keeps the ones it was given).
                forms, stems, flags, new = {}, {}, {}, list(norms)
            # All of them at once, the stemmer mapped in C; the stems and forms first: a form
            # in ``stop_flags`` is in all three (another thread may read them).
            forms.update(zip(new, new, strict=True))
            stems.update(zip(new, map(self.stem, new), strict=True))
            flags.update(zip(new, map(self.stops.__contains__, new), strict=True))
            self.forms, self.stems, self.stop_flags = forms, stems, flags
        return forms, stems, flags

    def look_up(self, norm: str) -> tuple[str, str, bool]:
        """The shared string, stem and stop-word flag of one normalised form."""
        forms, stems, flags = self.learn((norm,))
        return forms[norm], stems[norm], flags[norm]


#: How many forms a language's tables hold before they start afresh (about 60 MB).
LEXICAL_KEPT = 1 << 18

#: By language code (as many as there are languages).
_lexicals: dict[str, _Lexical] = {}
#: By ``(code, extra stop words)`` while a run has its own, least recently used first: each
#: run may bring new lists, so a long-lived process keeps only the last few.
_run_lexicals: OrderedDict[tuple[str, frozenset[str]], _Lexical] = OrderedDict()
#: How many of those are kept (a dropped one is rebuilt alike when its list comes back).
RUN_LEXICALS = 8
_lexicals_lock = threading.Lock()


def _lexical(code: str) -> _Lexical:
    extra = extra_stopwords(code)
    if not extra:
        found = _lexicals.get(code)
        if found is None:
            with _lexicals_lock:
                found = _lexicals.setdefault(code, _Lexical(language(code), extra))
        return found
    key = (code, extra)
    with _lexicals_lock:
        found = _run_lexicals.get(key)
        if found is None:
            found = _run_lexicals[key] = _Lexical(language(code), extra)
            while len(_run_lexicals) > RUN_LEXICALS:
                _run_lexicals.popitem(last=False)
        else:
            _run_lexicals.move_to_end(key)
    return found


def _forget_lexicals() -> None:
    with _lexicals_lock:
        _lexicals.clear()
        _run_lexicals.clear()
    with _cache_lock:
        _cache.clear()
    _codes.clear()


def language_code(document: Document) -> str:
    """The code whose resources analyse ``document``: its language, English when unknown.

    The same choice :func:`newsbrief.nlp.languages.resources` makes, so stop words and stems
    are those every stage used before the shared analysis.
    """
    declared = document.language
    code = _codes.get(declared)
    if code is None:
        # Remembered by the declared value (a run has few): reading a tag parses it anew.
        code = normalize_language(declared)
        if len(_codes) < _CODES_KEPT:
            _codes[declared] = code
    return code


#: :func:`language_code` by declared language (emptied when the language home reloads).
_codes: dict[str | None, str] = {}
_CODES_KEPT = 1 << 10


def _words(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and normalised forms of the words of ``text[start:end]``."""
    piece = text[start:end]
    spans = word_spans(piece)
    folded = piece.lower().replace("’", "'")
    if len(folded) != len(piece):  # a letter whose lower case is longer (``İ``): word by word
        norms = [piece[s:e].lower().replace("’", "'") for s, e in spans]
    else:
        norms = [folded[s:e] for s, e in spans]
    return [start + s for s, _ in spans], [start + e for _, e in spans], norms


#: Pieces of text whose words are found apart: ``(starts, ends, norms, sentence_tokens)``.
_Words = tuple[
    Sequence[int] | np.ndarray, Sequence[int] | np.ndarray, list[str], list[tuple[int, int]]
]


def _pieces(sentences: list[tuple[int, int]], length: int) -> np.ndarray:
    """The text in pieces, ``(start, end)`` rows: the gap before each sentence, the sentence
    (from the end of the sentences before it, should they overlap), ..., the gap after the last.
    Pieces are tokenized apart so no token crosses a sentence's edge (a sentence's tokens are
    exactly the words of its text)."""
    bounds = np.array(sentences, dtype=np.int64).reshape(-1, 2)
    # Where the text read so far ends, after each sentence and before it.
    after = np.maximum.accumulate(np.maximum(bounds[:, 1], 0))
    before = np.zeros_like(after)
    before[1:] = after[:-1]
    starts = np.maximum(bounds[:, 0], before)
    pieces = np.empty((2 * len(bounds) + 1, 2), dtype=np.int64)
    pieces[0:-1:2, 0], pieces[0:-1:2, 1] = before, starts
    pieces[1::2, 0], pieces[1::2, 1] = starts, bounds[:, 1]
    pieces[-1] = (after[-1] if len(after) else 0, length)
    return pieces


def _piecewise_words(text: str, pieces: list[tuple[int, int]]) -> _Words:
    """The words of each piece of ``text`` (gap, sentence, gap, ...), tokenized apart so no
    token crosses a sentence's edge; every second piece from the second on is a sentence."""
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    sentence_tokens: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(pieces):
        first = len(norms)
        piece_starts, piece_ends, piece_norms = _words(text, start, end)
        starts += piece_starts
        ends += piece_ends
        norms += piece_norms
        if number % 2:
            sentence_tokens.append((first, len(norms)))
    return starts, ends, norms, sentence_tokens


def _whole_text_words(text: str, pieces: np.ndarray) -> _Words | None:
    """:func:`_piecewise_words` of the :func:`_pieces` rows from one tokenization of the whole
    text, or ``None`` when that could differ: a word crossing a piece's edge, a lower case of
    another length (``İ``), or a capital sigma (its lower case depends on the letters around
    it)."""
    if not cased_alike(text):
        return None
    lowered = text.lower()
    # Gap, word, gap, ...: the offsets are running sums of the lengths, all worked out in C.
    if text.isascii():
        # Lower case changes no ASCII character's class: the lower-cased text has the same
        # words, already normalised (no ``’`` in ASCII).
        parts = split_words(lowered)
        norms = parts[1::2]
    else:
        parts = split_words(text)
        # Words hold no line break: lower-cased together, each is lower-cased as alone (no
        # capital sigma, no lower case of another length), in one call.
        folded = "\n".join(parts[1::2]).lower()
        if "’" in folded:
            folded = folded.replace("’", "'")
        norms = folded.split("\n") if parts[1::2] else []
    edges = np.cumsum(np.array(list(map(len, parts)), dtype=np.int64))
    return _fitted(edges[0:-1:2], edges[1::2], norms, pieces)


#: A text's words and their shared forms, stems and stop-word flags (:func:`_looked_up`).
_LookedUp = tuple[Sequence[str], Sequence[str], Sequence[bool] | bytes]
#: A text's words, their looked-up forms, stems and flags (:func:`_looked_up`), and when found
#: with them its calendar hits' token indexes, its headline's looked-up words and whether each
#: token is a content term (:mod:`newsbrief.nlp.content_terms`).
_Found = tuple[_Words, _LookedUp, list[int] | None, _LookedUp | None, bytes | None]


def _texts_words(
    texts: list[str],
    pieces: list[np.ndarray],
    lexicals: list[_Lexical],
    titles: Sequence[str] | None = None,
) -> list[_Found | None]:
    """:func:`_whole_text_words` of each of ``texts`` and :func:`_looked_up` of their forms
    in the ``lexicals`` (one per text), or ``None`` where :func:`_whole_text_words` says it;
    with ``titles`` (one per text), the looked-up words of each too (``None`` where a title's
    words lower-cased alone might not be those of the title lower-cased).

    All the texts are tokenized at once on code-point arrays
    (:func:`newsbrief.nlp.token_arrays.tokenize`, the same words), and each distinct written
    form is lower-cased, stemmed and flagged once per language, then read by its id.
    """
    count = len(texts)
    # The headlines' words with the texts' (they are metadata: no offsets kept).
    table = tokenize([*texts, *titles] if titles is not None else texts, spans=True)
    assert table.starts is not None and table.ends is not None  # asked for
    # Forms hold no line break: lower-cased together, each as alone (the texts whose words
    # might not be, :func:`cased_alike`, are left out below).
    folded_text = "\n".join(table.forms).lower()
    if "’" in folded_text:
        folded_text = folded_text.replace("’", "'")
    folded = folded_text.split("\n") if table.forms else []
    bounds = table.offsets.tolist()
    in_texts = bounds[count]  # the texts' tokens come first
    starts, ends = table.starts[:in_texts], table.ends[:in_texts]
    crossed, sentence_tokens = _fitted_together(starts, ends, table.offsets[: count + 1], pieces)
    # Four bytes an offset, narrowed once for the batch (:func:`_offsets` then only copies).
    if len(ends) and int(ends.max()) < INT32_LIMIT:
        starts, ends = starts.astype(np.int32), ends.astype(np.int32)
    # Stems and stop-word flags by form id, for each language met (a run has few), of that
    # language's texts' forms only: not every language taught every other's words.
    own_ids: dict[int, list[np.ndarray]] = {}
    for i, lexical in enumerate(lexicals):
        own = own_ids.setdefault(id(lexical), [])
        own.append(table.ids[bounds[i] : bounds[i + 1]])
        if titles is not None:
            own.append(table.ids[bounds[count + i] : bounds[count + i + 1]])
    looked_up: dict[int, tuple[np.ndarray, ...]] = {}
    out: list[_Found | None] = []
    for i, text in enumerate(texts):
        title = titles[i] if titles is not None else None
        if crossed[i] or not cased_alike(text):
            out.append(None)
            continue
        first, last = bounds[i], bounds[i + 1]
        # (No norms: the looked-up forms below are the same strings, shared.)
        words: _Words = (starts[first:last], ends[first:last], [], sentence_tokens[i])
        lexical = lexicals[i]
        columns = looked_up.get(id(lexical))
        if columns is None:
            # One language (most runs): its texts and titles hold every form, ids 0 to n - 1.
            used = (
                np.unique(np.concatenate(own_ids[id(lexical)])).tolist()
                if len(own_ids) > 1
                else None
            )
            forms, stems, stops = _looked_up(
                lexical, folded if used is None else [folded[j] for j in used]
            )
            size = len(folded)
            columns = looked_up[id(lexical)] = (
                _spread(forms, used, size),
                _spread(stems, used, size),
                _spread(stops, used, size, np.uint8),
                # Whether each form is a calendar word: the hits are then found in C.
                _spread(
                    list(map(lexical.calendar.__contains__, folded))
                    if used is None
                    else [folded[j] in lexical.calendar for j in used],
                    used,
                    size,
                    np.bool_,
                ),
                # Whether each form is a content term: its tokens' flags are then picked in C.
                _spread(list(flags_of(forms, stems, stops)), used, size, np.uint8),
            )
        ids = table.ids[first:last]
        forms_of, stems_of, stops_of, calendar_of, content_of = columns
        # The flags as the bytes an analysis holds (``1``, ``0``), made in C.
        looked = (forms_of[ids].tolist(), stems_of[ids].tolist(), stops_of[ids].tobytes())
        hits = np.flatnonzero(calendar_of[ids]).tolist()
        title_looked = None
        if title is not None and cased_alike(title):
            title_ids = table.ids[bounds[count + i] : bounds[count + i + 1]]
            title_looked = (
                forms_of[title_ids].tolist(),
                stems_of[title_ids].tolist(),
                stops_of[title_ids].tobytes(),
            )
        out.append((words, looked, hits, title_looked, content_of[ids].tobytes()))
    return out


def _spread(
    values: Sequence[Any], ids: list[int] | None, size: int, dtype: type[Any] = object
) -> np.ndarray:
    """``values`` (of the form ids ``ids``; ``None``: of every id in order) at their ids in an
    array of ``size``."""
    if ids is None:
        return _by_id(values) if dtype is object else np.array(values, dtype=dtype)
    if dtype is not object:
        array = np.zeros(size, dtype=dtype)
        array[ids] = values
        return array
    array = np.empty(size, dtype=object)
    array[ids] = _by_id(values)
    return array


def _by_id(values: Sequence[Any]) -> np.ndarray:
    """``values`` as an array of Python objects (a NumPy take then picks them in C)."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _fitted(
    starts: np.ndarray, ends: np.ndarray, norms: list[str], pieces: np.ndarray
) -> _Words | None:
    """The words of a text (``starts``, ``ends``, ``norms``) with each :func:`_pieces`
    sentence's tokens, or ``None`` if a word crosses a piece's edge."""
    cuts = pieces[pieces[:, 0] < pieces[:, 1]].ravel()
    # The last word starting before each cut must end at or before it.
    before = np.searchsorted(starts, cuts, side="left") - 1
    inside = before >= 0
    if np.any(ends[before[inside]] > cuts[inside]):
        return None
    bounds = pieces[1::2]
    first = np.searchsorted(starts, bounds[:, 0], side="left")
    last = np.maximum(first, np.searchsorted(starts, bounds[:, 1], side="left"))
    sentence_tokens = list(zip(first.tolist(), last.tolist(), strict=True))
    return starts, ends, norms, sentence_tokens


def _fitted_together(
    starts: np.ndarray, ends: np.ndarray, offsets: np.ndarray, pieces: list[np.ndarray]
) -> tuple[list[bool], list[list[tuple[int, int]]]]:
    """:func:`_fitted` of many texts at once: whether a word of text ``i`` crosses an edge of
    its ``pieces[i]``, and each text's sentence token ranges. ``starts``, ``ends``: the words'
    offsets in their own texts, text ``i``'s from ``offsets[i]`` to ``offsets[i + 1]``.

    The texts are laid end to end, one character apart, so that one search answers for all:
    a word of an earlier text ends before any offset of a later one, and before each text's
    sentences lie exactly the earlier texts' words (subtracted to count its own).
    """
    texts = len(pieces)
    counts = np.diff(offsets)
    rows = np.fromiter(map(len, pieces), np.int64, texts)
    # Where each text begins when laid end to end (its length is its last piece's end).
    ends_of_texts = np.array([p[-1, 1] if len(p) else 0 for p in pieces], dtype=np.int64)
    shift = np.zeros(texts, dtype=np.int64)
    np.cumsum(ends_of_texts[:-1] + 1, out=shift[1:])
    laid_starts = starts + np.repeat(shift, counts)
    laid_ends = ends + np.repeat(shift, counts)
    laid = np.concatenate(pieces) + np.repeat(shift, rows)[:, None]
    text_of_row = np.repeat(np.arange(texts), rows)
    kept = laid[:, 0] < laid[:, 1]
    cuts = laid[kept].ravel()
    # The last word starting before each cut must end at or before it.
    before = np.searchsorted(laid_starts, cuts, side="left") - 1
    inside = before >= 0
    crossing = np.zeros(len(cuts), dtype=bool)
    crossing[inside] = laid_ends[before[inside]] > cuts[inside]
    crossed = np.zeros(texts, dtype=bool)
    crossed[np.repeat(text_of_row[kept], 2)[crossing]] = True
    # Rows gap, sentence, gap, ... in each text: its sentences are its odd rows.
    within = np.arange(len(laid)) - np.repeat(np.cumsum(rows) - rows, rows)
    sentence = within % 2 == 1
    bounds, own = laid[sentence], offsets[:-1][text_of_row[sentence]]
    first = np.searchsorted(laid_starts, bounds[:, 0], side="left")
    last = np.maximum(first, np.searchsorted(laid_starts, bounds[:, 1], side="left"))
    pairs = list(zip((first - own).tolist(), (last - own).tolist(), strict=True))
    per_text = []
    at = 0
    for count in ((rows - 1) // 2).tolist():
        per_text.append(pairs[at : at + count])
        at += count
    return crossed.tolist(), per_text


def _looked_up(
    lexical: _Lexical, norms: list[str]
) -> tuple[Sequence[str], Sequence[str], Sequence[bool]]:
    """The shared strings (equal to ``norms``, one object per distinct form), stems and
    stop-word flags of ``norms`` (each distinct form worked out once)."""
    if len(norms) < 2:  # ``itemgetter`` of one key gives the value, not a tuple
        found = [lexical.look_up(norm) for norm in norms]
        return [f for f, _, _ in found], [stem for _, stem, _ in found], [s for _, _, s in found]
    forms, stems, flags = lexical.learn(norms)
    pick = operator.itemgetter(*norms)
    return pick(forms), pick(stems), pick(flags)


def analyse(document: Document) -> Analysis:
    """The analysis of ``document`` (segmented first if it was not); see the module docstring."""
    prepared = getattr(_prepared, "found", None)
    if prepared:
        # Its words found together with other documents' (:func:`analyse_documents`).
        entry = prepared.pop(id(document), None)
        if entry is not None and entry[0] is document:
            return _analyse(document, entry[1])
    return _analyse(segmented(document))


#: Per thread, while :func:`analyse_documents` runs: ``{id(document): (document, found)}``,
#: the words it found for each new document together (read and dropped by :func:`analyse`, the
#: one function every analysis goes through).
_prepared = threading.local()


def _analyse(document: Document, found: _Found | None = None) -> Analysis:
    """:func:`analyse` of a segmented ``document``; ``found``: its words, their stems and
    stop-word flags, if already worked out (:func:`_texts_words`)."""
    code = language_code(document)
    lexical = _lexical(code)
    text = document.text
    sentences = [(s.start, s.end) for s in document.sentences]
    # One pass over the whole text when that finds the same words (it nearly always does);
    # else piece by piece, as the pieces are defined.
    if found is None:
        pieces = _pieces(sentences, len(text))
        words = _whole_text_words(text, pieces) or _piecewise_words(
            text, [(start, end) for start, end in pieces.tolist()]
        )
        found = words, _looked_up(lexical, words[2]), None, None, None
    (starts, ends, _, sentence_tokens), looked_up, found_hits, title_looked_up, content = found
    norms = looked_up[0]  # the same forms, each distinct one a single string object
    calendar_words = lexical.calendar
    hits: Iterable[int] = []
    if found_hits is not None:  # found with the words (:func:`_texts_words`)
        hits = found_hits
    elif not calendar_words.keys().isdisjoint(norms):
        # (Most texts hold few distinct calendar words: the vocabulary is tested first.) The
        # hits' indexes, picked in C.
        hits = itertools.compress(itertools.count(), map(calendar_words.__contains__, norms))
    calendar = [CalendarHit(i, *calendar_words[norms[i]]) for i in hits]
    title = document.metadata.title or ""
    if title_looked_up is None:
        title_looked_up = _looked_up(lexical, _words(title, 0, len(title))[2])
    title_candidates = (
        chunk_packed(
            title, [(0, len(title))], lexical.stopwords, heading=True, language=document.language
        )
        if title
        else NO_CANDIDATES
    )
    analysis = Analysis(
        doc_id=document.id,
        language=code,
        length=len(text),
        sentences=sentences,
        sentence_tokens=sentence_tokens,
        starts=starts,
        ends=ends,
        norms=norms,
        stems=looked_up[1],
        stops=looked_up[2],
        candidates=candidates_packed(document),
        title_candidates=title_candidates,
        title_norms=title_looked_up[0],
        title_stems=title_looked_up[1],
        title_stops=title_looked_up[2],
        calendar=calendar,
    )
    if content is not None:
        remember_own(analysis, content)
    return analysis


# -- computed once: the run's side table, and a small memory for code without it --------------

_cache: OrderedDict[tuple[Any, ...], Analysis] = OrderedDict()
_cache_lock = threading.Lock()


def _key(document: Document) -> tuple[Any, ...]:
    # What an analysis depends on. Equal strings hash once (Python keeps a str's hash), so the
    # text costs nothing after the first look-up.
    return (
        document.id,
        document.language,
        document.text,
        document.metadata.title,
        tuple((s.start, s.end) for s in document.sentences),
        tuple((h.start, h.end) for h in document.headings),
        stopwords_key(),  # the run's own stop words (newsbrief.nlp.stopwords), if any
    )


def analysis_of(document: Document, analyses: Mapping[str, Analysis] | None = None) -> Analysis:
    """The analysis of ``document``: from the run's table ``analyses`` when it holds this
    document, else remembered from an earlier call, else computed (and remembered)."""
    found, keys, document = _known(document, analyses)
    if found is None:
        found = analyse(document)
        _remember(keys, found)
    return found


def _known(
    document: Document, analyses: Mapping[str, Analysis] | None
) -> tuple[Analysis | None, list[tuple[Any, ...]], Document]:
    """The analysis of ``document`` in the table or remembered, if there is one; the keys to
    remember a new one under; and the document segmented."""
    if analyses is not None:
        found = analyses.get(document.id)
        if found is not None and found.length == len(document.text):
            return found, [], document
    keys = [_key(document)]
    found = _recall(keys[0])
    if found is None and not document.sentences:
        # Analysed through its segmented copy, remembered under both.
        document = segmented(document)
        keys.append(_key(document))
        found = _recall(keys[1])
    return found, keys, document


def _remember(keys: list[tuple[Any, ...]], found: Analysis) -> None:
    with _cache_lock:
        for key in keys:
            _cache[key] = found
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def _recall(key: tuple[Any, ...]) -> Analysis | None:
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
        return found


def analyse_documents(
    documents: Sequence[Document], analyses: Mapping[str, Analysis] | None = None
) -> dict[str, Analysis]:
    """The run's side table ``{doc_id: Analysis}`` of ``documents`` (ids unique), reusing the
    entries of ``analyses`` and remembered ones."""
    known = [_known(document, analyses) for document in documents]
    made: dict[tuple[Any, ...], Analysis] = {}  # by the segmented document's key
    for batch in _batches([entry for entry in known if entry[0] is None]):
        _analyse_together(batch, made)
    return {
        document.id: found if found is not None else made[keys[-1]]
        for document, (found, keys, _) in zip(documents, known, strict=True)
    }


#: What :func:`_known` answers: a document's analysis if known, its keys, the document segmented.
_Entry = tuple[Analysis | None, list[tuple[Any, ...]], Document]


def _batches(entries: list[_Entry]) -> Iterator[list[_Entry]]:
    """``entries`` in runs of about :data:`BATCH_CHARACTERS` characters of text."""
    batch: list[_Entry] = []
    size = 0
    for entry in entries:
        batch.append(entry)
        size += len(entry[2].text)
        if size >= BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _analyse_together(entries: list[_Entry], made: dict[tuple[Any, ...], Analysis]) -> None:
    """Analyse the documents of ``entries`` (none known yet) into ``made`` and the memory,
    their words found together (per-call costs dominate short texts)."""
    documents = [document for _, _, document in entries]
    words: list[_Found | None] = [None] * len(documents)
    if len(documents) > 1:
        pieces = [
            _pieces([(s.start, s.end) for s in document.sentences], len(document.text))
            for document in documents
        ]
        lexicals = [_lexical(language_code(document)) for document in documents]
        titles = [document.metadata.title or "" for document in documents]
        words = _texts_words([d.text for d in documents], pieces, lexicals, titles)
    outer = getattr(_prepared, "found", None)
    prepared: dict[int, tuple[Document, _Found]] = {}
    _prepared.found = prepared
    try:
        for (_, keys, document), found_words in zip(entries, words, strict=True):
            found = made.get(keys[-1])  # a document twice in the list is analysed once
            if found is None:
                if found_words is not None:
                    prepared[id(document)] = (document, found_words)
                found = made[keys[-1]] = analyse(document)
                prepared.clear()
            _remember(keys, found)
    finally:
        _prepared.found = outer


on_reload(_forget_lexicals)
