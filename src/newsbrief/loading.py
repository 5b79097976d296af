"""Deprecated home of the load machinery, kept so older imports work: see
:mod:`newsbrief.pipeline.load` (a batch of inputs, in order) and
:mod:`newsbrief.pipeline.parse` (one input)."""

from newsbrief.pipeline.load import (
    BatchParser,
    Pending,
    Progress,
    load_outcomes,
    process_pool,
)
from newsbrief.pipeline.parse import (
    DEFAULT_MAX_DOCUMENT_CHARS,
    Outcome,
    decoding_note,
    max_document_chars,
    parse_input,
    parse_inputs,
    safe_document,
    why_unreadable,
)

__all__ = [
    "DEFAULT_MAX_DOCUMENT_CHARS",
    "BatchParser",
    "Outcome",
    "Pending",
    "Progress",
    "decoding_note",
    "load_outcomes",
    "max_document_chars",
    "parse_input",
    "parse_inputs",
    "process_pool",
    "safe_document",
    "why_unreadable",
]
