"""The ``json`` exporter: the documented, versioned ``newsbrief.briefing/1`` format.

The format is described in ``docs/json-schema.md`` and by the JSON Schema shipped as
``newsbrief/data/briefing.schema.json``. Output is byte-stable: keys sorted, 2-space indent,
``ensure_ascii=False``, floats in their shortest exact form, a trailing newline.

:func:`briefing_from_json` reads the format back: ``briefing_from_json(to_json(b)) == b`` for
any briefing whose annotator sections hold the model's typed views and whose settings and
annotation attributes are plain JSON values.
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

from newsbrief.errors import NewsbriefError
from newsbrief.exporters.common import (
    bool_option,
    check_options,
    cited_number,
    iso_date,
    selected_sections,
)
from newsbrief.model import (
    Annotation,
    Briefing,
    CoverageNote,
    DateMention,
    Document,
    Entity,
    Mention,
    Metadata,
    Quote,
    Section,
    Sentence,
    Source,
    SourceRef,
    Span,
    SpanKind,
    Story,
    SummaryItem,
    TimelineEntry,
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
    # Not rounded: Python writes the shortest text that reads back as the same float, so scores
    # survive a round trip exactly. JSON has no NaN or infinity.
    if value is None or not math.isfinite(value):
        return None
    return float(value)


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
    data["headings"] = [
        {"start": s.start, "end": s.end, "kind": str(s.kind)} for s in document.headings
    ]
    data["sentences"] = [
        {
            "start": s.start,
            "end": s.end,
            "index": s.index,
            "section": s.section,
            "paragraph": s.paragraph,
        }
        for s in document.sentences
    ]
    data["annotations"] = [_annotation(a) for a in document.annotations]
    return data


def _annotation(annotation: Annotation) -> dict[str, Any]:
    return {
        "kind": annotation.kind,
        "start": annotation.start,
        "end": annotation.end,
        "text": annotation.text,
        "annotator": annotation.annotator,
        "attributes": plain(annotation.attributes),
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
        # Stories, sources and notes are written field for field as the model has them.
        "stories": plain(briefing.stories) if keep("stories") else [],
        "summary": [_item(briefing, i) for i in briefing.summary] if keep("summary") else [],
        "sources": plain(briefing.sources) if keep("sources") else [],
        "notes": plain(briefing.notes) if keep("notes") else [],
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
      (``summary,timeline,quotes,entities,stories,sources,notes``; default: all); the others
      are written as empty arrays.
    * ``include_text`` -- include each document's original ``text`` (default true; needed to
      rebuild the briefing from the JSON).
    * ``locale`` -- accepted like every exporter's, but JSON dates always stay ISO 8601.
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


# --- reading it back -------------------------------------------------------------------------


class _Invalid(Exception):
    """Internal: the data is not a readable briefing (the message says where and why)."""


def _get(data: Any, key: str, default: Any = ...) -> Any:
    if not isinstance(data, Mapping):
        raise _Invalid(f"expected an object, got {type(data).__name__}")
    if key in data:
        return data[key]
    if default is ...:
        raise _Invalid(f"missing field {key!r}")
    return default


def _list(data: Any, key: str) -> list[Any]:
    # Absent arrays read as empty: a /1 file from an older newsbrief lacks the newer ones.
    value = _get(data, key, [])
    if not isinstance(value, list):
        raise _Invalid(f"field {key!r} must be an array")
    return value


def _read_date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _read_float(value: Any) -> float:
    # null stands for a value that was not finite.
    return math.nan if value is None else float(value)


def _read_metadata(data: Mapping[str, Any]) -> Metadata:
    return Metadata(
        title=_get(data, "title", None),
        outlet=_get(data, "outlet", None),
        author=_get(data, "author", None),
        published=_read_date(_get(data, "published", None)),
        url=_get(data, "url", None),
        language=_get(data, "language", None),
        source_path=_get(data, "path", None),
        encoding=_get(data, "encoding", None),
        sha256=_get(data, "sha256", None),
        distributor=_get(data, "distributor", None),
        extra=_get(data, "extra", {}),
    )


def _read_document(data: Mapping[str, Any]) -> Document:
    doc_id = _get(data, "id")
    text = _get(data, "text", None)
    if text is None:
        raise _Invalid(
            f"document {doc_id!r} has no 'text' (written with include_text=false), so it "
            "cannot be rebuilt"
        )
    sentences = []
    for position, item in enumerate(_list(data, "sentences")):
        start, end = _get(item, "start"), _get(item, "end")
        sentences.append(
            Sentence(
                doc_id,
                _get(item, "index", position),
                start,
                end,
                text[start:end],
                section=_get(item, "section", 0),
                paragraph=_get(item, "paragraph", 0),
            )
        )
    return Document(
        id=doc_id,
        text=text,
        metadata=_read_metadata(data),
        sections=[
            Section(_get(s, "start"), _get(s, "end"), _read_metadata(s))
            for s in _list(data, "sections")
        ],
        removed=[
            Span(_get(s, "start"), _get(s, "end"), _get(s, "kind")) for s in _list(data, "removed")
        ],
        headings=[
            Span(_get(s, "start"), _get(s, "end"), _get(s, "kind", SpanKind.HEADING.value))
            for s in _list(data, "headings")
        ],
        sentences=sentences,
        annotations=[
            Annotation(
                kind=_get(a, "kind"),
                start=_get(a, "start"),
                end=_get(a, "end"),
                text=_get(a, "text", None) or text[_get(a, "start") : _get(a, "end")],
                annotator=_get(a, "annotator", ""),
                attributes=_get(a, "attributes", {}),
            )
            for a in _list(data, "annotations")
        ],
    )


def _read_item(data: Mapping[str, Any]) -> SummaryItem:
    sentence = Sentence(
        _get(data, "doc_id"),
        _get(data, "index"),
        _get(data, "start"),
        _get(data, "end"),
        _get(data, "text"),
        section=_get(data, "section", 0),
        paragraph=_get(data, "paragraph", 0),
    )
    return SummaryItem(
        sentence,
        _read_float(_get(data, "score")),
        supported_by=[
            SourceRef(
                _get(r, "doc_id"),
                _get(r, "start"),
                _get(r, "end"),
                _read_float(_get(r, "similarity", 1.0)),
            )
            for r in _list(data, "supported_by")
        ],
        story=_get(data, "story", None),
    )


#: A typed view's fields that hold other typed objects, to rebuild them too.
_NESTED: dict[tuple[type, str], type] = {(Entity, "mentions"): Mention}


def _read_view(cls: type, data: Any) -> Any:
    """An attrs view class (``Quote``, ``Entity``...) from its JSON object: fields the class has
    are read (missing ones take their default), fields it does not know are ignored."""
    if not isinstance(data, Mapping):
        raise _Invalid(f"expected a {cls.__name__} object, got {type(data).__name__}")
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in data:
            if field.default is attrs.NOTHING:
                raise _Invalid(f"{cls.__name__} lacks field {field.name!r}")
            continue
        value = data[field.name]
        nested = _NESTED.get((cls, field.name))
        if nested is not None:
            value = [_read_view(nested, item) for item in value]
        values[field.name] = value
    return cls(**values)


def briefing_from_dict(data: Mapping[str, Any]) -> Briefing:
    """Rebuild a :class:`~newsbrief.model.Briefing` from ``newsbrief.briefing/1`` data.

    The documents must carry their ``text`` (the default when exporting). Fields this version
    does not know are ignored, as the evolution rule in ``docs/json-schema.md`` asks.
    Raises :class:`~newsbrief.errors.NewsbriefError` naming what is wrong.
    """
    schema = data.get("schema") if isinstance(data, Mapping) else None
    if schema != SCHEMA:
        raise NewsbriefError(f"not a {SCHEMA} briefing (its schema is {schema!r})")
    try:
        return Briefing(
            documents=[_read_document(d) for d in _list(data, "documents")],
            stories=[_read_view(Story, s) for s in _list(data, "stories")],
            summary=[_read_item(i) for i in _list(data, "summary")],
            sources=[_read_view(Source, s) for s in _list(data, "sources")],
            notes=[_read_view(CoverageNote, n) for n in _list(data, "notes")],
            title=_get(data, "title", None),
            settings=_get(data, "settings", {}),
            timeline=[_read_view(TimelineEntry, e) for e in _list(data, "timeline")],
            dates=[_read_view(DateMention, e) for e in _list(data, "dates")],
            quotes=[_read_view(Quote, e) for e in _list(data, "quotes")],
            entities=[_read_view(Entity, e) for e in _list(data, "entities")],
        )
    except (_Invalid, KeyError, TypeError, ValueError) as error:
        raise NewsbriefError(f"invalid {SCHEMA} briefing: {error}") from None


def briefing_from_json(text: str | bytes) -> Briefing:
    """Rebuild a :class:`~newsbrief.model.Briefing` from the JSON the ``json`` exporter wrote:
    ``briefing_from_json(export(b, "json")) == b``."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise NewsbriefError(f"not JSON: {error}") from None
    return briefing_from_dict(data)
