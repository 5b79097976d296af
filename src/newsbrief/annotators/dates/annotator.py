"""The ``dates`` annotator: every temporal expression, resolved against its article's date."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief.annotators.base import AnnotationContext, kept_draft
from newsbrief.annotators.dates.grammar import find_expressions, words_of
from newsbrief.annotators.dates.lexicon import Lexicon, lexicon_for
from newsbrief.annotators.dates.resolve import Resolution, resolve
from newsbrief.annotators.dates.tense import Tense, tense_at
from newsbrief.model import Annotation, AnnotationKind, Document, Story
from newsbrief.model.frozen import FrozenMap

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis

#: Most date expressions annotated in one sentence (the first ones are kept): no article
#: needs more, and each costs a resolution, an annotation and a timeline candidate.
MAX_DATES_PER_SENTENCE = 100


@attrs.frozen
class DateDraft:
    """The per-document part of date annotation (:meth:`DateAnnotator.prepare`)."""

    #: The annotations, each expression resolved against its own article's date.
    annotations: tuple[Annotation, ...]
    #: Whether every expression had that date; if not, the undated ones are resolved again
    #: against the date the article borrows from its story.
    complete: bool


class DateAnnotator:
    """Finds dates and resolves each against the publication date of the article holding it.

    Each expression becomes an :class:`~newsbrief.model.Annotation` of kind ``date`` with
    attributes ``value``, ``granularity``, ``status``, ``end_value`` (ranges), ``reference`` (the
    publication date used, ISO, or ``None``) and, when they apply, ``vague`` (``in recent
    months``) and ``set_aside`` (the kind of removed span holding it).

    Dates inside removed spans (the ``March 2, 2022`` date line, ``© AFP 2024``) are annotated
    too, so ``dates[]`` lists every expression of the text, but they carry ``set_aside`` and the
    timeline ignores them: a page's date line is not an event.

    The reference date is the section's own (``document.section_published(offset)``): a file may
    hold several articles of different days. An undated article borrows the latest date of the
    articles of its story (the stories the host passes in the context), else the latest
    date of the run; with none at all only fully written dates resolve.

    Finding and resolving against the article's own date is per document (:meth:`prepare`); only
    expressions of undated articles wait for the cross-document step.
    """

    name = "dates"
    description = "Temporal expressions resolved against each article's publication date."
    requires: tuple[str, ...] = ()

    def prepare(self, document: Document) -> DateDraft:
        """The date annotations ``document`` gets from its own dates alone (per document)."""
        found = self.annotations(document)
        return DateDraft(
            annotations=tuple(found),
            complete=all(a.attributes["reference"] is not None for a in found),
        )

    def annotate(
        self, documents: Sequence[Document], context: AnnotationContext | None = None
    ) -> Sequence[Document]:
        """The documents with their date annotations added.

        ``context.stories`` tell which articles an undated one borrows its date from; without
        them (called directly) it borrows the latest date of all the documents.
        """
        stories = context.stories if context is not None else None
        fallbacks = _fallback_references(documents, stories)
        out = []
        for document in documents:
            draft = kept_draft(self.name, document, context)
            if draft is not None and (draft.complete or fallbacks.get(document.id) is None):
                found = draft.annotations
            else:
                analysis = context.analyses.get(document.id) if context is not None else None
                found = tuple(self.annotations(document, fallbacks, analysis=analysis))
            out.append(document.with_annotations(found))
        return out

    def annotations(
        self,
        document: Document,
        fallbacks: dict[str, dt.date | None] | None = None,
        *,
        analysis: Analysis | None = None,
    ) -> list[Annotation]:
        """The date annotations of one document (``fallbacks``: doc id -> date for undated ones).

        ``analysis``: the document's shared analysis, if at hand; its words spare the grammar
        tokenizing the text again (the annotations are the same).
        """
        lexicon = lexicon_for(document.language)
        text = document.text
        words = None
        if analysis is not None and analysis.doc_id == document.id and analysis.length == len(text):
            words = words_of(text, lexicon, analysis.norms, analysis.sentences)
        found: list[Annotation] = []
        previous: dict[int, list[Resolution]] = {}  # section start -> resolutions so far
        published: dict[int, dt.date | None] = {}  # section start -> its publication date
        starts = [sentence.start for sentence in document.sentences]
        per_sentence: dict[int, int] = {}  # sentence index -> dates kept in it
        for expression in find_expressions(text, lexicon, words=words):
            # Bounded before resolving: a sentence of 100,000 dates cost 76 s and 938 MiB.
            at = bisect.bisect_right(starts, expression.start) - 1
            per_sentence[at] = per_sentence.get(at, 0) + 1
            if per_sentence[at] > MAX_DATES_PER_SENTENCE:
                continue
            section = document.section_at(expression.start)
            key = section.start if section else -1
            if key not in published:  # the section's date, worked out once per section
                published[key] = document.section_published(expression.start)
            reference = published[key]
            if reference is None and fallbacks:
                reference = fallbacks.get(document.id)
            earlier = previous.setdefault(key, [])
            resolution = resolve(
                expression,
                reference,
                # A rule and the status may both ask: the clause is read once.
                _TenseOnce(text, expression.start, expression.end, lexicon),
                earlier,
            )
            set_aside = _removed_kind(document, expression.start, expression.end)
            if set_aside is None:
                earlier.append(resolution)  # ``that same month`` looks back at the body only
            # Unchecked: the offsets and text are the grammar's match in this text, the
            # attributes a FrozenMap (``Annotation.trusted``).
            found.append(
                Annotation.trusted(
                    AnnotationKind.DATE,
                    _shared_offset(expression.start),
                    _shared_offset(expression.end),
                    _shared_text(text[expression.start : expression.end]),
                    self.name,
                    _attributes(resolution, reference, set_aside),
                )
            )
        return found


#: The offsets and expression texts the annotations hold so far, each value once: a run's
#: articles repeat them (19,683 dates of 2,000 newswire articles were 347 texts), and every
#: annotation kept its own int objects and string to the end of the briefing (about 1.1 KB a
#: newswire article).
_OFFSETS: dict[int, int] = {}
_TEXTS: dict[str, str] = {}
#: Entries each table keeps before starting afresh (a long run meets ever new ones).
_SHARED_SIZE = 1 << 14
#: Longer texts are kept unshared: rare, and the table would hold them past their documents.
_SHARED_TEXT_LENGTH = 64


def _shared_offset(value: int) -> int:
    """``value``, as the int object an earlier annotation holds when there is one."""
    found = _OFFSETS.get(value)
    if found is None:
        if len(_OFFSETS) >= _SHARED_SIZE:
            _OFFSETS.clear()
        found = _OFFSETS[value] = value
    return found


def _shared_text(value: str) -> str:
    """``value``, as the string object an earlier annotation holds when there is one."""
    found = _TEXTS.get(value)
    if found is None:
        if len(value) > _SHARED_TEXT_LENGTH:
            return value
        if len(_TEXTS) >= _SHARED_SIZE:
            _TEXTS.clear()
        found = _TEXTS[value] = value
    return found


class _TenseOnce:
    """``tense_at`` of one expression, read on the first call only (a lighter
    ``functools.cache(functools.partial(...))``)."""

    __slots__ = ("_args", "_tense")

    def __init__(self, text: str, start: int, end: int, lexicon: Lexicon) -> None:
        self._args = (text, start, end, lexicon)
        self._tense: Tense | None = None

    def __call__(self) -> Tense:
        if self._tense is None:
            self._tense = tense_at(*self._args)
        return self._tense


#: The attribute maps made so far, by what they are made of (:func:`_attributes`).
_MAPS: dict[tuple[Any, ...], FrozenMap] = {}
#: Entries kept before :data:`_MAPS` starts afresh (a long run meets ever new dates; an
#: article's and a story's repeats come close together, and a few MB is the most it holds).
_MAPS_SIZE = 4096


def _attributes(
    resolution: Resolution, reference: dt.date | None, set_aside: str | None
) -> FrozenMap:
    """The attributes of a date annotation, as the map ``Annotation`` keeps.

    An article repeats its dates, a run its articles' dates: an equal map made before is
    given again, as :func:`~newsbrief.model.frozen.frozen_map` shares equal maps, without
    sorting and keying the dict anew (a tuple of what the map is made of is the key; every
    part is a string, ``None``, an int, a bool or a date at a fixed place, so equal keys make
    equal maps).
    """
    timex = resolution.timex
    # A range's ends carry offsets; any other expression's offsets are not in its map.
    parts = timex if len(timex) == 2 else timex[0][2:] if timex else None
    key = (
        resolution.value,
        resolution.granularity,
        resolution.status,
        resolution.end_value,
        resolution.vague,
        reference,
        set_aside,
        parts,
    )
    found = _MAPS.get(key)
    if found is None:
        attributes: dict[str, Any] = {
            "value": resolution.value,
            "granularity": resolution.granularity,
            "status": resolution.status,
            "end_value": resolution.end_value,
            "reference": reference.isoformat() if reference else None,
            **_timex_attributes(resolution),
        }
        if resolution.vague:
            attributes["vague"] = True
        if set_aside is not None:
            attributes["set_aside"] = set_aside
        # Made here rather than by ``frozen_map``, whose table of shared maps would key it
        # again: this table shares the date maps.
        found = FrozenMap(attributes)
        if len(_MAPS) >= _MAPS_SIZE:
            _MAPS.clear()
        _MAPS[key] = found
    return found


def _timex_attributes(resolution: Resolution) -> dict[str, Any]:
    """The TIMEX3 reading as plain attributes (they travel through JSON unchanged): type and
    value, and for a range its second end's type and value and where the two ends meet."""
    out: dict[str, Any] = {
        "timex_type": resolution.timex_type,
        "timex_value": resolution.timex_value,
    }
    if len(resolution.timex) == 2:
        (_, first_end, _, _), (last_start, _, last_type, last_value) = resolution.timex
        out.update(
            timex_first_end=first_end,
            timex_last_start=last_start,
            timex_last_type=last_type,
            timex_last_value=last_value,
        )
    return out


