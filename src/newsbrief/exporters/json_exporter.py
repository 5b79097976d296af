"""The ``json`` exporter: the documented, versioned ``newsbrief.briefing/1`` format.

The format is described in ``docs/json-schema.md`` and by the JSON Schema shipped as
``newsbrief/data/briefing.schema.json``. Output is byte-stable: keys sorted, 2-space indent,
``ensure_ascii=False``, floats in their shortest exact form, a trailing newline.

:func:`briefing_from_json` reads the format back: ``briefing_from_json(to_json(b)) == b`` for
any briefing whose annotator sections hold the model's typed views and whose settings and
annotation attributes are plain JSON values.

Documents and summary items have a layout of their own (metadata flattened, source numbers
added), written and read here field by field; the typed views (stories, sources, notes,
timeline, dates, quotes, entities) are the model's attrs classes one for one, so `cattrs
<https://catt.rs>`_ writes and reads them from the classes themselves, strictly, with every
problem reported as a :class:`BriefingFormatError` naming its JSON path.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import importlib.resources
import json
import math
import re
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.exporters.common import EXPORTER_OPTIONS, cited_number, in_order, iso_date, lookup
from newsbrief.model import (
    Annotation,
    Briefing,
    CoverageNote,
    DateMention,
    Document,
    Entity,
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
from newsbrief.model.frozen import FrozenMap
from newsbrief.options import Option, OptionSpec

if TYPE_CHECKING:
    import cattrs

#: The format identifier written to ``"schema"``; bumped only for incompatible changes.
SCHEMA = "newsbrief.briefing/1"
#: Where the JSON Schema of :data:`SCHEMA` lives, inside the ``newsbrief`` package.
SCHEMA_RESOURCE = "data/briefing.schema.json"


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``newsbrief.briefing/1`` output validates
    against, as shipped in the package."""
    resource = importlib.resources.files("newsbrief").joinpath(SCHEMA_RESOURCE)
    return json.loads(resource.read_text(encoding="utf-8"))


class _Tiny(float):
    """A float under 1e-4, which orjson writes in a form of its own (``0.00001``, ``1e-6``):
    marked so :func:`_encoded` writes Python's text for it (``1e-05``, ``1e-06``)."""

    __slots__ = ()


def _number(value: float | None) -> float | None:
    # Not rounded: Python writes the shortest text that reads back as the same float, so scores
    # survive a round trip exactly. JSON has no NaN or infinity.
    if value is None or not math.isfinite(value):
        return None
    value = float(value)
    return _Tiny(value) if 0.0 < abs(value) < 1e-4 else value


def plain(value: Any) -> Any:
    """``value`` as plain JSON data: attrs classes and dataclasses become objects, dates ISO
    strings, tuples and sets arrays, floats rounded; anything else its ``str``."""
    kind = type(value)
    # The common cases first, by exact type (most of a briefing's values are these).
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is FrozenMap:
        # Annotation attributes: their dict directly (Mapping's generic items() is slow).
        return {str(key): plain(item) for key, item in value._data.items()}
    if kind is float:
        return _number(value)
    if isinstance(value, bool | int | str):
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
        # Strings (a parser's other values as plain() writes them: every float a _number).
        "extra": {k: v if type(v) is str else plain(v) for k, v in metadata.extra.items()},
    }


def _document(
    document: Document, include_text: bool, known: dict[int, Any] | None = None
) -> dict[str, Any]:
    """One document's JSON data; ``known``: the attribute maps written already (by
    :func:`_attributes`), shared by the documents of one export."""
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
    if known is None:
        data["annotations"] = [_annotation(a) for a in document.annotations]
        return data
    # ``_annotation(a, known)`` written out: a document holds dozens of annotations, most of
    # whose attribute maps were written already (a copy of their data each, ``_attributes``).
    data["annotations"] = [
        {
            "kind": a.kind,
            "start": a.start,
            "end": a.end,
            "text": a.text,
            "annotator": a.annotator,
            "attributes": (
                dict(found)
                if (found := known.get(id(a.attributes))) is not None and found is not _NESTED
                else _attributes(a.attributes, known)
            ),
        }
        for a in document.annotations
    ]
    return data


def _annotation(annotation: Annotation, known: dict[int, Any] | None = None) -> dict[str, Any]:
    return {
        "kind": annotation.kind,
        "start": annotation.start,
        "end": annotation.end,
        "text": annotation.text,
        "annotator": annotation.annotator,
        "attributes": _attributes(annotation.attributes, known),
    }


