"""The ``json`` exporter: the documented, versioned ``newsbrief.briefing/1`` format.

The format is described in ``docs/json-schema.md`` and by the JSON Schema shipped as
``newsbrief/data/briefing.schema.json``. Output is byte-stable: keys sorted, 2-space indent,
``ensure_ascii=False``, floats rounded to 6 decimals, a trailing newline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import importlib.resources
import json
import math
from collections.abc import Mapping
from typing import Any

import attrs

from newsbrief.exporters.common import (
    bool_option,
    check_options,
    cited_number,
    iso_date,
    selected_sections,
)
from newsbrief.model import (
    Briefing,
    CoverageNote,
    Document,
    Metadata,
    Source,
    SourceRef,
    Story,
    SummaryItem,
)

#: The format identifier written to ``"schema"``; bumped only for incompatible changes.
SCHEMA = "newsbrief.briefing/1"
#: Where the JSON Schema of :data:`SCHEMA` lives, inside the ``newsbrief`` package.
SCHEMA_RESOURCE = "data/briefing.schema.json"


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``newsbrief.briefing/1`` output validates
    against, as shipped in the package."""
    resource = importlib.resources.files("newsbrief").joinpath(SCHEMA_RESOURCE)
    return json.loads(resource.read_text(encoding="utf-8"))


def _number(value: float | None) -> float | None:
    # Rounding makes output byte-identical across platforms; JSON has no NaN or infinity.
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), 6)


def plain(value: Any) -> Any:
    """``value`` as plain JSON data: attrs classes and dataclasses become objects, dates ISO
    strings, tuples and sets arrays, floats rounded; anything else its ``str``."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if attrs.has(type(value)):
        return {
            field.name: plain(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, set | frozenset):
        # Sets have no order; sort by the encoded form so output stays stable.
        items = [plain(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return str(value)


def _metadata(metadata: Metadata) -> dict[str, Any]:
    return {
        "title": metadata.title,
        "outlet": metadata.outlet,
        "author": metadata.author,
        "published": iso_date(metadata.published),
        "url": metadata.url,
        "language": metadata.language,
        "path": metadata.source_path,
        "encoding": metadata.encoding,
        "sha256": metadata.sha256,
        "distributor": metadata.distributor,
        "extra": dict(metadata.extra),
    }


def _document(document: Document, include_text: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"id": document.id, **_metadata(document.metadata)}
    if include_text:
        data["text"] = document.text
    data["sections"] = [
        {"start": s.start, "end": s.end, **_metadata(s.metadata)} for s in document.sections
    ]
    data["removed"] = [
        {"start": s.start, "end": s.end, "kind": str(s.kind)} for s in document.removed
    ]
    data["headings"] = [{"start": s.start, "end": s.end} for s in document.headings]
    data["sentences"] = [
        {"start": s.start, "end": s.end, "section": s.section, "paragraph": s.paragraph}
        for s in document.sentences
    ]
    return data


def _story(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "documents": list(story.documents),
        "label": story.label,
        "shared_terms": list(story.shared_terms),
    }


def _ref(briefing: Briefing, ref: SourceRef) -> dict[str, Any]:
    return {
        "doc_id": ref.doc_id,
        "start": ref.start,
        "end": ref.end,
        "similarity": _number(ref.similarity),
        "source": cited_number(briefing, ref.doc_id, ref.start),
    }


def _item(briefing: Briefing, item: SummaryItem) -> dict[str, Any]:
    sentence = item.sentence
    return {
        "text": sentence.text,
        "doc_id": sentence.doc_id,
        "start": sentence.start,
        "end": sentence.end,
        "index": sentence.index,
        "section": sentence.section,
        "paragraph": sentence.paragraph,
        "score": _number(item.score),
        "supported_by": [_ref(briefing, ref) for ref in item.supported_by],
        "story": item.story,
        "source": briefing.source_number(sentence.doc_id, sentence.section),
    }


def _source(source: Source) -> dict[str, Any]:
    return {
        "number": source.number,
        "doc_id": source.doc_id,
        "section": source.section,
        "title": source.title,
        "outlet": source.outlet,
        "author": source.author,
        "published": source.published,
        "url": source.url,
        "path": source.path,
    }


def _note(note: CoverageNote) -> dict[str, Any]:
    return {"kind": note.kind, "message": note.message, "doc_ids": list(note.doc_ids)}


def briefing_to_dict(
    briefing: Briefing,
    *,
    include_text: bool = True,
    title: str | None = None,
    sections: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    """The ``newsbrief.briefing/1`` representation of ``briefing`` as plain JSON data.

    ``include_text`` keeps each document's original text (needed to rebuild the briefing);
    ``title`` overrides the briefing's title; ``sections`` names the sections to fill (the
    others are written as empty arrays so the shape never changes). Documents, settings and
    ``dates`` are always included.
    """
    wanted = set(sections) if sections is not None else None

    def keep(name: str) -> bool:
        return wanted is None or name in wanted

    return {
        "schema": SCHEMA,
        "title": title if title is not None else briefing.title,
        "settings": plain(briefing.settings),
        "documents": [_document(d, include_text) for d in briefing.documents],
        "stories": [_story(s) for s in briefing.stories] if keep("stories") else [],
        "summary": [_item(briefing, i) for i in briefing.summary] if keep("summary") else [],
        "sources": [_source(s) for s in briefing.sources] if keep("sources") else [],
        "notes": [_note(n) for n in briefing.notes] if keep("notes") else [],
        "timeline": plain(briefing.timeline) if keep("timeline") else [],
        "dates": plain(briefing.dates),
        "quotes": plain(briefing.quotes) if keep("quotes") else [],
        "entities": plain(briefing.entities) if keep("entities") else [],
    }


def dumps(data: Any) -> str:
    """Encode plain JSON data the one stable way: sorted keys, 2-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


class JsonExporter:
    """JSON in the versioned ``newsbrief.briefing/1`` format (see ``docs/json-schema.md``).

    Options:

    * ``title`` -- replaces the briefing's title.
    * ``sections`` -- comma list of sections to fill
      (``summary,sources,stories,notes,timeline,quotes,entities``; default: all); the others
      are written as empty arrays.
    * ``include_text`` -- include each document's original ``text`` (default true; needed to
      rebuild the briefing from the JSON).
    """

    name = "json"
    description = "JSON in the documented newsbrief.briefing/1 format"
    extensions = (".json",)

    def export(self, briefing: Briefing, options: Mapping[str, Any]) -> str:
        """Render ``briefing`` as ``newsbrief.briefing/1`` JSON (a newline-terminated string)."""
        check_options(self.name, options, own=("include_text",))
        data = briefing_to_dict(
            briefing,
            include_text=bool_option(self.name, options, "include_text", True),
            title=None if options.get("title") is None else str(options["title"]),
            sections=selected_sections(self.name, options),
        )
        return dumps(data)
