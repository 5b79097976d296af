"""Helpers shared by the built-in exporters: options, citations, dates and the section outline.

The markdown and text exporters render the same :class:`Block` outline, so what a briefing
says (which sections, which citations, which dates) is decided once, here; each exporter only
decides how it looks.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.exporters.base import Exporter
from newsbrief.model import Briefing, Document, Source, SummaryItem

#: Section names accepted by the ``sections`` option, in the order they are rendered.
SECTIONS: tuple[str, ...] = (
    "summary",
    "sources",
    "stories",
    "notes",
    "timeline",
    "quotes",
    "entities",
)

#: Options every built-in exporter accepts.
COMMON_OPTIONS: frozenset[str] = frozenset({"title", "sections"})

_HEADINGS = {
    "summary": "Summary",
    "sources": "Sources",
    "stories": "Stories",
    "notes": "Coverage notes",
    "timeline": "Timeline",
    "quotes": "Key quotes",
    "entities": "People & organisations",
}

# Shown when a core section has nothing in it, so the outline keeps the same shape.
_EMPTY = {
    "summary": "No sentences were selected.",
    "sources": "No sources.",
    "stories": "No stories were grouped.",
    "notes": "No coverage notes.",
}

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def builtin_exporters() -> list[Exporter]:
    """Fresh instances of the built-in exporters: ``markdown`` (the default), ``json``, ``text``."""
    # Imported here because the exporter modules import this one.
    from newsbrief.exporters.json_exporter import JsonExporter
    from newsbrief.exporters.markdown import MarkdownExporter
    from newsbrief.exporters.text import TextExporter

    return [MarkdownExporter(), JsonExporter(), TextExporter()]


# --- options -------------------------------------------------------------------------------


def check_options(exporter: str, options: Mapping[str, Any], own: Iterable[str] = ()) -> None:
    """Reject option keys that neither ``exporter`` nor every exporter understands."""
    known = COMMON_OPTIONS | frozenset(own)
    for key in sorted(map(str, options)):
        if key not in known:
            raise NewsbriefError(
                f"{exporter} exporter: unknown option {key!r} (known: {', '.join(sorted(known))})"
            )


def selected_sections(exporter: str, options: Mapping[str, Any]) -> tuple[str, ...]:
    """The sections to render, from the ``sections`` option (comma list or iterable)."""
    value = options.get("sections")
    if value is None:
        return SECTIONS
    names = value.split(",") if isinstance(value, str) else [str(name) for name in value]
    wanted = {name.strip().lower() for name in names if name.strip()}
    unknown = sorted(wanted.difference(SECTIONS))
    if unknown:
        raise NewsbriefError(
            f"{exporter} exporter: unknown section {unknown[0]!r} in option 'sections' "
            f"(known: {', '.join(SECTIONS)})"
        )
    return tuple(name for name in SECTIONS if name in wanted)


def bool_option(exporter: str, options: Mapping[str, Any], key: str, default: bool) -> bool:
    """A boolean option given as a Python bool or a string such as ``true``/``no``/``0``."""
    value = options.get(key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise NewsbriefError(
        f"{exporter} exporter: option {key!r} must be true or false, not {value!r}"
    )


def int_option(
    exporter: str, options: Mapping[str, Any], key: str, default: int, minimum: int
) -> int:
    """An integer option of at least ``minimum``, given as an int or a decimal string."""
    value = options.get(key)
    if value is None:
        return default
    try:
        # bool is an int subclass, but ``width=True`` is a mistake, not a number.
        number = None if isinstance(value, bool) else int(str(value).strip())
    except ValueError:
        number = None
    if number is None or number < minimum:
        raise NewsbriefError(
            f"{exporter} exporter: option {key!r} must be an integer of at least {minimum}, "
            f"not {value!r}"
        )
    return number


# --- what the briefing says ----------------------------------------------------------------


def article_count(briefing: Briefing) -> int:
    """How many articles the briefing draws on: its sources, or its documents without a list."""
    return len(briefing.sources) or len(briefing.documents)


def briefing_title(briefing: Briefing, options: Mapping[str, Any]) -> str:
    """The ``title`` option, else the briefing's title, else ``Briefing: N articles``."""
    for title in (options.get("title"), briefing.title):
        if title is not None and str(title).strip():
            return str(title)
    count = article_count(briefing)
    return f"Briefing: {count} article{'' if count == 1 else 's'}"