#: The types of a flat attribute map's plain values (each immutable).
_FLAT = frozenset({str, int, bool, float, _Tiny, type(None)})
#: In the ``known`` maps of :func:`_attributes`: a map whose plain data holds containers.
_NESTED = object()


def _attributes(attributes: Mapping[str, Any], known: dict[int, Any] | None) -> Any:
    """``plain(attributes)``; a flat map's data worked out once in ``known`` (by the map's id:
    annotators share equal maps, ``model.frozen.frozen_map``, and every map stays alive with
    the briefing while it is written), each annotation given its own copy."""
    if known is None:
        return plain(attributes)
    found = known.get(id(attributes))
    if found is None:
        data = plain(attributes)
        flat = all(type(value) in _FLAT for value in data.values())
        known[id(attributes)] = data if flat else _NESTED
        return dict(data) if flat else data
    return plain(attributes) if found is _NESTED else dict(found)


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
    # (``speaker`` only for a transcript's turn: other items are written as before.)
    spoken = {} if item.speaker is None else {"speaker": item.speaker}
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
        "source": lookup(briefing).source_number(sentence.doc_id, sentence.section),
        **spoken,
    }


def briefing_to_dict(
    briefing: Briefing,
    *,
    include_text: bool = True,
    title: str | None = None,
    sections: tuple[str, ...] | None = None,
    documents: bool = True,
) -> dict[str, Any]:
    """The ``newsbrief.briefing/1`` representation of ``briefing`` as plain JSON data.

    ``include_text`` keeps each document's original text (needed to rebuild the briefing);
    ``title`` overrides the briefing's title; ``sections`` names the sections to fill (the
    others are written as empty arrays so the shape never changes). Documents, settings and
    ``dates`` are always included (``documents=False``: ``"documents"`` left empty, for an
    encoder that writes them one at a time).
    """
    return {
        name: [] if name == "documents" and not documents else make()
        for name, make in _members(briefing, include_text, title, sections)
    }


def _members(
    briefing: Briefing, include_text: bool, title: str | None, sections: tuple[str, ...] | None
) -> list[tuple[str, Callable[[], Any]]]:
    """Each top-level member of :func:`briefing_to_dict`, made when called: an encoder can
    hold one at a time."""
    scalars: list[tuple[str, Callable[[], Any]]] = [
        ("schema", lambda: SCHEMA),
        ("title", lambda: title if title is not None else briefing.title),
        ("settings", lambda: plain(briefing.settings)),
    ]
    arrays = [
        (name, functools.partial(_made, items, make))
        for name, (items, make) in _arrays(briefing, include_text, sections).items()
    ]
    return scalars + arrays


def _made(items: Iterable[Any], make: Callable[[Any], Any]) -> list[Any]:
    return [make(item) for item in items]


def _arrays(
    briefing: Briefing, include_text: bool, sections: tuple[str, ...] | None
) -> dict[str, tuple[Sequence[Any], Callable[[Any], Any]]]:
    """Each array member of :func:`briefing_to_dict`: the model's items it holds (none for a
    section not asked for) and what makes one item's JSON data, so an encoder can write it
    item by item."""
    wanted = set(sections) if sections is not None else None

    def kept(name: str, items: Sequence[Any]) -> Sequence[Any]:
        return items if wanted is None or name in wanted else ()

    return {
        "documents": (
            briefing.documents,
            functools.partial(_document, include_text=include_text, known={}),
        ),
        # The typed views are written field for field as the model has them (cattrs).
        "stories": (kept("stories", briefing.stories), _write_view),
        "summary": (kept("summary", briefing.summary), functools.partial(_item, briefing)),
        "sources": (kept("sources", briefing.sources), _write_view),
        "notes": (kept("notes", briefing.notes), _write_view),
        "timeline": (kept("timeline", briefing.timeline), _write_view),
        "dates": (briefing.dates, _write_view),
        "quotes": (kept("quotes", briefing.quotes), _write_view),
        "entities": (kept("entities", briefing.entities), _write_view),
    }


