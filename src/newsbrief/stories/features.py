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

import functools
import re
from collections import Counter
from collections.abc import Iterable

import attrs

from newsbrief.annotators.entities.chunker import Candidate
from newsbrief.model import Document
from newsbrief.nlp.analysis import Analysis, analysis_of

_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")
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
    tokens = _body_tokens(document, analysis)
    terms = Counter(analysis.title_content_stems())
    if analysis.sentence_tokens:
        # Sentence by sentence: the same tokens in the same order, read as ranges (faster).
        for first, last in analysis.sentence_tokens:
            terms.update(analysis.content_stems(range(first, last)))
    else:
        terms.update(analysis.content_stems(tokens))
    return DocumentFeatures(
        doc_id=document.id, terms=terms, entities=_entities(document, analysis, tokens)
    )


def extract_entities(text: str, language: str | None = None) -> dict[str, str]:
    """Names, ``Month day`` dates and numbers in ``text``: normalised key -> first surface form."""
    from newsbrief.model import Metadata
    from newsbrief.nlp.analysis import analyse
    from newsbrief.nlp.segmenter import segment

    document = segment(Document.from_text(text, id="text", metadata=Metadata(language=language)))
    return extract_features(document, analyse(document)).entities


def _body_tokens(document: Document, analysis: Analysis) -> list[int]:
    """The tokens story grouping reads: the body sentences' (or the text's outside noise)."""
    if analysis.sentence_tokens:
        return [i for first, last in analysis.sentence_tokens for i in range(first, last)]
    removed = [(span.start, span.end) for span in document.removed]
    return [
        i
        for i, (start, end) in enumerate(
            zip(analysis.starts.tolist(), analysis.ends.tolist(), strict=True)
        )
        if not any(s < end and start < e for s, e in removed)
    ]


def _entities(document: Document, analysis: Analysis, tokens: list[int]) -> dict[str, str]:
    found: dict[str, str] = {}
    text = document.text
    months = [hit for hit in analysis.calendar if hit.kind == "month"]
    # The token set and offset lists only when something reads them (most texts: no month).
    inside = set(tokens) if months else set()
    starts, ends = (
        (analysis.starts.tolist(), analysis.ends.tolist())
        if months or not analysis.sentences
        else ([], [])
    )
    for hit in months:
        if hit.token not in inside:
            continue
        date = _month_day(text, analysis, starts, ends, hit.token)
        if date is not None:
            day, surface = date
            found.setdefault(f"date:{hit.value}-{day}", surface)
    title = document.metadata.title or ""
    pieces = [title] if title else []
    if analysis.sentences:
        pieces += [text[start:end] for start, end in analysis.sentences]
    else:
        pieces += [text[starts[i] : ends[i]] for i in tokens]
    for piece in pieces:
        for match in _NUMBER.finditer(piece):
            digits = match.group(0).replace(",", "")
            if len(digits) >= 2:  # single digits are everywhere
                found.setdefault(f"num:{digits}", match.group(0))
    language = document.language
    for candidate in (*analysis.title_candidates, *analysis.candidates):
        for key, surface in _names(candidate):
            found.setdefault(_name_feature(key, language), surface)
    return found


@functools.lru_cache(maxsize=1 << 16)
def _name_feature(name: str, language: str | None) -> str:
    """``name:`` and the entity annotator's merging key of ``name`` (remembered: a name recurs
    in every article of its story)."""
    from newsbrief.annotators.entities.merging import name_key

    return "name:" + " ".join(name_key(name, language))


def _month_day(
    text: str, analysis: Analysis, starts: list[int], ends: list[int], token: int
) -> tuple[int, str] | None:
    """``(day, surface)`` of a month word next to a day number, or ``None``."""
    from newsbrief.languages import language

    if language(analysis.language).capitalised_calendar and not text[starts[token]].isupper():
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


def _names(candidate: Candidate) -> Iterable[tuple[str, str]]:
    """``(name, surface)`` pairs a candidate counts as: the whole, and its capitalised words."""
    # A lone capitalised word opening a sentence is an ordinary word written with a capital
    # (unless it is an acronym).
    lone = candidate.type is None and len(candidate.words) == 1 and candidate.sentence_initial
    if lone and not (len(candidate.text) >= 2 and candidate.text.isupper()):
        return
    name = candidate.canonical or candidate.text
    yield name, name
    if len(candidate.words) > 1:
        for word in candidate.words:
            if word[:1].isupper():  # not the ``of`` of ``Ministry of Defense``
                yield word, word
