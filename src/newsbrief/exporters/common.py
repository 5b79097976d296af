"""Helpers shared by the built-in exporters: options, citations, dates and the section outline.

Every prose exporter (markdown, text, html, and plugins such as docx) renders the same
:class:`Block` outline, so what a briefing says (which sections, which items, which citations,
which dates, which links) is decided once, here; each exporter only decides how it looks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
import unicodedata
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.exporters.dates import ISO, check_locale, format_date, format_range, parse_locale
from newsbrief.languages import UNDETERMINED, language, normalize
from newsbrief.languages.templates import FALLBACK, phrase
from newsbrief.model import Briefing, Document, Source, SummaryItem
from newsbrief.options import Option, OptionSpec

#: Section names accepted by the ``sections`` option, in the order they are rendered: what
#: happened first, then who said and who is involved, then where it comes from.
SECTIONS: tuple[str, ...] = (
    "summary",
    "timeline",
    "quotes",
    "entities",
    "stories",
    "sources",
    "notes",
)

#: The options every built-in exporter takes (``-O key=value``; see ``docs/options.md``). An
#: exporter declares ``options = EXPORTER_OPTIONS`` (``+ OptionSpec(...)`` for its own).
EXPORTER_OPTIONS = OptionSpec(
    Option(
        "title",
        str,
        None,
        "Title of the briefing (default: its own, else 'Briefing: N articles').",
    ),
    Option(
        "sections",
        list,
        SECTIONS,
        "The sections to include, a comma list; they keep their usual order.",
        choices=SECTIONS,
    ),
    Option(
        "locale",
        str,
        ISO,
        "How dates are written: iso (2024-03-01), or a CLDR locale (en_GB, uk) for "
        "dates and every template word (title, headings, notes) in that language.",
        check=parse_locale,
    ),
)

#: The names of :data:`EXPORTER_OPTIONS`.
COMMON_OPTIONS: frozenset[str] = frozenset(EXPORTER_OPTIONS.names)

#: The core sections shown with a short "none" line when empty (the ``empty_<section>``
#: templates), so the outline keeps the same shape; the annotator sections are left out instead.
#: Headings and messages come from :func:`~newsbrief.languages.templates.phrase` when an outline
#: is made, in the briefing's language, so importing this module loads no language data.
EMPTY_SECTIONS: frozenset[str] = frozenset({"summary", "sources", "stories", "notes"})

#: Addresses any format may make clickable: http(s) only (a ``javascript:`` or ``data:`` URL
#: from an article's metadata stays text), without whitespace and without the characters that
#: would end a Markdown autolink early or that browsers rewrite (``<``, ``>``, ``\\``).
WEB_URL = re.compile(r"https?://[^\s<>\\]+", re.IGNORECASE)

#: How many words of its opening label a source that has no headline.
OPENING_WORDS = 10


# --- options -------------------------------------------------------------------------------


# An exporter declaring ``options`` reads them all with ``self.options.parse(options, ...)``;
# the helpers below are for exporters written before option specs (the docx plugin's first
# version, docs/exporters.md): each reads one option the way the spec does.


def check_options(exporter: str, options: Mapping[str, Any], own: Iterable[str] = ()) -> None:
    """Reject option keys that neither ``exporter`` nor every exporter understands (one line,
    with a "did you mean")."""
    spec = EXPORTER_OPTIONS + OptionSpec(*(Option(name, str) for name in own))
    for key in sorted(map(str, options)):
        if key not in spec:
            raise spec.unknown(key, f"{exporter} exporter")


def _one(exporter: str, options: Mapping[str, Any], option: Option) -> Any:
    """The value of ``option`` in ``options``, typed and checked (its default when unset)."""
    spec = OptionSpec(option)
    value = options.get(option.name)
    return spec.parse({option.name: value}, f"{exporter} exporter")[option.name]


def in_order(sections: Iterable[str]) -> tuple[str, ...]:
    """``sections`` (parsed ``sections`` option) in the order they are rendered."""
    wanted = set(sections)
    return tuple(name for name in SECTIONS if name in wanted)


def locale_option(exporter: str, options: Mapping[str, Any]) -> str:
    """The ``locale`` option for dates: ``iso`` (the default) or a CLDR locale such as ``en``."""
    return str(_one(exporter, options, EXPORTER_OPTIONS["locale"]))


def dominant_language(briefing: Briefing) -> str | None:
    """The language most of the briefing's documents are in (the first seen on a tie), or
    ``None`` when no document says."""
    codes = [normalize(document.language) for document in briefing.documents]
    counts = Counter(code for code in codes if code != UNDETERMINED)
    if not counts:
        return None
    best = max(counts.values())
    return next(code for code in codes if counts.get(code) == best)


def locale_language(locale: Any) -> str | None:
    """The language of a ``locale`` option's value (``uk`` for ``uk_UA``); ``None`` when it is
    unset, ``iso`` or names no locale (the exporter reports a bad one itself)."""
    try:
        checked = parse_locale(locale)
    except ValueError:
        return None
    if checked != ISO and (code := normalize(checked)) != UNDETERMINED:
        return code
    return None


def words_language(briefing: Briefing, locale: str = ISO) -> str:
    """The language of the template words (headings, "3 articles"): the ``locale`` option's
    language when one is given, else the briefing's dominant language, else English."""
    return locale_language(locale) or dominant_language(briefing) or FALLBACK


