"""The TREC / SGML newswire parser (TREC, DUC, TAC, Gigaword archives).

A file holds one or more ``<DOC>`` elements, each with an id (``<DOCNO>``, ``<DOCID>`` or a
Gigaword ``id="..."`` attribute), optional header tags (``<HEADLINE>``, ``<DATE_TIME>``,
``<DATELINE>``, ``<BYLINE>``...) and a ``<TEXT>`` body. Each ``<DOC>`` becomes a document.

**The document text** is the ``<TEXT>`` body, re-flowed: paragraphs come from ``<P>`` elements
(or, in untagged bodies, from blank or indented lines), tags are dropped, SGML entities
decoded, the ASCII stand-ins of old wire copy read as what they stand for (AP's `` _ `` as
an em dash, so that ``LONDON (AP) _`` is recognised as a dateline; TeX quotes as curly
quotes), and each paragraph's hard-wrapped lines joined into one line with single spaces;
paragraphs are separated by a blank line. Offsets refer to that text, never to the SGML.
The headline and the other header fields are metadata, not text.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator

import attrs

from newsbrief.errors import InputError
from newsbrief.languages import language
from newsbrief.model import Document, Metadata
from newsbrief.options import OptionSpec
from newsbrief.parsers import jsonl
from newsbrief.parsers.assemble import assemble, string_fields
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.decoding import decode
from newsbrief.parsers.markup import head
from newsbrief.parsers.plaintext.dates import match_date

#: Sniff confidence for a ``<DOC>`` root with an id or a ``<TEXT>`` body in sight.
TREC_CONFIDENCE = 0.95
#: Sniff confidence for a bare ``<DOC>`` root.
DOC_CONFIDENCE = 0.6

# Every pattern below does a bounded amount of work per position (no ``[^>]*`` or ``.*?`` that
# could rescan the rest of the input from each ``<``): tags are found by name and closed with a
# forward-only ``str.find`` (:class:`_Tags`), so a few hundred KB of unclosed tags or ``<``
# characters cost linear time.
_ID_ATTRIBUTE = re.compile(r"""\bid\s*=\s*["']?([^"'\s>]+)""", re.I)
_TYPE_ATTRIBUTE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
# Paragraph breaks in untagged bodies: a blank line, or an indented line (APW/XIE style).
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t])")
# Entities of the TREC disks that HTML does not know.
_TREC_ENTITIES = {"&MD;": "—", "&HT;": " ", "&QL;": "", "&UR;": "", "&LR;": ""}
_TREC_ENTITY = re.compile("|".join(map(re.escape, _TREC_ENTITIES)))
# ASCII conventions of 1990s wire copy: AP's `` _ `` dash (``LONDON (AP) _ ...``) and TeX quotes.
_WIRE_DASH = re.compile(r"(?<=\s)_(?=\s)")
_WIRE_QUOTES = (("``", "\u201c"), ("''", "\u201d"))

#: Header tags read into metadata, by metadata field; the first present wins.
_HEADER_TAGS: dict[str, tuple[str, ...]] = {
    "id": ("DOCNO", "DOCID"),
    "title": ("HEADLINE", "HL", "HEAD", "TITLE"),
    "date": ("DATE_TIME", "DATE", "DD"),
    "dateline": ("DATELINE",),
    "author": ("BYLINE", "AUTHOR"),
    "source": ("SOURCE", "SO"),
}
#: The label opening a ``BYLINE`` tag's text (``By JOHN DOE``, ``From the wires``: ``[bylines]
#: tag_labels`` of en.toml, the collections being English), taken off the author.
_BYLINE_LABEL = re.compile(
    "^(?:"
    + "|".join(sorted(map(re.escape, language("en").words("bylines", "tag_labels"))))
    + r")\s+",
    re.I,
)
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_US_DATE = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/((?:19|20)\d\d)(?!\d)")

#: Wire services by the prefix of their document ids (Gigaword, AQUAINT, DUC, TREC).
WIRES = {
    "AFP": "Agence France-Presse",
    "AP": "Associated Press",
    "APW": "Associated Press Worldstream",
    "CNA": "Central News Agency of Taiwan",
    "FT": "Financial Times",
    "LA": "Los Angeles Times",
    "LTW": "Los Angeles Times/Washington Post",
    "NYT": "The New York Times",
    "WPB": "Washington Post/Bloomberg",
    "WSJ": "The Wall Street Journal",
    "XIE": "Xinhua News Agency",
    "XIN": "Xinhua News Agency",
}
_WIRE_PREFIX = re.compile(r"([A-Z]{2,3})(?=[_\d])")


@attrs.frozen
class TrecRecord:
    """One ``<DOC>`` as plain data: its id, header fields and body text."""

    #: The document id (``DOCNO``, ``DOCID`` or ``id`` attribute), or ``None``.
    docno: str | None
    #: The body text as defined in this module's docstring (``""`` without a ``<TEXT>``).
    text: str
    #: Header fields found (``title``, ``date``, ``dateline``, ``author``, ``source``, ``type``).
    fields: dict[str, str]
    #: Whether the ``<DOC>`` had a ``<TEXT>`` element at all.
    has_text: bool = True


