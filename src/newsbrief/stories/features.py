"""What story grouping compares: content terms and the names, places, dates and numbers.

Two outlets rarely tell one event in the same words, but they name the same people, places and
days. Everything is read from the document's shared analysis (:mod:`newsbrief.nlp.analysis`),
so story grouping sees the words the annotators see:

* terms are the analysis' stems of content words (headline and body sentences);
* names are the entity annotator's candidates (its chunker: role words such as ``NATO
  Secretary`` and nationality adjectives are not names), keyed as the entity annotator merges
  variants (:func:`newsbrief.annotators.entities.merging.name_key`: ``Zelensky``, ``Zelenskyy``
  and ``Zelenskyi`` are one key; gazetteer places and bodies by their canonical name, so
  ``Kiev`` is ``Kyiv``). A name of several words also counts its capitalised words, so
  ``Singh`` meets ``Sabrina Singh`` and ``Red Cross`` meets ``American Red Cross``;
* dates are a month word of the language's calendar (the analysis' calendar hits, from the
  language home) next to a day number (``October 3``, ``3 October``; not ``May 2024``);
* numbers need no language resources at all.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, compress, repeat
from operator import gt, itemgetter, methodcaller

import attrs

from newsbrief import languages
from newsbrief.annotators.entities.merging import name_key
from newsbrief.model import Document, Metadata
from newsbrief.nlp.analysis import Analysis, _has_letter, analyse, analysis_of, as_pairs

# The fields of a candidate read here, by index (defined with the candidates, where the
# chunker reads them too).
from newsbrief.nlp.candidates import CANONICAL as _CANONICAL
from newsbrief.nlp.candidates import SENTENCE_INITIAL as _SENTENCE_INITIAL
from newsbrief.nlp.candidates import TEXT as _TEXT
from newsbrief.nlp.candidates import TYPE as _TYPE
from newsbrief.nlp.candidates import CandidateFields
from newsbrief.nlp.segmenter import segment

# A number: ``\b\d[\d,.]*\d\b|\b\d\b``, written to start with the digit (the word boundary
# before it as a look-behind: a digit is a word character) so the search skips to digits in C;
# the same matches, in half the time.
_NUMBER = re.compile(r"\d(?<!\w\d)(?:[\d,.]*\d)?\b")
#: The same pattern for a text that is all ASCII, where ASCII's ``\d``, ``\w`` and ``\b`` are
#: Unicode's: the engine tests ranges instead of Unicode categories (a third faster). Its other
#: flags are kept, so that the two stay one pattern.
_ASCII_NUMBER = re.compile(_NUMBER.pattern, (_NUMBER.flags & ~re.UNICODE) | re.ASCII)
_DAY = re.compile(r"\d{1,2}")
# Between a month and its day (``October 3``, ``Oct. 3``), and a day and its month (``3 October``).
_MONTH_DAY_GAP = re.compile(r"\.?\s+")
_DAY_MONTH_GAP = re.compile(r"\s+")


@attrs.frozen
class DocumentFeatures:
    """The comparable content of one document."""

    #: Id of the document.
    doc_id: str
    #: Stemmed content terms with their counts.
    terms: Counter[str] = attrs.field(eq=False)
    #: Names, dates and numbers: normalised key (``name:sabrina singh``) -> surface form.
    entities: dict[str, str] = attrs.field(eq=False)


def extract_features(document: Document, analysis: Analysis | None = None) -> DocumentFeatures:
    """Terms and entities of ``document`` (see the module docstring), from its ``analysis``
    (computed once, :func:`~newsbrief.nlp.analysis.analysis_of`, when not given)."""
    if analysis is None:
        analysis = analysis_of(document)
    if analysis.packed_sentence_tokens:  # the packed array: no pairs built to test it
        # The analysis' content stems (:meth:`Analysis.content_stems`: no stop word, a
        # letter) of the headline, then of the sentences, read from the token columns in C:
        # ``compress`` keeps a stem where its word has a letter and is no stop word
        # (``True > False``). Sentences that follow each other without a token between them
        # are read as one slice.
        keep = list(map(gt, _lettered(analysis.norms), analysis.stops))
        title_keep = map(gt, _lettered(analysis.title_norms), analysis.title_stops)
        stems = analysis.stems
        terms = Counter(
            chain(
                compress(analysis.title_stems, title_keep),
                chain.from_iterable(
                    compress(stems[first:last], keep[first:last])
                    for first, last in _runs(analysis.packed_sentence_tokens)
                ),
            )
        )
        tokens = None
    else:
        tokens = _body_tokens(document, analysis)
        terms = Counter(analysis.title_content_stems())
        terms.update(analysis.content_stems(tokens))
    return DocumentFeatures(
        doc_id=document.id, terms=terms, entities=_entities(document, analysis, tokens)
    )


#: Normalised word -> whether it has a letter (a word of digits and signs is no content word),
#: shared by every document: the words of a run recur. Emptied when it grows past the limit.
_LETTERED: dict[str, bool] = {}
_LETTERED_LIMIT = 1 << 18


def _runs(flat: array) -> list[tuple[int, int]]:
    """The ``(first, last)`` spans laid end to end in ``flat`` (the analysis' packed
    sentence tokens), each one that starts where the previous one ends merged into it."""
    runs: list[tuple[int, int]] = []
    for first, last in as_pairs(flat):
        if runs and runs[-1][1] == first:
            runs[-1] = (runs[-1][0], last)
        else:
            runs.append((first, last))
    return runs


def _lettered(norms: Sequence[str]) -> list[bool]:
    """Whether each of ``norms`` has a letter (the test of :meth:`Analysis.content_stems`)."""
    known = _LETTERED
    try:
        return list(map(known.__getitem__, norms))
    except KeyError:
        if len(known) > _LETTERED_LIMIT:
            known.clear()
        # The words not known yet (found in C: a set's difference with a dict reads the
        # set's words only) worked out, then every token read again.
        known.update({norm: _has_letter(norm) for norm in set(norms).difference(known)})
        try:
            return list(map(known.__getitem__, norms))
        except KeyError:
            pass
        # Another thread emptied the shared table meanwhile: each distinct word looked up (or
        # worked out) once, into a table of this call's own, then every token read from it.
        flags: dict[str, bool] = dict.fromkeys(norms, False)
        for norm in flags:
            flag = known.get(norm)
            if flag is None:
                flag = known[norm] = _has_letter(norm)
            flags[norm] = flag
        return list(map(flags.__getitem__, norms))


def forget() -> None:
    """Empty the tables remembered across documents (which words have a letter, what each
    name counts as): what features are made never depends on them. A run groups its
    documents once, so after a large grouping what they hold would only be held to its end."""
    _LETTERED.clear()
    _fields_features.cache_clear()
    _candidate_features.cache_clear()
    _name_feature.cache_clear()


def extract_entities(text: str, language: str | None = None) -> dict[str, str]:
    """Names, ``Month day`` dates and numbers in ``text``: normalised key -> first surface form."""
    document = segment(Document.from_text(text, id="text", metadata=Metadata(language=language)))
    return extract_features(document, analyse(document)).entities


def _body_tokens(document: Document, analysis: Analysis) -> list[int]:
    """The tokens story grouping reads: the body sentences' (or the text's outside noise)."""
    if analysis.packed_sentence_tokens:
        return [i for first, last in analysis.sentence_tokens for i in range(first, last)]
    removed = [(span.start, span.end) for span in document.removed]
    return [
        i
        for i, (start, end) in enumerate(
            zip(analysis.starts.tolist(), analysis.ends.tolist(), strict=True)
        )
        if not any(s < end and start < e for s, e in removed)
    ]


def _entities(document: Document, analysis: Analysis, tokens: list[int] | None) -> dict[str, str]:
    """Names, dates and numbers of the document; ``tokens`` are its body tokens, ``None`` for
    its sentences' (worked out here only if a month word needs them)."""
    # ``(key, surface)`` of each date, number and name in turn; the first surface of a key
    # is kept (made into the dict at the end, in C).
    pairs: list[tuple[str, str]] = []
    text = document.text
    months = [hit for hit in analysis.calendar if hit.kind == "month"]
    if tokens is None and not (analysis.packed_sentences and analysis.packed_sentence_tokens):
        tokens = _body_tokens(document, analysis)
    # The offset lists only when something reads them (most texts: no month).
    starts, ends = (
        (analysis.starts.tolist(), analysis.ends.tolist())
        if months or not analysis.packed_sentences
        else ([], [])
    )
    if months:
        inside = _inside(analysis, tokens)
        capitalised = languages.language(analysis.language).capitalised_calendar
        for hit in months:
            if not inside(hit.token):
                continue
            date = _month_day(text, capitalised, starts, ends, hit.token)
            if date is not None:
                day, surface = date
                pairs.append((f"date:{hit.value}-{day}", surface))
    title = document.metadata.title or ""
    pieces = [title] if title else []
    if analysis.packed_sentences:
        pieces += [text[start:end] for start, end in analysis.sentences]
    elif tokens is not None:
        pieces += [text[starts[i] : ends[i]] for i in tokens]
    # One search over the pieces joined by line breaks finds what a search of each piece
    # finds, in order: a number neither crosses nor touches a line break.
    joined = "\n".join(pieces)
    numbers = (_ASCII_NUMBER if joined.isascii() else _NUMBER).findall(joined)
    digits = list(map(_WITHOUT_COMMAS, numbers))
    # Single digits are everywhere: numbers of two digits or more (picked in C).
    pairs += compress(
        zip(map("num:".__add__, digits), numbers, strict=True),
        map(gt, map(len, digits), repeat(1)),
    )
    language = document.language
    # The candidates' fields as packed (no candidate made: their offsets are not read), each
    # distinct one once (equal fields give the same features, and the first one's are kept).
    distinct = dict.fromkeys(
        chain(analysis.packed_title_candidates.fields, analysis.packed_candidates.fields)
    )
    if max(map(len, map(_FIELD_TEXT, distinct)), default=0) <= _REMEMBERED_LENGTH:
        pairs += chain.from_iterable(map(_fields_features, distinct, repeat(language)))
    else:
        # A long name is worked out each time, not remembered: the memory outlives its story.
        pairs += [
            pair
            for fields in distinct
            for pair in (
                _fields_features
                if len(fields[_TEXT]) <= _REMEMBERED_LENGTH
                else _unremembered_features
            )(fields, language)
        ]
    # ``found.setdefault`` of each pair in turn, in C: every key in the order first seen,
    # with its first surface (the pairs written last to first, the first one last).
    found: dict[str, str] = dict.fromkeys(map(_PAIR_KEY, pairs), "")
    found.update(reversed(pairs))
    return found


