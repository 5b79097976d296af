"""The document model: frozen attrs classes, no serialization (exporters serialize)."""

from newsbrief.model.annotations import (
    Annotation,
    AnnotationKind,
    DateMention,
    Entity,
    Mention,
    Quote,
    TimelineEntry,
)
from newsbrief.model.briefing import (
    Briefing,
    CoverageNote,
    Source,
    SourceRef,
    Story,
    SummaryItem,
)
from newsbrief.model.document import Document, Metadata, Section
from newsbrief.model.sentence import Sentence
from newsbrief.model.spans import Span, SpanKind

__all__ = [
    "Annotation",
    "AnnotationKind",
    "Briefing",
    "CoverageNote",
    "DateMention",
    "Document",
    "Entity",
    "Mention",
    "Metadata",
    "Quote",
    "Section",
    "Sentence",
    "Source",
    "SourceRef",
    "Span",
    "SpanKind",
    "Story",
    "SummaryItem",
    "TimelineEntry",
]