def heading(key: str, words: str = FALLBACK) -> str:
    """The heading of section ``key`` in the language ``words``."""
    return phrase(words, key)


def quote_marks(words: str = FALLBACK) -> tuple[str, str]:
    """The usual quote marks of the language ``words`` (“ ” in English, « » in Ukrainian)."""
    pairs = language(words).quote_pairs or language(FALLBACK).quote_pairs
    return pairs[0]


def _quoted(text: str, words: str) -> str:
    opening, closing = quote_marks(words)
    return f"{opening}{text}{closing}"


# --- what the briefing says ----------------------------------------------------------------


def article_count(briefing: Briefing) -> int:
    """How many articles the briefing draws on: its sources, or its documents without a list."""
    return len(briefing.sources) or len(briefing.documents)


def briefing_title(briefing: Briefing, options: Mapping[str, Any]) -> str:
    """The ``title`` option, else the briefing's title, else ``Briefing: N articles`` (in the
    language of the ``locale`` option or of the briefing)."""
    for title in (options.get("title"), briefing.title):
        if title is not None and str(title).strip():
            return str(title)
    try:
        locale = check_locale("briefing", options.get("locale"))
    except NewsbriefError:  # the exporter reports a bad locale itself
        locale = ISO
    return phrase(words_language(briefing, locale), "briefing_title", n=article_count(briefing))


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
    dates: set[str | None] = {source.published for source in briefing.sources if source.published}
    if not dates:
        for document in briefing.documents:
            metadatas = [document.metadata, *(section.metadata for section in document.sections)]
            dates.update(iso_date(m.published) for m in metadatas if m.published is not None)
    return sorted(date for date in dates if date)


def date_range(briefing: Briefing, locale: str = ISO, words: str | None = None) -> str | None:
    """``2024-03-01`` or ``2024-03-01 to 2024-03-04`` (in ``locale``; ISO ranges joined in the
    language ``words``); ``None`` when no date is known."""
    dates = published_dates(briefing)
    if not dates:
        return None
    first, last = dates[0], dates[-1]
    if locale == ISO and first != last:
        words = words or words_language(briefing, locale)
        return phrase(words, "date_range", first=format_date(first), last=format_date(last))
    return format_range(first, last, locale)