_FIELD_TEXT = itemgetter(_TEXT)
_PAIR_KEY = itemgetter(0)
_WITHOUT_COMMAS = methodcaller("replace", ",", "")


#: Names longer than this (characters) are not remembered by the caches below.
_REMEMBERED_LENGTH = 64


def _unremembered_features(
    fields: CandidateFields, language: str | None
) -> tuple[tuple[str, str], ...]:
    """:func:`_fields_features` without either cache."""
    return _candidate_features.__wrapped__(
        fields[_TEXT],
        fields[_CANONICAL],
        fields[_TYPE] is None and fields[_SENTENCE_INITIAL],
        language,
    )


@functools.lru_cache(maxsize=1 << 14)
def _fields_features(fields: CandidateFields, language: str | None) -> tuple[tuple[str, str], ...]:
    """:func:`_candidate_features` of a candidate's fields (remembered: a name's fields recur
    in every article of its story; the same tuple object, often)."""
    # What a candidate counts as depends on these four things only.
    return _candidate_features(
        fields[_TEXT],
        fields[_CANONICAL],
        fields[_TYPE] is None and fields[_SENTENCE_INITIAL],
        language,
    )


@functools.lru_cache(maxsize=1 << 16)
def _candidate_features(
    text: str, canonical: str | None, untyped_initial: bool, language: str | None
) -> tuple[tuple[str, str], ...]:
    """``(feature key, surface)`` of each name a candidate counts as (:func:`_names`)."""
    return tuple(
        (_name_feature(name, language), surface)
        for name, surface in _names(text, canonical, untyped_initial)
    )