def iso_date(value: Any) -> str | None:
    """An ISO ``YYYY-MM-DD`` string for a date (or datetime); strings pass through."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        # A datetime is a date too; the model promises a day, so keep only the day.
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def published_dates(briefing: Briefing) -> list[str]:
    """Distinct publication dates, sorted: from the sources, else from the documents."""
    dates = {source.published for source in briefing.sources if source.published}
    if not dates:
        for document in briefing.documents:
            metadatas = [document.metadata, *(section.metadata for section in document.sections)]
            dates.update(iso_date(m.published) for m in metadatas if m.published is not None)
    return sorted(date for date in dates if date)


def date_range(briefing: Briefing) -> str | None:
    """``2024-03-01`` or ``2024-03-01 to 2024-03-04``; ``None`` when no date is known."""
    dates = published_dates(briefing)
    if not dates:
        return None
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"


def overview(briefing: Briefing) -> str:
    """The line under the title: how many articles, published when."""
    count = article_count(briefing)
    line = f"{count} article{'' if count == 1 else 's'}"
    span = date_range(briefing)
    return display(f"{line}, published {span}" if span else line)


def section_index(document: Document, offset: int) -> int:
    """Index of the section of ``document`` holding ``offset`` (0 when none does)."""
    for index, section in enumerate(document.sections):
        if section.start <= offset < section.end:
            return index
    return 0


def cited_number(briefing: Briefing, doc_id: str, offset: int | None) -> int | None:
    """The source number for a position in a document (its first section when unknown)."""
    try:
        document = briefing.document(doc_id)
    except KeyError:
        return briefing.source_number(doc_id)
    section = 0 if offset is None else section_index(document, offset)
    return briefing.source_number(doc_id, section)


def item_citations(briefing: Briefing, item: SummaryItem) -> tuple[int, ...]:
    """``[n]`` numbers for a summary item: its own source first, then supporting sources."""
    sentence = item.sentence
    own = briefing.source_number(sentence.doc_id, sentence.section)
    others = {cited_number(briefing, ref.doc_id, ref.start) for ref in item.supported_by}
    others.discard(None)
    others.discard(own)
    head = () if own is None else (own,)
    return head + tuple(sorted(n for n in others if n is not None))


def document_citations(briefing: Briefing, doc_ids: Iterable[str]) -> tuple[int, ...]:
    """Every source number belonging to any of ``doc_ids``, ascending."""
    wanted = set(doc_ids)
    return tuple(sorted({s.number for s in briefing.sources if s.doc_id in wanted}))


def element_field(element: Any, name: str) -> Any:
    """Field ``name`` of an annotator element, whether it is a mapping or an object."""
    if isinstance(element, Mapping):
        return element.get(name)
    return getattr(element, name, None)


def display(text: str) -> str:
    """Article text for one rendered line: whitespace runs collapsed, control characters made
    visible as U+FFFD so that nothing in an article can drive a terminal or break a line."""
    text = " ".join(text.split())
    if text.isprintable():
        return text
    return "".join("\ufffd" if unicodedata.category(c) == "Cc" else c for c in text)


# --- the outline both prose exporters render -----------------------------------------------


@attrs.frozen
class Entry:
    """One item of a rendered section, as plain text; exporters add markup and escaping."""

    #: The item's text (article text already passed through :func:`display`).
    text: str
    #: Source numbers to cite after the text.
    citations: tuple[int, ...] = ()
    #: A lead-in shown before the text (a story id, a date), or ``None``.
    lead: str | None = None
    #: A URL or path shown after the text, or ``None``.
    link: str | None = None
    #: The item's own number (for the source list), or ``None``.
    number: int | None = None


@attrs.frozen
class Block:
    """A titled section of the briefing."""

    #: Section name, one of :data:`SECTIONS`.
    key: str
    #: Human-readable heading.
    heading: str
    #: The section's items (empty means the ``empty`` message is shown instead).
    entries: tuple[Entry, ...] = ()
    #: What to say when there are no entries.
    empty: str = ""


def _summary(briefing: Briefing) -> list[Entry]:
    return [
        Entry(display(item.sentence.text), item_citations(briefing, item))
        for item in briefing.summary
    ]


def _source_entry(source: Source) -> Entry:
    parts = [source.outlet, source.author, source.published]
    if source.title:
        parts.append(f"“{source.title}”")
    text = ", ".join(display(part) for part in parts if part) or display(source.doc_id)
    link = source.url or source.path
    return Entry(text, link=display(link) if link else None, number=source.number)


def _stories(briefing: Briefing) -> list[Entry]:
    entries = []
    for story in briefing.stories:
        text = display(story.label or ", ".join(story.documents))
        if story.shared_terms:
            text += f" (shared: {display(', '.join(story.shared_terms))})"
        cited = document_citations(briefing, story.documents)
        entries.append(Entry(text, cited, lead=display(story.id)))
    return entries


def _notes(briefing: Briefing) -> list[Entry]:
    return [
        Entry(display(note.message), document_citations(briefing, note.doc_ids))
        for note in briefing.notes
    ]


def _element_citations(briefing: Briefing, element: Any) -> tuple[int, ...]:
    doc_id = element_field(element, "doc_id")
    if not isinstance(doc_id, str):
        return ()
    start = element_field(element, "start")
    number = cited_number(briefing, doc_id, start if isinstance(start, int) else None)
    return () if number is None else (number,)


def _timeline(briefing: Briefing) -> list[Entry]:
    entries = []
    for element in briefing.timeline:
        text = element_field(element, "text")
        if text is None:
            continue
        date = iso_date(element_field(element, "date"))
        lead = display(date) if date else None
        entries.append(Entry(display(str(text)), _element_citations(briefing, element), lead))
    return entries


def _quotes(briefing: Briefing) -> list[Entry]:
    entries = []
    for element in briefing.quotes:
        text = element_field(element, "text")
        if text is None:
            continue
        line = f"“{display(str(text))}”"
        speaker = element_field(element, "speaker")
        if speaker:
            line += f" — {display(str(speaker))}"
        date = iso_date(element_field(element, "date"))
        if date:
            line += f" ({display(date)})"
        entries.append(Entry(line, _element_citations(briefing, element)))
    return entries


def _entities(briefing: Briefing) -> list[Entry]:
    entries = []
    for element in briefing.entities:
        name = element_field(element, "name") or element_field(element, "text")
        if name is None:
            continue
        kind = element_field(element, "type")
        line = display(str(name)) + (f" ({display(str(kind))})" if kind else "")
        entries.append(Entry(line, _element_citations(briefing, element)))
    return entries


def outline(briefing: Briefing, sections: Iterable[str] = SECTIONS) -> list[Block]:
    """The blocks to render, in :data:`SECTIONS` order.

    Summary, sources, stories and notes always appear (with a short "none" line when empty);
    timeline, quotes and entities only when an annotator filled them.
    """
    builders = {
        "summary": lambda: _summary(briefing),
        "sources": lambda: [_source_entry(s) for s in sorted(briefing.sources, key=_number)],
        "stories": lambda: _stories(briefing),
        "notes": lambda: _notes(briefing),
        "timeline": lambda: _timeline(briefing),
        "quotes": lambda: _quotes(briefing),
        "entities": lambda: _entities(briefing),
    }
    wanted = set(sections)
    blocks = []
    for key in SECTIONS:
        if key not in wanted:
            continue
        entries = tuple(builders[key]())
        if entries or key in _EMPTY:
            blocks.append(Block(key, _HEADINGS[key], entries, _EMPTY.get(key, "")))
    return blocks


def _number(source: Source) -> tuple[int, str, int]:
    return (source.number, source.doc_id, source.section)