def overview(briefing: Briefing, locale: str = ISO, words: str | None = None) -> str:
    """The line under the title: how many articles, published when (in the language
    ``words``, by default :func:`words_language`)."""
    words = words or words_language(briefing, locale)
    line = phrase(words, "articles", n=article_count(briefing))
    files = len({source.doc_id for source in briefing.sources})
    if briefing.sources and files != article_count(briefing):
        # Honest counts: a file may hold several articles (a syndicated piece pasted below).
        line = phrase(words, "articles_in_files", n=files, articles=line)
    span = date_range(briefing, locale, words)
    if not span:
        return display(line)
    # (the participle agrees with the count in many languages: ``1 article, publié``)
    return display(phrase(words, "published", n=article_count(briefing), articles=line, dates=span))


def headline(briefing: Briefing, locale: str = ISO, words: str | None = None) -> Entry | None:
    """The line under the overview: the headline of the newest article the summary quotes, its
    outlet and date, cited (``Latest: NATO Vows Ukraine Backing ... — AFP, 2024-11-26 [6]``);
    ``None`` when no cited article has both a headline and a date."""
    words = words or words_language(briefing, locale)
    found = lookup(briefing)
    cited = {
        n
        for item in briefing.summary
        if (n := found.source_number(item.sentence.doc_id, item.sentence.section)) is not None
    }
    candidates = [s for s in briefing.sources if s.number in cited and s.title and s.published]
    if not candidates:
        return None
    newest = min(candidates, key=lambda s: (_newest_first(str(s.published)), s.number))
    details = [part for part in (newest.outlet, format_date(str(newest.published), locale)) if part]
    text = display(str(newest.title))
    if details:
        text = f"{text} — {display(', '.join(details))}"
    return Entry(
        text,
        (newest.number,),
        lead=phrase(words, "latest"),
        date=newest.published,
        parts=(("title", display(str(newest.title))),),
    )


def _newest_first(date: str) -> tuple[int, ...]:
    # ISO dates compare as text: negating each code point sorts the newest first.
    return tuple(-ord(c) for c in date)


def section_index(document: Document, offset: int) -> int:
    """Index of the section of ``document`` holding ``offset`` (0 when none does)."""
    for index, section in enumerate(document.sections):
        if section.start <= offset < section.end:
            return index
    return 0


class Lookup:
    """A briefing's documents by id and source numbers by document and section, found as
    :meth:`Briefing.document` and :meth:`Briefing.source_number` find them (the first match)
    but by dictionary: those scan the whole list, once per citation, which made a large
    briefing's export quadratic (every entity mention is cited)."""

    def __init__(self, briefing: Briefing) -> None:
        self.documents: dict[str, Document] = {}
        for document in briefing.documents:
            self.documents.setdefault(document.id, document)
        self.numbers: dict[tuple[str, int], int] = {}
        #: Each document's source numbers, ascending and once.
        self.by_document: dict[str, list[int]] = {}
        for source in briefing.sources:
            self.numbers.setdefault((source.doc_id, source.section), source.number)
            self.by_document.setdefault(source.doc_id, []).append(source.number)
        for numbers in self.by_document.values():
            numbers[:] = sorted(set(numbers))

    def source_number(self, doc_id: str, section: int = 0) -> int | None:
        """:meth:`Briefing.source_number`."""
        return self.numbers.get((doc_id, section))

    def cited_number(self, doc_id: str, offset: int | None) -> int | None:
        """:func:`cited_number`."""
        document = self.documents.get(doc_id)
        if document is None:
            return self.numbers.get((doc_id, 0))
        section = 0 if offset is None else section_index(document, offset)
        return self.numbers.get((doc_id, section))


# The lookup of the briefing last exported (one export reads one briefing throughout), per
# thread, as exporters may run in threads (``--per-story --jobs``). The briefing is held by a
# weak reference whose callback empties the cell, so a cached lookup never keeps a briefing's
# documents alive after the briefing itself is gone.
_last_lookup = threading.local()


def lookup(briefing: Briefing) -> Lookup:
    """The :class:`Lookup` of ``briefing``, made once for consecutive calls on it."""
    cell: list[Any] = getattr(_last_lookup, "cell", [])
    if cell and cell[0]() is briefing:
        found: Lookup = cell[1]
        return found
    made = Lookup(briefing)
    fresh: list[Any] = []

    def forget(_gone: weakref.ref[Briefing]) -> None:
        fresh.clear()

    with contextlib.suppress(TypeError):  # a briefing-like object without weak references
        fresh += [weakref.ref(briefing, forget), made]
    _last_lookup.cell = fresh
    return made