@functools.lru_cache(maxsize=1 << 16)
def _name_feature(name: str, language: str | None) -> str:
    """``name:`` and the entity annotator's merging key of ``name`` (remembered: a name recurs
    in every article of its story)."""
    return "name:" + " ".join(name_key(name, language))


def _inside(analysis: Analysis, tokens: list[int] | None) -> Callable[[int], bool]:
    """Whether a token is one story grouping reads: in ``tokens``, or (``None``) in a body
    sentence (found by bisection, without listing the sentences' tokens)."""
    if tokens is not None:
        return set(tokens).__contains__
    flat = analysis.packed_sentence_tokens
    firsts, lasts = flat[0::2].tolist(), flat[1::2].tolist()

    def inside(token: int) -> bool:
        at = bisect.bisect_right(firsts, token) - 1
        return at >= 0 and token < lasts[at]

    return inside


def _month_day(
    text: str, capitalised: bool, starts: list[int], ends: list[int], token: int
) -> tuple[int, str] | None:
    """``(day, surface)`` of a month word next to a day number, or ``None`` (``capitalised``:
    the language writes its month names with a capital)."""
    if capitalised and not text[starts[token]].isupper():
        return None  # ``may``, the verb
    for other, gap_pattern, first in (
        (token + 1, _MONTH_DAY_GAP, token),
        (token - 1, _DAY_MONTH_GAP, token - 1),
    ):
        if not 0 <= other < len(starts):
            continue
        number = text[starts[other] : ends[other]]
        if not _DAY.fullmatch(number) or not 1 <= int(number) <= 31:
            continue
        left, right = sorted((token, other))
        if gap_pattern.fullmatch(text, ends[left], starts[right]):
            return int(number), text[starts[first] : ends[first + 1]]
    return None


def _names(text: str, canonical: str | None, untyped_initial: bool) -> Iterable[tuple[str, str]]:
    """``(name, surface)`` pairs a candidate (``text``, its ``canonical`` name, whether it is
    untyped and opens a sentence) counts as: the whole, and its capitalised words."""
    words = text.split()
    # A lone capitalised word opening a sentence is an ordinary word written with a capital
    # (unless it is an acronym).
    lone = untyped_initial and len(words) == 1
    if lone and not (len(text) >= 2 and text.isupper()):
        return
    name = canonical or text
    yield name, name
    if len(words) > 1:
        for word in words:
            if word[:1].isupper():  # not the ``of`` of ``Ministry of Defense``
                yield word, word