def briefing_json(
    briefing: Briefing,
    *,
    include_text: bool = True,
    title: str | None = None,
    sections: tuple[str, ...] | None = None,
) -> str:
    """``dumps(briefing_to_dict(briefing, ...))``, without ever holding the whole dictionary.

    The documents (most of the output: their text, sentences and annotations) are made into
    JSON data and encoded one at a time, into one growing buffer, so memory holds the output
    about twice (its UTF-8 bytes, then the text) instead of its dictionary too (about five
    times its size). The text is the same, byte for byte. :func:`write_briefing_json` writes
    the same text to a file without holding it at all.
    """
    settings: dict[str, Any] = {"include_text": include_text, "title": title, "sections": sections}
    try:
        out = bytearray()
        for piece in _pieces(briefing, **settings):
            out += piece
        return out.decode("utf-8")
    except TypeError:
        # What orjson cannot write as the json module does (a lone surrogate in a value):
        # the reference encoder, on the whole dictionary.
        return _reference(briefing_to_dict(briefing, **settings))


def write_briefing_json(
    briefing: Briefing,
    out: BinaryIO,
    *,
    include_text: bool = True,
    title: str | None = None,
    sections: tuple[str, ...] | None = None,
) -> None:
    """Write :func:`briefing_json`'s text to ``out`` as UTF-8, one document at a time, so the
    output is never held whole (at 10,000 articles it is about 240 MB, held twice).

    The bytes are ``briefing_json(...)`` encoded as the command line writes text: lone
    surrogates (which a plugin's value could hold) become U+FFFD, so the output is always
    valid UTF-8. A piece orjson refuses is written by the json module on its own: inside the
    whole output, that piece's text is the same (a JSON value's text, indented, does not
    depend on what surrounds it, and no replaced surrogate reaches across the ASCII
    separators between pieces).
    """

    def by_reference(data: Any) -> bytes:
        return utf8_bytes(_reference(data)[:-1])  # without the final newline

    for piece in _pieces(
        briefing,
        include_text=include_text,
        title=title,
        sections=sections,
        refused=by_reference,
    ):
        out.write(piece)