def cited_number(briefing: Briefing, doc_id: str, offset: int | None) -> int | None:
    """The source number for a position in a document (its first section when unknown)."""
    return lookup(briefing).cited_number(doc_id, offset)


def item_citations(briefing: Briefing, item: SummaryItem) -> tuple[int, ...]:
    """``[n]`` numbers for a summary item: its own source first, then supporting sources."""
    sentence = item.sentence
    found = lookup(briefing)
    own = found.source_number(sentence.doc_id, sentence.section)
    others = {found.cited_number(ref.doc_id, ref.start) for ref in item.supported_by}
    others.discard(None)
    others.discard(own)
    head = () if own is None else (own,)
    return head + tuple(sorted(n for n in others if n is not None))


def document_citations(briefing: Briefing, doc_ids: Iterable[str]) -> tuple[int, ...]:
    """Every source number belonging to any of ``doc_ids``, ascending."""
    by_document = lookup(briefing).by_document
    numbers = {n for doc_id in set(doc_ids) for n in by_document.get(doc_id, ())}
    return tuple(sorted(numbers))


def element_field(element: Any, name: str) -> Any:
    """Field ``name`` of an annotator element, whether it is a mapping or an object."""
    if isinstance(element, Mapping):
        return element.get(name)
    return getattr(element, name, None)


def is_web_url(target: str) -> bool:
    """Whether ``target`` (a source's link) is a web address to make clickable (:data:`WEB_URL`)."""
    return WEB_URL.fullmatch(target) is not None


def text_language(briefing: Briefing, doc_id: Any) -> str | None:
    """The language of the document ``doc_id`` (for text quoted from it), if known."""
    if not isinstance(doc_id, str):
        return None
    document = lookup(briefing).documents.get(doc_id)
    return None if document is None else document.language


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
    #: The language of the article text the item quotes (its document's), for formats that can
    #: say so (HTML ``lang``), or ``None``.
    language: str | None = None
    #: The date the lead or the item states, as the briefing holds it (ISO ``2024-03-01`` when
    #: known), for formats that can carry a machine-readable date; ``None`` without one.
    date: str | None = None
    #: The named pieces :attr:`text` is made of, for formats that style them apart, as
    #: ``(role, text)`` pairs: a source's ``outlet``, ``author``, ``published``, ``title`` and
    #: ``opening`` (or its ``id`` alone), a quote's ``quote`` and ``speaker``, an entity's
    #: ``name``, ``type`` and ``variants``.
    parts: tuple[tuple[str, str], ...] = ()
    #: Source numbers :attr:`text` itself names as ``[n]`` (a coverage note), so formats show
    #: exactly those ``[n]`` as citations; any other bracketed text stays literal text.
    references: tuple[int, ...] = ()
    #: For a quote: whether the source printed its words in quotation marks (a transcript's
    #: turn did not, and is shown without them).
    quoted: bool = True

    def part(self, role: str) -> str | None:
        """The piece of :attr:`parts` playing ``role``, or ``None``."""
        return next((text for name, text in self.parts if name == role), None)


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


def _summary(briefing: Briefing, words: str = FALLBACK) -> list[Entry]:
    return [
        Entry(
            # A transcript's turn, shown after its label: who speaks it, as the quotes name
            # them, the colon set as the turn's own language sets it (French ``Dupont :
            # Nous...``; an English turn keeps ``Lee: We...`` in a French briefing).
            display(item.sentence.text)
            if item.speaker is None
            else phrase(
                _turn_language(briefing, item, words),
                "speaker_turn",
                speaker=display(item.speaker),
                words=display(item.sentence.text),
            ),
            item_citations(briefing, item),
            language=text_language(briefing, item.sentence.doc_id),
        )
        for item in briefing.summary
    ]


