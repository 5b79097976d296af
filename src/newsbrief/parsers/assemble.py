"""Assembling a document from a text the parser defined and the metadata it read beside it.

The structured parsers (HTML, feeds, TREC SGML, Markdown) all end the same way: a text whose
offsets they define, metadata the format states explicitly, maybe a few spans the format itself
marks (a Markdown heading, YAML front matter), and the plain-text heuristics run over the text
for everything else (``Read more:`` lines, bylines, captions...). Explicit metadata wins over
what the heuristics harvest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsbrief.languages.detect import text_language
from newsbrief.model import Document, Metadata, Section, Span
from newsbrief.model.spans import span_order
from newsbrief.parsers.plaintext.analysis import Analysis, Hints, analyze

#: The fields of :class:`Metadata`, by name (read for every document assembled).
_METADATA_FIELDS = tuple(field.name for field in attrs.fields(Metadata))


def assemble(
    *,
    doc_id: str,
    text: str,
    metadata: Metadata,
    body: tuple[int, int] | None = None,
    removed: Iterable[Span] = (),
    headings: Iterable[Span] = (),
    heuristics: bool = True,
    hints: Hints | None = None,
) -> Document:
    """A :class:`Document` of ``text`` with the plain-text heuristics applied to ``body``.

    ``metadata`` holds what the format stated; its unset fields are filled from what the
    heuristics harvest. ``language``, when declared, is reduced to its ISO 639-1 code
    (:func:`~newsbrief.languages.detect.language_code`), else detected from the body;
    ``sha256``, unless set (to the input's bytes), is the text's.
    ``body`` is the ``(start, end)`` range the heuristics examine (the whole text by default);
    ``removed`` and ``headings`` are spans the format marked itself. ``heuristics=False``
    skips the heuristics: the body is one section and only the format's own spans are marked.
    ``hints`` tell the heuristics what the markup knows (the stated headline, the link texts).
    """
    start, end = body if body is not None else (0, len(text))
    # A language the input declares wins over detection (an option wins over both: the parser
    # options' wrapper sets it, and nothing is detected); a declaration naming no language
    # counts as none. The heuristics need it: one-word furniture lines are the page language's.
    language = text_language(text[start:end], metadata.language)
    analysis = analyze(text[start:end], hints, language) if heuristics else _unanalyzed(end - start)
    harvested = analysis.metadata
    filled = {
        name: getattr(harvested, name)
        for name in _METADATA_FIELDS
        if getattr(metadata, name) in (None, {}) and getattr(harvested, name)
    }
    # (One copy of the metadata, not one for the harvest and another for these two.)
    filled["language"] = language
    filled["sha256"] = (
        metadata.sha256
        or filled.get("sha256")
        or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    )
    metadata = attrs.evolve(metadata, **filled)
    sections = tuple(
        Section(section.start + start, section.end + start, section.metadata)
        for section in analysis.sections
    )
    marked_headings = sorted(set(headings))
    # A line the format calls a heading is structure, even if the heuristics called it noise.
    marked = {(span.start, span.end) for span in marked_headings}
    found_removed = [
        shifted
        for span in analysis.removed
        if (shifted := span.shifted(start)) and (shifted.start, shifted.end) not in marked
    ]
    found_headings = [shifted for span in analysis.headings if (shifted := span.shifted(start))]
    return Document(
        id=doc_id,
        text=text,
        metadata=metadata,
        sections=sections,
        removed=sorted({*found_removed, *removed}, key=span_order),
        headings=sorted({*found_headings, *marked_headings}),
    )


def _unanalyzed(length: int) -> Analysis:
    return Analysis(Metadata(), (Section(0, length),), (), ())


def string_fields(values: Mapping[str, Any], skip: Iterable[str] = ()) -> dict[str, str]:
    """The scalar entries of ``values`` as strings (for :attr:`Metadata.extra`), minus ``skip``."""
    skipped = set(skip)
    return {
        str(key): str(value).strip()
        for key, value in values.items()
        if key not in skipped and isinstance(value, str | int | float | bool) and str(value).strip()
    }