def utf8_bytes(text: str) -> bytes:
    """``text`` as UTF-8, every lone surrogate (from a plugin, or a JSON escape that slipped
    through) replaced by U+FFFD: bytes every reader accepts, never an encoder traceback."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (
            text.encode("utf-8", errors="surrogatepass")
            .decode("utf-8", errors="replace")
            .encode("utf-8")
        )


#: Items of an array member (other than the documents) made and encoded together: one orjson
#: call for many small items, yet a bounded piece of the output at a time. An item with
#: mentions (an entity) counts one more per mention: a name in every article is one item.
ITEMS_PER_PIECE = 256


def _pieces(
    briefing: Briefing,
    *,
    include_text: bool,
    title: str | None,
    sections: tuple[str, ...] | None,
    refused: Callable[[Any], bytes] | None = None,
) -> Iterator[bytes]:
    """The UTF-8 pieces of :func:`briefing_json`'s text, in order: each scalar member of the
    object, each document, and the other arrays' items a few hundred at a time.

    A piece orjson cannot write as the json module does raises TypeError, or with ``refused``
    is written by it.
    """

    def encoded(data: dict[str, Any] | list[Any]) -> bytes:
        try:
            return _encoded(data, marked=True)
        except TypeError:
            if refused is None:
                raise
            return refused(data)

    # The object's members in key order, each made and encoded on its own: ``{"key": value}``
    # encoded at depth 0 is ``{``, the member's lines as they are inside the whole object, and
    # ``}``. The arrays (dates, entities and the documents above all: most of the output)
    # are written item by item, never made whole: a JSON value's text, indented, depends only
    # on its depth, so an item encoded at depth 0 and shifted is its text inside the whole.
    arrays = _arrays(briefing, include_text, sections)
    members = sorted(_members(briefing, include_text, title, sections), key=lambda m: m[0])
    for number, (name, make) in enumerate(members):
        start = b"{\n" if number == 0 else b",\n"
        if name not in arrays:
            yield start + encoded({name: make()})[2:-2]
            continue
        items, make_item = arrays[name]
        yield start + b'  "' + name.encode("ascii") + b'": ['
        if name == "documents":
            for rank, document in enumerate(items):
                # Encoded at depth 0, shifted to depth 2 (inside the object, inside the array).
                part = encoded(make_item(document))
                yield (b",\n    " if rank else b"\n    ") + part.replace(b"\n", b"\n    ")
        else:
            for first, chunk in enumerate(_pieces_of(items, make_item)):
                # ``[\n  item,\n  item\n]`` at depth 0: the items, shifted two levels more.
                part = encoded(chunk)[2:-2]
                yield (b",\n  " if first else b"\n  ") + part.replace(b"\n", b"\n  ")
                del chunk, part
        yield b"\n  ]" if items else b"]"
    yield b"\n}\n"


def _pieces_of(items: Sequence[Any], make_item: Callable[[Any], Any]) -> Iterator[list[Any]]:
    """The JSON data of ``items``, a list per piece of about :data:`ITEMS_PER_PIECE` items
    (an item counted once more per mention it holds)."""
    chunk: list[Any] = []
    weight = 0
    for item in items:
        chunk.append(make_item(item))
        mentions = getattr(item, "mentions", None)
        weight += 1 + (len(mentions) if isinstance(mentions, Sized) else 0)
        if weight >= ITEMS_PER_PIECE:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def dumps(data: Any) -> str:
    """Encode plain JSON data the one stable way: sorted keys, 2-space indent, final newline.

    The text is that of ``json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True,
    allow_nan=False) + "\\n"`` for any data that call accepts, written by orjson where it
    can (ten to thirty times faster; see :func:`_encoded`), and data it refuses raise the
    same error here, except a float NaN or infinity, written ``null`` as :func:`plain` writes
    it (a briefing's data never holds one).
    """
    try:
        if isinstance(data, dict | list):
            return (_encoded(data) + b"\n").decode("utf-8")
    except TypeError:
        pass  # orjson refused the value: the json module says what is wrong with it, or not
    return _reference(data)


def _reference(data: Any) -> str:
    """The definition of the format's bytes (the pure-Python encoder: slow, about 1 us a value)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


# orjson writes what ``_reference`` writes (same escapes, separators, indentation, key order
# for keys without lone surrogates, shortest float digits) except a float between 1e-10 and
# 1e-4, which it writes as ``0.00001`` or ``1e-6`` where Python writes ``1e-05`` and ``1e-06``
# (the exponent padded). Whatever orjson cannot write as the json module does -- a lone
# surrogate, an integer over 64 bits, a key that is not a string, a float or tuple subclass,
# a dataclass or date, very deep nesting -- raises TypeError and goes to ``_reference``.
_TINY_PARTS = (b"0.0000", b"e-5", b"e-6", b"e-7", b"e-8", b"e-9")
_TINY_FLOAT = re.compile(rb" -?(?:0\.0000[0-9]|[0-9](?:\.[0-9]+)?e-[5-9][,\n\]}])")


def _encoded(data: dict[str, Any] | list[Any], *, marked: bool = False) -> bytes:
    """``data`` (an object or array) as ``_reference`` writes it, as UTF-8 without the final
    newline, written by orjson; raises TypeError for what orjson cannot write the same way.

    ``marked``: every float of ``data`` under 1e-4 is a :class:`_Tiny` (``data`` was made by
    :func:`briefing_to_dict`, whose floats are all :func:`_number`'s), so the output need not
    be searched for orjson's forms of them.
    """
    import orjson

    options = (
        orjson.OPT_INDENT_2
        | orjson.OPT_SORT_KEYS
        | orjson.OPT_PASSTHROUGH_DATACLASS
        | orjson.OPT_PASSTHROUGH_DATETIME
    )
    out = orjson.dumps(data, default=_refuse, option=options)
    # A number in orjson's own form of a tiny float, or text that looks like one (``": 1e-6,"``
    # inside a string): written again with those floats as Python writes them. (Plain
    # substring searches first: the pattern alone costs six times the encoding.)
    if not marked and any(part in out for part in _TINY_PARTS) and _TINY_FLOAT.search(out):
        out = orjson.dumps(_tiny_floats_as_python(data), default=_refuse, option=options)
    return out


def _refuse(value: Any) -> Any:
    # orjson's hook for values it does not know: a float subclass (a _Tiny, a NumPy float) is
    # written as the json module writes it (float.__repr__); anything else is left to it.
    if isinstance(value, float) and math.isfinite(value):
        return _fragment(float.__repr__(value))
    raise TypeError(type(value).__name__)


def _fragment(text: str) -> Any:
    import orjson

    return orjson.Fragment(text.encode("ascii"))


def _tiny_floats_as_python(value: Any) -> Any:
    """``value`` with every float under 1e-4 replaced by Python's text for it."""

    if type(value) is float:
        if 0.0 < abs(value) < 1e-4:
            return _fragment(repr(value))
        return value
    if isinstance(value, dict):
        return {key: _tiny_floats_as_python(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        # Arrays both ways (a tuple subclass would go to the json module otherwise: same text).
        return [_tiny_floats_as_python(item) for item in value]
    return value


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
    extensions: tuple[str, ...] = (".json",)
    #: :meth:`write` writes the output piece by piece (``StreamingExporter``).
    streams = True
    #: ``title``, ``sections``, ``locale`` (checked, unused: JSON dates stay ISO 8601) and
    #: ``include_text``.
    options = EXPORTER_OPTIONS + OptionSpec(
        Option(
            "include_text",
            bool,
            True,
            "Include each document's original text (needed to rebuild the briefing).",
        )
    )

    def export(self, briefing: Briefing, options: Mapping[str, Any]) -> str:
        """Render ``briefing`` as ``newsbrief.briefing/1`` JSON (a newline-terminated string)."""
        return briefing_json(briefing, **self.settings(options))

    def write(self, briefing: Briefing, options: Mapping[str, Any], out: BinaryIO) -> None:
        """Write :meth:`export`'s text to ``out`` as UTF-8, a document at a time
        (:func:`write_briefing_json`)."""
        write_briefing_json(briefing, out, **self.settings(options))

    def settings(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments of :func:`briefing_to_dict` that ``options`` ask for
        (checked; :class:`~newsbrief.options.OptionError` names a bad one)."""
        chosen = self.options.parse(options, f"{self.name} exporter")
        return {
            "include_text": chosen["include_text"],
            "title": chosen["title"],
            "sections": in_order(chosen["sections"]),
        }


# --- reading it back -------------------------------------------------------------------------

#: Deepest nesting of arrays and objects read back; checked on the text before it is parsed
#: (a briefing nests about eight levels; annotation attributes add a few).
MAX_JSON_DEPTH = 100


class BriefingFormatError(NewsbriefError, ValueError):
    """The data is not a readable ``newsbrief.briefing/1`` briefing.

    ``str(error)`` names the place as a JSON path (``$.summary[2].doc_id``) and the reason;
    :attr:`path` holds the path alone.
    """

    def __init__(self, message: str, path: str = "") -> None:
        where = f" at {path}" if path else ""
        super().__init__(f"invalid {SCHEMA} briefing{where}: {message}")
        #: Where in the data the problem is (``""``: the data as a whole).
        self.path = path


class _Invalid(Exception):
    """Internal: the value at ``path`` is not what the format says."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _object(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _Invalid(f"expected an object, got {_kind(value)}", path)
    return value


def _get(data: Any, key: str, path: str, default: Any = ...) -> Any:
    data = _object(data, path)
    if key in data:
        return data[key]
    if default is ...:
        raise _Invalid(f"missing field {key!r}", path)
    return default


def _list(data: Any, key: str, path: str) -> list[tuple[str, Any]]:
    # Absent arrays read as empty: a /1 file from an older newsbrief lacks the newer ones.
    value = _get(data, key, path, [])
    if not isinstance(value, list):
        raise _Invalid(f"field {key!r} must be an array, got {_kind(value)}", f"{path}.{key}")
    return [(f"{path}.{key}[{index}]", item) for index, item in enumerate(value)]


def _str(data: Any, key: str, path: str, default: Any = ...) -> Any:
    value = _get(data, key, path, default)
    if value is None and default is None:
        return None
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_kind(value)}", f"{path}.{key}")
    return value


def _int(data: Any, key: str, path: str, default: Any = ...) -> int:
    value = _get(data, key, path, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _Invalid(f"expected a whole number of at least 0, got {value!r:.40}", f"{path}.{key}")
    return value


def _float(data: Any, key: str, path: str, default: Any = ...) -> float:
    # null stands for a value that was not finite.
    value = _get(data, key, path, default)
    if value is None:
        return math.nan
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _Invalid(f"expected a number, got {_kind(value)}", f"{path}.{key}")
    return float(value)


def _span(data: Any, path: str, text: str) -> tuple[int, int]:
    start, end = _int(data, "start", path), _int(data, "end", path)
    if not start <= end <= len(text):
        raise _Invalid(f"span {start}-{end} is not inside the text ({len(text)} characters)", path)
    return start, end


def _read_date(data: Any, key: str, path: str) -> dt.date | None:
    value = _str(data, key, path, None)
    try:
        return None if value is None else dt.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"not an ISO date: {value!r:.40}", f"{path}.{key}") from None


def _read_metadata(data: Any, path: str) -> Metadata:
    extra = _get(data, "extra", path, {})
    if not isinstance(extra, Mapping) or not all(isinstance(v, str) for v in extra.values()):
        raise _Invalid("expected an object of strings", f"{path}.extra")
    return Metadata(
        title=_str(data, "title", path, None),
        outlet=_str(data, "outlet", path, None),
        author=_str(data, "author", path, None),
        published=_read_date(data, "published", path),
        url=_str(data, "url", path, None),
        language=_str(data, "language", path, None),
        source_path=_str(data, "path", path, None),
        encoding=_str(data, "encoding", path, None),
        sha256=_str(data, "sha256", path, None),
        distributor=_str(data, "distributor", path, None),
        extra=extra,
    )


def _read_kind(data: Any, path: str, default: Any = ...) -> str:
    # Any string: plugins may name kinds of their own (SpanKind lists the built-in ones).
    return _str(data, "kind", path, default)


def _read_document(data: Any, path: str) -> Document:
    doc_id = _str(data, "id", path)
    if not doc_id:
        raise _Invalid("a document id must not be empty", f"{path}.id")
    text = _get(data, "text", path, None)
    if text is None:
        raise _Invalid(
            f"document {doc_id!r} has no 'text' (written with include_text=false), so it "
            "cannot be rebuilt",
            path,
        )
    text = _str(data, "text", path)
    sentences = []
    for position, (where, item) in enumerate(_list(data, "sentences", path)):
        start, end = _span(item, where, text)
        sentences.append(
            Sentence(
                doc_id,
                _int(item, "index", where, position),
                start,
                end,
                text[start:end],
                section=_int(item, "section", where, 0),
                paragraph=_int(item, "paragraph", where, 0),
            )
        )
    annotations = []
    for where, item in _list(data, "annotations", path):
        start, end = _span(item, where, text)
        attributes = _get(item, "attributes", where, {})
        _object(attributes, f"{where}.attributes")
        annotations.append(
            Annotation(
                kind=_str(item, "kind", where),
                start=start,
                end=end,
                text=_str(item, "text", where, None) or text[start:end],
                annotator=_str(item, "annotator", where, ""),
                attributes=attributes,
            )
        )
    return Document(
        id=doc_id,
        text=text,
        metadata=_read_metadata(data, path),
        sections=[
            Section(*_span(s, where, text), _read_metadata(s, where))
            for where, s in _list(data, "sections", path)
        ],
        removed=[
            Span(*_span(s, where, text), _read_kind(s, where))
            for where, s in _list(data, "removed", path)
        ],
        headings=[
            Span(*_span(s, where, text), _read_kind(s, where, SpanKind.HEADING.value))
            for where, s in _list(data, "headings", path)
        ],
        sentences=sentences,
        annotations=annotations,
    )


def _read_item(data: Any, path: str, documents: Mapping[str, Document]) -> SummaryItem:
    doc_id = _known(_str(data, "doc_id", path), documents, f"{path}.doc_id")
    text = documents[doc_id].text
    start, end = _span(data, path, text)
    quoted = _str(data, "text", path)
    if quoted != text[start:end]:
        raise _Invalid(f"the text is not document {doc_id!r}'s text at {start}-{end}", path)
    sentence = Sentence(
        doc_id,
        _int(data, "index", path),
        start,
        end,
        quoted,
        section=_int(data, "section", path, 0),
        paragraph=_int(data, "paragraph", path, 0),
    )
    refs = [
        SourceRef(
            _known(_str(ref, "doc_id", where), documents, f"{where}.doc_id"),
            _int(ref, "start", where),
            _int(ref, "end", where),
            _float(ref, "similarity", where, 1.0),
        )
        for where, ref in _list(data, "supported_by", path)
    ]
    return SummaryItem(
        sentence,
        _float(data, "score", path),
        supported_by=refs,
        story=_str(data, "story", path, None),
        speaker=_str(data, "speaker", path, None),
    )


def _known(doc_id: str, documents: Mapping[str, Document], path: str) -> str:
    if doc_id not in documents:
        raise _Invalid(f"no document has the id {doc_id!r:.80}", path)
    return doc_id


def _check_references(key: str, views: list[Any], documents: Mapping[str, Document]) -> None:
    """Every document id the views of ``$.key`` name must be one of the briefing's documents
    (a source, story, timeline entry... pointing nowhere would break every exporter)."""
    for index, view in enumerate(views):
        where = f"$.{key}[{index}]"
        if isinstance(view, Story):
            named = [(f"{where}.documents[{i}]", d) for i, d in enumerate(view.documents)]
        elif isinstance(view, CoverageNote):
            named = [(f"{where}.doc_ids[{i}]", d) for i, d in enumerate(view.doc_ids)]
        elif isinstance(view, Entity):
            named = [
                (f"{where}.mentions[{i}].doc_id", m.doc_id) for i, m in enumerate(view.mentions)
            ]
        else:
            named = [(f"{where}.doc_id", view.doc_id)]
        for path, doc_id in named:
            _known(doc_id, documents, path)


# --- typed views: stories, sources, notes, timeline, dates, quotes, entities -----------------
# Their JSON objects are the model's fields one for one, so cattrs reads and writes them from the
# attrs classes themselves: a field a later release (or a plugin's view) adds needs no code here.
# Reading is strict where cattrs' own hooks convert (``5`` to ``"5"``, the string ``"ab"`` to
# ``("a", "b")``), and every problem comes back as one :class:`_Invalid` naming its JSON path.


@functools.cache
def _views() -> cattrs.Converter:
    """The converter of the typed views (built on first use: ``import newsbrief`` stays light)."""
    import cattrs
    from cattrs.errors import IterableValidationError, IterableValidationNote
    from cattrs.gen import make_dict_structure_fn

    converter = cattrs.Converter(detailed_validation=True)

    def strict(kind: type | tuple[type, ...], name: str) -> Callable[[Any, Any], Any]:
        def structure(value: Any, _: Any) -> Any:
            # A bool is an int to Python but never a number to the format.
            if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
                raise _Invalid(f"expected {name}, got {_kind(value)}", "")
            return value

        return structure

    def sequence(cls: Any) -> Callable[[Any, Any], Any]:
        item = (typing.get_args(cls) or (Any,))[0]

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _Invalid(f"expected an array, got {_kind(value)}", "")
            items = []
            for index, element in enumerate(value):
                try:
                    items.append(converter.structure(element, item))
                except Exception as error:
                    note = IterableValidationNote(f"@ index {index}", index, item)
                    error.__notes__ = [*getattr(error, "__notes__", []), note]
                    raise IterableValidationError("in an array", [error], cls) from None
            return tuple(items)

        return structure

    def view(cls: type) -> Callable[[Any, Any], Any]:
        fields: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(cls, converter)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, Mapping):
                raise _Invalid(f"expected a {cls.__name__} object, got {_kind(value)}", "")
            return fields(value, cls)

        return structure

    # Numbers written as plain() writes them: shortest exact form, null when not finite.
    converter.register_unstructure_hook(float, _number)
    converter.register_structure_hook(str, strict(str, "a string"))
    converter.register_structure_hook(int, strict(int, "a whole number"))
    converter.register_structure_hook(float, strict((int, float), "a number"))
    converter.register_structure_hook(bool, strict(bool, "a boolean"))
    converter.register_structure_hook_factory(_is_sequence, sequence)
    converter.register_structure_hook_factory(attrs.has, view)
    return converter


def _is_sequence(cls: Any) -> bool:
    """Whether a field annotation is ``tuple[...]`` or ``list[...]``."""
    origin: Any = typing.get_origin(cls)
    return origin is tuple or origin is list


def _located(error: BaseException, path: str) -> _Invalid:
    """The first problem of cattrs' tree of errors ``error``, at its JSON path."""
    from cattrs.errors import (
        AttributeValidationNote,
        ClassValidationError,
        IterableValidationError,
        IterableValidationNote,
    )

    if isinstance(error, ClassValidationError | IterableValidationError):
        inner = error.exceptions[0]
        for note in getattr(inner, "__notes__", []):
            if isinstance(note, AttributeValidationNote):
                if isinstance(inner, KeyError):
                    return _Invalid(f"{error.cl.__name__} lacks field {note.name!r}", path)
                return _located(inner, f"{path}.{note.name}")
            if isinstance(note, IterableValidationNote):
                return _located(inner, f"{path}[{note.index}]")
        return _located(inner, path)
    if isinstance(error, _Invalid):
        return _Invalid(error.message, path + error.path)
    return _Invalid(str(error) or type(error).__name__, path)


def _read_views(cls: type, data: Any, key: str) -> list[Any]:
    """The ``$.key`` array of ``cls`` views: the fields the class has are read and type-checked
    (missing ones take their default), fields it does not know are ignored."""
    from cattrs.errors import BaseValidationError

    read: list[Any] = []
    for where, item in _list(data, key, "$"):
        try:
            read.append(_views().structure(item, cls))
        except (_Invalid, BaseValidationError) as error:
            raise _located(error, where) from None
    return read


def _write_view(view: Any) -> Any:
    """One typed view as its JSON object; anything else as :func:`plain` writes it."""
    return _views().unstructure(view) if attrs.has(type(view)) else plain(view)


def briefing_from_dict(data: Mapping[str, Any]) -> Briefing:
    """Rebuild a :class:`~newsbrief.model.Briefing` from ``newsbrief.briefing/1`` data.

    The documents must carry their ``text`` (the default when exporting). Fields this version
    does not know are ignored, as the evolution rule in ``docs/json-schema.md`` asks; the
    fields it knows are type-checked, document ids must be unique, spans must lie inside their
    document's text, and each summary sentence must name a document and quote it verbatim.
    Raises :class:`BriefingFormatError` (a :class:`~newsbrief.errors.NewsbriefError` and a
    :class:`ValueError`) naming the JSON path of what is wrong.
    """
    schema = data.get("schema") if isinstance(data, Mapping) else None
    if schema != SCHEMA:
        raise BriefingFormatError(f"not a {SCHEMA} briefing (its schema is {schema!r:.80})")
    try:
        documents: dict[str, Document] = {}
        for where, item in _list(data, "documents", "$"):
            document = _read_document(item, where)
            if document.id in documents:
                raise _Invalid(f"a second document with the id {document.id!r:.80}", where)
            documents[document.id] = document
        settings = _get(data, "settings", "$", {})
        _object(settings, "$.settings")
        summary = [_read_item(i, where, documents) for where, i in _list(data, "summary", "$")]

        def views(cls: type, key: str) -> list[Any]:
            read = _read_views(cls, data, key)
            _check_references(key, read, documents)
            return read

        return Briefing(
            documents=list(documents.values()),
            stories=views(Story, "stories"),
            summary=summary,
            sources=views(Source, "sources"),
            notes=views(CoverageNote, "notes"),
            title=_str(data, "title", "$", None),
            settings=settings,
            timeline=views(TimelineEntry, "timeline"),
            dates=views(DateMention, "dates"),
            quotes=views(Quote, "quotes"),
            entities=views(Entity, "entities"),
        )
    except _Invalid as error:
        raise BriefingFormatError(error.message, error.path) from None
    except (KeyError, TypeError, ValueError) as error:
        # A model invariant the checks above did not foresee: still one clear line.
        raise BriefingFormatError(str(error) or type(error).__name__) from None


def json_depth(text: str) -> int:
    """How deeply arrays and objects nest in the JSON ``text``, without parsing it.

    Strings are cut out first (a bracket inside one does not count); the rest is a running
    sum over the brackets, done in NumPy so a megabyte costs milliseconds. An unterminated
    string is cut out to the end of the text, which fails to parse anyway.
    """
    import re

    import numpy as np

    # An unterminated string runs to the end: a pattern that failed there would be retried from
    # every later quote mark, quadratic on a quote mark followed by escaped ones.
    bare = re.sub(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', "", text, flags=re.DOTALL)
    codes = np.frombuffer(bare.encode("utf-8", errors="surrogatepass"), dtype=np.uint8)
    steps = np.zeros(256, dtype=np.int8)
    steps[[ord("["), ord("{")]] = 1
    steps[[ord("]"), ord("}")]] = -1
    running = np.cumsum(steps[codes], dtype=np.int64)
    return int(running.max()) if running.size else 0


def briefing_from_json(text: str | bytes) -> Briefing:
    """Rebuild a :class:`~newsbrief.model.Briefing` from the JSON the ``json`` exporter wrote:
    ``briefing_from_json(export(b, "json")) == b``.

    Raises :class:`BriefingFormatError` for text that is not JSON, nests deeper than
    :data:`MAX_JSON_DEPTH` (checked before parsing) or is not a valid briefing.
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise BriefingFormatError(f"not JSON: not UTF-8 ({error.reason})") from None
    if not isinstance(text, str):
        raise BriefingFormatError(f"not JSON: expected text, got {type(text).__name__}")
    depth = json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise BriefingFormatError(
            f"not JSON this reader accepts: nested {depth:,} levels deep, over the "
            f"{MAX_JSON_DEPTH}-level limit"
        )
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise BriefingFormatError(f"not JSON: {error}") from None
    return briefing_from_dict(data)