def read_records(sgml: str) -> Iterator[TrecRecord]:
    """Every ``<DOC>`` of ``sgml``, in order (a ``<DOC>`` left open ends at the next one)."""
    starts = list(_Tags(sgml, "DOC").opening())
    ends = _Tags(sgml, "DOC")
    for index, (start, start_end) in enumerate(starts):
        limit = starts[index + 1][0] if index + 1 < len(starts) else len(sgml)
        end = ends.closing(start_end)
        block = sgml[start_end : end if end is not None and end < limit else limit]
        fields: dict[str, str] = {}
        for field, tags in _HEADER_TAGS.items():
            for tag in tags:
                value = _element(block, tag)
                if value:
                    fields[field] = value
                    break
        start_tag = sgml[start:start_end]
        attribute = _ID_ATTRIBUTE.search(start_tag)
        if "id" not in fields and attribute:
            fields["id"] = attribute.group(1)
        kind = _TYPE_ATTRIBUTE.search(start_tag)
        if kind:
            fields["type"] = kind.group(1)
        body = _text_body(block)
        docno = fields.pop("id", None)
        yield TrecRecord(
            docno, body_text(body) if body is not None else "", fields, body is not None
        )


def body_text(raw_body: str) -> str:
    """The text of a ``<TEXT>`` body: paragraphs, one line each, separated by blank lines."""
    paragraphs_tags = list(_Tags(raw_body, "P").opening())
    if paragraphs_tags:
        parts = list(_p_contents(raw_body, paragraphs_tags))
    else:
        parts = _PARAGRAPH_BREAK.split(raw_body)
    paragraphs = (_unwrap(part) for part in parts)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