def _turn_language(briefing: Briefing, item: SummaryItem, words: str) -> str:
    """The language a transcript turn's colon is set in: its document's, else ``words``."""
    code = text_language(briefing, item.sentence.doc_id)
    return words if code is None or normalize(code) == UNDETERMINED else code


def source_opening(briefing: Briefing, source: Source, words: str = FALLBACK) -> str | None:
    """A label for a source without a headline: its article's first words, marked as such
    (``[no headline; begins “The US Department of Defense rejected…”]``), as citation styles
    describe an untitled work in brackets; ``None`` when it has a headline or no sentences."""
    if source.title:
        return None
    document = lookup(briefing).documents.get(source.doc_id)
    if document is None:
        return None
    sentences = document.sentences
    first = next((s for s in sentences if s.section == source.section), None)
    tokens = display(first.text).split() if first is not None else []
    if not tokens:
        return None
    opening = " ".join(tokens[:OPENING_WORDS])
    if len(tokens) > OPENING_WORDS:
        opening = opening.rstrip(",;:") + "…"
    return phrase(words, "no_headline", opening=opening)


def source_line(
    source: Source, locale: str = ISO, opening: str | None = None, words: str = FALLBACK
) -> str:
    """Outlet, author, date and “headline” of a source, comma-separated (its doc id if none).

    ``opening`` (from :func:`source_opening`) stands in for a missing headline; the headline
    takes the quote marks of the language ``words``.
    """
    published = format_date(source.published, locale) if source.published else None
    parts = [source.outlet, source.author, published]
    if source.title:
        parts.append(_quoted(source.title, words))
    elif opening:
        parts.append(opening)
    return ", ".join(display(part) for part in parts if part) or display(source.doc_id)


def source_parts(
    source: Source, locale: str = ISO, opening: str | None = None
) -> tuple[tuple[str, str], ...]:
    """The pieces of :func:`source_line` by role (``outlet``, ``author``, ``published``,
    ``title`` or else ``opening``), or its ``id`` alone when it has none of them."""
    parts = [
        (role, display(value))
        for role, value in (("outlet", source.outlet), ("author", source.author))
        if value
    ]
    if source.published:
        # As CLDR writes it: display() would turn its narrow no-break spaces into spaces.
        parts.append(("published", format_date(source.published, locale)))
    if source.title:
        parts.append(("title", display(source.title)))
    elif opening:
        parts.append(("opening", display(opening)))
    return tuple(parts) or (("id", display(source.doc_id)),)


def _source_entry(briefing: Briefing, source: Source, locale: str, words: str) -> Entry:
    # A blank URL is no URL: the path is shown instead.
    link = (source.url or "").strip() or source.path
    opening = source_opening(briefing, source, words)
    return Entry(
        source_line(source, locale, opening, words),
        link=display(link) if link else None,
        number=source.number,
        date=source.published or None,
        parts=source_parts(source, locale, opening),
    )


def sorted_sources(briefing: Briefing) -> list[Source]:
    """The source list in citation-number order."""
    return sorted(briefing.sources, key=_number)


def _stories(briefing: Briefing, words: str) -> list[Entry]:
    entries = []
    for story in briefing.stories:
        text = display(story.label or ", ".join(story.documents))
        if story.shared_terms:
            shared = phrase(words, "shared", terms=display(", ".join(story.shared_terms)))
            text += f" ({shared})"
        cited = document_citations(briefing, story.documents)
        entries.append(Entry(text, cited, lead=display(story.id)))
    return entries


#: A ``[n]`` reference written into a note's words.
_REFERENCE = re.compile(r"\[(\d+)\]")


