"""The briefing: what newsbrief builds from several documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsbrief.model.annotations import DateMention, Entity, Quote, TimelineEntry
from newsbrief.model.document import Document
from newsbrief.model.frozen import frozen_map, to_tuple
from newsbrief.model.sentence import Sentence


@attrs.frozen
class SourceRef:
    """Where else some content appears: a span of another (or the same) document."""

    #: Id of the document.
    doc_id: str
    #: First code point of the matching sentence.
    start: int
    #: One past its last code point.
    end: int
    #: How similar the content is to the cited sentence (1.0 for an exact copy).
    similarity: float = 1.0


@attrs.frozen
class SummaryItem:
    """A selected sentence with its score and the other sources that report the same content."""

    #: The sentence, verbatim with offsets.
    sentence: Sentence
    #: The summarizer's score (higher is more salient; scale is the summarizer's own); 0 for a
    #: sentence the briefing's composition added (a story's development, not scored).
    score: float
    #: Other places carrying the same content, one per distinct source at most.
    supported_by: tuple[SourceRef, ...] = attrs.field(default=(), converter=to_tuple)
    #: Id of the story the sentence belongs to, if stories were grouped.
    story: str | None = None
    #: Who speaks the sentence when it is a transcript's turn's (``ROE: We need pumps.``; the
    #: turn's first sentence starts after the label): the fullest name the documents give the
    #: label's speaker (``Maria Roe``), else the label as written (``REPORTER``); ``None``
    #: otherwise.
    speaker: str | None = None


@attrs.frozen
class Story:
    """Documents that report the same event."""

    #: Stable identifier (``s1``, ``s2``... in order of first appearance).
    id: str
    #: Ids of the documents in the story, in input order.
    documents: tuple[str, ...] = attrs.field(converter=to_tuple)
    #: A short label: the headline of the story's first document.
    label: str | None = None
    #: Names, places and dates the documents share (why they were grouped).
    shared_terms: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)


@attrs.frozen
class Source:
    """One entry of the source list that summary citations ``[n]`` point to."""

    #: Citation number, from 1.
    number: int
    #: Document id.
    doc_id: str
    #: Index of the section within the document (several articles may share one file).
    section: int = 0
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None


@attrs.frozen
class CoverageNote:
    """A remark on how the inputs overlap or what was set aside."""

    #: ``same_story``, ``one_file``, ``background``, ``duplicate``, ``comment``, ``removed``,
    #: ``skipped``... (free-form for plugins).
    kind: str
    #: One human-readable sentence, in the briefing's language; the built-in notes name the
    #: sources they are about as ``[n]`` (source numbers), never by document id.
    message: str
    #: Documents the note is about.
    doc_ids: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)


@attrs.frozen
class Briefing:
    """A multi-article briefing: cited extractive summary, stories, sources and notes.

    ``timeline``, ``dates``, ``quotes`` and ``entities`` are filled by annotators when present.
    """

    #: The documents, segmented, in input order.
    documents: tuple[Document, ...] = attrs.field(converter=to_tuple)
    #: Groups of documents telling the same story.
    stories: tuple[Story, ...] = attrs.field(default=(), converter=to_tuple)
    #: The selected sentences, in reading order (composed: balanced story slots, stories in the
    #: ``order`` setting, newest first by default).
    summary: tuple[SummaryItem, ...] = attrs.field(default=(), converter=to_tuple)
    #: The numbered source list.
    sources: tuple[Source, ...] = attrs.field(default=(), converter=to_tuple)
    #: Coverage notes: same-story groups, duplicates removed, inputs skipped.
    notes: tuple[CoverageNote, ...] = attrs.field(default=(), converter=to_tuple)
    #: A title for the briefing (``--title``, else made from its content).
    title: str | None = None
    #: How the briefing was made: summarizer name, budget, options (plain JSON values).
    settings: Mapping[str, Any] = attrs.field(factory=dict, converter=frozen_map)
    #: Dated timeline entries, built from date annotations.
    timeline: tuple[TimelineEntry, ...] = attrs.field(default=(), converter=to_tuple)
    #: Every temporal expression found, resolved.
    dates: tuple[DateMention, ...] = attrs.field(default=(), converter=to_tuple)
    #: Key quotes with their speakers.
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=to_tuple)
    #: People, organisations and places, spelling variants merged.
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=to_tuple)

    def document(self, doc_id: str) -> Document:
        """The document with id ``doc_id``."""
        for document in self.documents:
            if document.id == doc_id:
                return document
        raise KeyError(doc_id)

    def source_number(self, doc_id: str, section: int = 0) -> int | None:
        """The citation number of a document section, if it is in the source list."""
        for source in self.sources:
            if source.doc_id == doc_id and source.section == section:
                return source.number
        return None