class _Tags:
    """Finds the SGML tags named ``name`` (any case) in ``text`` in one forward pass each.

    An opening tag is ``<NAME>`` or ``<NAME`` + whitespace + anything up to the next ``>``; a
    closing tag is ``</NAME`` + optional whitespace + ``>``. Calls must ask for increasing
    positions: the ``>`` search only moves forward, which keeps every scan linear.
    """

    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self._open = re.compile(rf"<{re.escape(name)}(?=[\s>])", re.I)
        self._close = re.compile(rf"</{re.escape(name)}\s*>", re.I)
        self._next_gt = -1  # position of the next ">" at or after the last asked position
        self._next_close: tuple[int, int] | None = None  # (first close at/after it, asked)

    def tag_end(self, position: int) -> int | None:
        """The index after the first ``>`` at or after ``position`` (``None``: there is none)."""
        if self._next_gt < position:
            if self._next_gt == len(self.text):
                return None  # no ">" left anywhere: known from an earlier scan
            found = self.text.find(">", position)
            self._next_gt = len(self.text) if found < 0 else found
            if found < 0:
                return None
        return self._next_gt + 1

    def opening(self, start: int = 0) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each complete opening tag from ``start`` on, never overlapping."""
        position = start
        while True:
            found = self._open.search(self.text, position)
            if found is None:
                return
            end = self.tag_end(found.end())
            if end is None:
                return  # an unclosed tag, and no ">" after it: no tag can complete
            yield found.start(), end
            position = end

    def closing(self, start: int) -> int | None:
        """The start of the first closing tag at or after ``start``."""
        known = self._next_close
        if known is None or not known[1] <= start <= known[0]:
            # Searched again only past the last answer: many tags with no closing tag at all
            # cost one scan, not one scan each.
            found = self._close.search(self.text, start)
            known = (found.start() if found else len(self.text) + 1, start)
            self._next_close = known
        return known[0] if known[0] <= len(self.text) else None


def _p_contents(body: str, opening: list[tuple[int, int]]) -> Iterator[str]:
    # A <P> runs to the next <P (complete or not), its </P>, or the end of the body.
    next_open = re.compile(r"<P[\s>]", re.I)
    closing = _Tags(body, "P")
    for _, end in opening:
        bounds = [len(body)]
        following = next_open.search(body, end)
        if following:
            bounds.append(following.start())
        close = closing.closing(end)
        if close is not None:
            bounds.append(close)
        yield body[end : min(bounds)]


def _text_body(block: str) -> str | None:
    # The first complete <TEXT> runs to its </TEXT> or, left open, to the end of the block.
    tags = _Tags(block, "TEXT")
    first = next(tags.opening(), None)
    if first is None:
        return None
    close = tags.closing(first[1])
    return block[first[1] : close if close is not None else len(block)]


class TrecParser:
    """Reads TREC-style SGML newswire: one document per ``<DOC>``, ids from ``<DOCNO>``.

    The headline, date (``<DATE_TIME>``, ``<DATE>``, else the date in the id such as
    ``APW19981016.0240``), byline and the wire service named by the id prefix go into the
    metadata; the dateline, the id and the Gigaword ``type`` into ``Metadata.extra``. A
    ``<DOC>`` without a ``<TEXT>`` body is reported and skipped.
    """

    #: Name for ``--parser trec``.
    name = "trec"
    #: One line for ``newsbrief list``.
    description = "TREC/SGML newswire archives (TREC, DUC, TAC, Gigaword; one article per <DOC>)"
    #: Extensions read by default; archives often have none, or a number (``.0240``).
    extensions = (".sgml", ".sgm", ".trec", ".xml", ".txt", "")
    #: No options of its own (``language``, taken by every parser, aside).
    options = OptionSpec()

    def sniff(self, raw: RawInput) -> float:
        """:data:`TREC_CONFIDENCE` for a ``<DOC>`` root with an id or ``<TEXT>`` in sight."""
        start = head(raw)
        if start.root != "doc":
            return 0.0
        if re.search(r"<(?:DOCNO|DOCID|TEXT)[\s>]", start.text, re.I) or any(
            _ID_ATTRIBUTE.search(start.text, begin, end)
            for begin, end in _Tags(start.text, "DOC").opening()
        ):
            return TREC_CONFIDENCE
        return DOC_CONFIDENCE

    def parse(self, raw: RawInput) -> Iterator[Document | InputError]:
        """One document per ``<DOC>``; a ``<DOC>`` without text is yielded as an error.

        Raises :class:`InputError` when the input has no ``<DOC>`` with text.
        """
        sgml, encoding = decode(raw)
        found = hidden = 0
        seen: set[str] = set()
        for number, record in enumerate(read_records(sgml), start=1):
            doc_id = record.docno or f"{raw.doc_id}-{number}"
            if not record.text:
                # Listed up to the JSON parser's limit, then counted: 100,000 empty <DOC>s
                # must not print 100,000 lines.
                if number - found - hidden > jsonl.MAX_REPORTED_RECORDS:
                    hidden += 1
                    continue
                reason = "no text in <TEXT>" if record.has_text else "no <TEXT> element"
                yield InputError(f"{raw.name}:{doc_id}", reason)
                continue
            if doc_id in seen:  # ids must be unique within a run
                doc_id = f"{doc_id}-{number}"
            seen.add(doc_id)
            found += 1
            yield assemble(
                doc_id=doc_id,
                text=record.text,
                metadata=_metadata(raw, record, encoding),
            )
        if not found:
            raise InputError(raw.name, "no <DOC> with a <TEXT> body")
        if hidden:
            yield InputError(raw.name, f"{hidden:,} more <DOC>s without text skipped (not listed)")


def _metadata(raw: RawInput, record: TrecRecord, encoding: str) -> Metadata:
    fields = record.fields
    author = fields.get("author")
    extra = string_fields(fields, skip=("title", "date", "author"))
    if record.docno:
        extra["docno"] = record.docno
    return Metadata(
        title=fields.get("title"),
        outlet=_wire(record.docno),
        author=_BYLINE_LABEL.sub("", author) if author else None,
        published=_date(fields.get("date")) or _date(record.docno),
        url=raw.url,
        source_path=raw.path,
        encoding=encoding,
        extra=extra,
    )


def _element(block: str, tag: str) -> str | None:
    # The first complete <TAG> with a </TAG> after it: when the first has none, none has.
    tags = _Tags(block, tag)
    first = next(tags.opening(), None)
    if first is None:
        return None
    close = tags.closing(first[1])
    if close is None:
        return None
    return _unwrap(block[first[1] : close]) or None


def _strip_tags(text: str) -> str:
    """``text`` with every ``<...>`` replaced by a space; a ``<`` never closed stays as text."""
    parts: list[str] = []
    position = 0
    while True:
        opening = text.find("<", position)
        closing = text.find(">", opening + 1) if opening >= 0 else -1
        if closing < 0:
            break  # no complete tag from here on: one scan, never one per "<"
        parts.append(text[position:opening])
        parts.append(" ")
        position = closing + 1
    parts.append(text[position:])
    return "".join(parts)


def _unwrap(text: str) -> str:
    # Newswire lines are hard-wrapped at ~80 columns: one paragraph becomes one line.
    text = _TREC_ENTITY.sub(lambda entity: _TREC_ENTITIES[entity.group()], text)
    text = " ".join(html.unescape(_strip_tags(text)).split())
    text = _WIRE_DASH.sub("\u2014", text)
    for ascii_form, character in _WIRE_QUOTES:
        text = text.replace(ascii_form, character)
    return text


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    for pattern, order in ((_COMPACT_DATE, (0, 1, 2)), (_US_DATE, (2, 0, 1))):
        found = pattern.search(value)
        if found:
            year, month, day = (int(found.group(i + 1)) for i in order)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    matched = match_date(value)
    return matched[0] if matched else None


def _wire(docno: str | None) -> str | None:
    found = _WIRE_PREFIX.match(docno.upper()) if docno else None
    return WIRES.get(found.group(1)) if found else None