def reference_pieces(text: str, numbers: Iterable[int]) -> list[tuple[str, int | None]]:
    """``text`` cut into plain pieces ``(text, None)`` and citations ``("[n]", n)``: only the
    ``[n]`` whose ``n`` is one of ``numbers`` (a note's own sources) count, so ``x[3].txt`` or
    ``[2024]`` elsewhere stay text."""
    wanted = {str(n) for n in numbers}
    pieces: list[tuple[str, int | None]] = []
    last = 0
    for found in _REFERENCE.finditer(text):
        if found.group(1) not in wanted:
            continue
        if found.start() > last:
            pieces.append((text[last : found.start()], None))
        pieces.append((found.group(), int(found.group(1))))
        last = found.end()
    if last < len(text):
        pieces.append((text[last:], None))
    return pieces


def _notes(briefing: Briefing) -> list[Entry]:
    entries = []
    for note in briefing.notes:
        # Notes that name their own sources in words ("[4] and [5] are two articles in one
        # file") are cited by those words; others (a plugin's) get their documents' citations.
        # Only the note's own source numbers count as references: a skipped "x[3].txt" or a
        # plugin's "[2024]" is text.
        own = document_citations(briefing, note.doc_ids)
        text = display(note.message)
        named = tuple(sorted({n for _, n in reference_pieces(text, own) if n is not None}))
        entries.append(Entry(text, () if named else own, references=named))
    return entries


def element_citations(briefing: Briefing, element: Any) -> tuple[int, ...]:
    """Source numbers for an annotator element: where it is (``doc_id``, ``start``), or for an
    entity every source that mentions it."""
    mentions = element_field(element, "mentions")
    places = list(mentions) if mentions else [element]
    numbers = set()
    found = lookup(briefing)
    for place in places:
        doc_id = element_field(place, "doc_id")
        if not isinstance(doc_id, str):
            continue
        start = element_field(place, "start")
        numbers.add(found.cited_number(doc_id, start if isinstance(start, int) else None))
    return tuple(sorted(n for n in numbers if n is not None))


def timeline_lead(element: Any, locale: str = ISO, words: str = FALLBACK) -> str | None:
    """The date of a timeline entry for ``locale``, marked ``(expected)`` (in the language
    ``words``) when anticipated."""
    date = element_field(element, "date")
    if date is None:
        return None
    lead = display(format_date(date, locale))
    if element_field(element, "status") == "anticipated":
        lead += " " + phrase(words, "expected")
    return lead


def _timeline(briefing: Briefing, locale: str, words: str) -> list[Entry]:
    entries = []
    for element in briefing.timeline:
        text = element_field(element, "text")
        if text is None:
            continue
        date = element_field(element, "date")
        entries.append(
            Entry(
                display(str(text)),
                element_citations(briefing, element),
                lead=timeline_lead(element, locale, words),
                language=text_language(briefing, element_field(element, "doc_id")),
                date=None if date is None else str(date),
            )
        )
    return entries


def key_quotes(briefing: Briefing) -> list[Any]:
    """The quotes worth showing: those an annotator marked ``key``, else every quote with text.

    Key quotes follow the briefing's ``order`` setting: newest first (the default, and for
    ``importance``), oldest first, or as the documents give them (``input``); undated ones last.
    """
    quotes = [q for q in briefing.quotes if element_field(q, "text") is not None]
    marked = [q for q in quotes if element_field(q, "key") is True]
    if not marked:
        return quotes
    order = briefing.settings.get("order", "newest")
    if order == "input":
        return marked
    dated = [q for q in marked if isinstance(element_field(q, "date"), str)]
    undated = [q for q in marked if not isinstance(element_field(q, "date"), str)]
    # Stable (``reverse`` too): quotes of the same day keep document order.
    dated.sort(key=lambda q: str(element_field(q, "date")), reverse=order != "oldest")
    return dated + undated


def quote_attribution(element: Any, locale: str = ISO) -> str:
    """Who said a quote (its speaker, else how the text names them), their role as the article
    gives it, and when if known: ``Volodymyr Zelenskyy, President of Ukraine, 26 Nov 2024``."""
    speaker = element_field(element, "speaker") or element_field(element, "speaker_mention")
    parts = [display(str(speaker))] if speaker else []
    role = element_field(element, "role")
    if speaker and role:
        parts.append(display(str(role)))
    date = element_field(element, "date")
    if date is not None:
        parts.append(display(format_date(date, locale)))
    return ", ".join(parts)


