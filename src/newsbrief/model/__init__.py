"""The document model: frozen attrs classes, no serialization (exporters serialize)."""

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
    "Briefing",
    "CoverageNote",
    "Document",
    "Metadata",
    "Section",
    "Sentence",
    "Source",
    "SourceRef",
    "Span",
    "SpanKind",
    "Story",
    "SummaryItem",
]