def timex_parts(annotation: Annotation) -> tuple[tuple[int, int, str, str | None], ...]:
    """The TIMEX3 expressions of a date annotation as ``(start, end, type, value)``: one, or
    two for a range (``from 2010 to 2015``: ``2010`` and ``2015``, as TimeML marks them)."""
    attributes = annotation.attributes
    kind = str(attributes.get("timex_type", "DATE"))
    value = attributes.get("timex_value")
    if "timex_last_start" not in attributes:
        return ((annotation.start, annotation.end, kind, value),)
    return (
        (annotation.start, int(attributes["timex_first_end"]), kind, value),
        (
            int(attributes["timex_last_start"]),
            annotation.end,
            str(attributes["timex_last_type"]),
            attributes["timex_last_value"],
        ),
    )


def _removed_kind(document: Document, start: int, end: int) -> str | None:
    for span in document.removed:
        if span.start < end and start < span.end:
            return str(span.kind)
    return None


def _fallback_references(
    documents: Sequence[Document], stories: Sequence[Story] | None = None
) -> dict[str, dt.date | None]:
    """A reference date for each document that has no publication date of its own.

    ``stories`` are the run's stories (``None``: not known, each undated article takes the
    latest date of all ``documents``).
    """
    undated = [d for d in documents if d.metadata.published is None]
    if not undated:
        return {}
    latest: dict[str, dt.date] = {}
    for document in documents:
        sections = [document.section_published(s.start) for s in document.sections]
        dates = [d for d in (*sections, document.metadata.published) if d is not None]
        if dates:
            latest[document.id] = max(dates)
    run_latest = max(latest.values(), default=None)
    story_of: dict[str, tuple[str, ...]] = {}
    if latest and len(documents) > 1:
        # The host groups the stories (``annotate`` does when not given them): without any,
        # an undated article takes the latest date of the run.
        for story in stories or ():
            for doc_id in story.documents:
                story_of[doc_id] = story.documents
    out: dict[str, dt.date | None] = {}
    for document in undated:
        mates = [latest[d] for d in story_of.get(document.id, ()) if d in latest]
        out[document.id] = max(mates) if mates else latest.get(document.id, run_latest)
    return out