def _quotes(briefing: Briefing, locale: str, words: str) -> list[Entry]:
    entries = []
    for element in key_quotes(briefing):
        quote = display(str(element_field(element, "text")))
        who = quote_attribution(element, locale)
        # Words the source printed without quotation marks (a transcript's turn) are shown
        # without them too: marks would claim a quotation the text never made.
        quoted = element_field(element, "quoted") is not False
        shown = _quoted(quote, words) if quoted else quote
        entries.append(
            Entry(
                f"{shown} — {who}" if who else shown,
                element_citations(briefing, element),
                language=text_language(briefing, element_field(element, "doc_id")),
                parts=(("quote", quote), ("speaker", who)) if who else (("quote", quote),),
                quoted=quoted,
            )
        )
    return entries


def entity_name(element: Any) -> str | None:
    """An entity's display name (``name``, else ``text``), or ``None`` when it has neither."""
    name = element_field(element, "name") or element_field(element, "text")
    return None if name is None else display(str(name))


def entity_variants(element: Any) -> list[str]:
    """Other spellings of an entity, without its name."""
    name = entity_name(element)
    variants = element_field(element, "variants") or ()
    return [display(str(v)) for v in variants if display(str(v)) != name]


def entity_kind(kind: str, words: str = FALLBACK) -> str:
    """An entity type as readers of ``words`` call it (the ``entity_<type>`` template:
    ``person`` is ``особа`` in Ukrainian); a type no template names (a plugin's, or any type in
    English) is shown as it is."""
    try:
        return phrase(words, f"entity_{kind}")
    except KeyError:
        return display(kind)


def _entities(briefing: Briefing, words: str) -> list[Entry]:
    entries = []
    for element in briefing.entities:
        name = entity_name(element)
        if name is None:
            continue
        parts = [("name", name)]
        details = []
        if kind := element_field(element, "type"):
            parts.append(("type", display(str(kind))))
            details.append(entity_kind(str(kind), words))
        if variants := entity_variants(element):
            parts.append(("variants", ", ".join(variants)))
            details.append(phrase(words, "also", variants=", ".join(variants)))
        line = name + (f" ({'; '.join(details)})" if details else "")
        entries.append(Entry(line, element_citations(briefing, element), parts=tuple(parts)))
    return entries


def outline(
    briefing: Briefing,
    sections: Iterable[str] = SECTIONS,
    locale: str = ISO,
    words: str | None = None,
) -> list[Block]:
    """The blocks to render, in :data:`SECTIONS` order, dates written for ``locale`` and
    headings and template words in the language ``words`` (by default
    :func:`words_language`: the ``locale``'s language, else the briefing's dominant one).

    Summary, sources, stories and notes always appear (with a short "none" line when empty);
    timeline, quotes and entities only when an annotator filled them.
    """
    words = words or words_language(briefing, locale)
    builders = {
        "summary": lambda: _summary(briefing, words),
        "sources": lambda: [
            _source_entry(briefing, s, locale, words) for s in sorted_sources(briefing)
        ],
        "stories": lambda: _stories(briefing, words),
        "notes": lambda: _notes(briefing),
        "timeline": lambda: _timeline(briefing, locale, words),
        "quotes": lambda: _quotes(briefing, locale, words),
        "entities": lambda: _entities(briefing, words),
    }
    wanted = set(sections)
    blocks = []
    for key in SECTIONS:
        if key not in wanted:
            continue
        entries = tuple(builders[key]())
        if entries or key in EMPTY_SECTIONS:
            empty = phrase(words, f"empty_{key}") if key in EMPTY_SECTIONS else ""
            blocks.append(Block(key, heading(key, words), entries, empty))
    return blocks


def _number(source: Source) -> tuple[int, str, int]:
    return (source.number, source.doc_id, source.section)
