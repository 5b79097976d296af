"""The HTML page parser: the article trafilatura finds becomes the document's text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping

import attrs

from newsbrief.errors import InputError
from newsbrief.languages.detect import language_code
from newsbrief.model import Document, Metadata, Span, SpanKind
from newsbrief.options import Option, OptionSpec
from newsbrief.parsers.assemble import assemble
from newsbrief.parsers.base import RawInput, media_type_of
from newsbrief.parsers.decoding import decode
from newsbrief.parsers.html.extract import (
    MIN_WORDS,
    Article,
    ExtractionFailed,
    ExtractionSettings,
    extract_article,
    trafilatura_version,
)
from newsbrief.parsers.html.titles import (
    PageNames,
    clean_title,
    read_names,
    readable_outlet,
    registrable_domain,
)
from newsbrief.parsers.markup import head
from newsbrief.parsers.plaintext.analysis import Hints
from newsbrief.parsers.plaintext.dates import parse_iso_date
from newsbrief.parsers.plaintext.metadata import clean_authors

#: Sniff confidence for a declared HTML document (doctype, ``<html>`` root, server media type).
HTML_CONFIDENCE = 0.9
#: Sniff confidence for text that merely holds HTML tags (a fragment, a page without ``<html>``).
TAGS_CONFIDENCE = 0.5

#: Attributes one tag may carry. libxml2 checks each attribute against all the earlier ones, so
#: a tag of 40,000 attributes cost a minute; real pages have a few dozen.
MAX_ATTRIBUTES = 1_000
# A start tag up to its ``>`` (or the next ``<``, for one never closed): linear to find.
_START_TAG = re.compile(r"<[A-Za-z][^<>]*")
_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_TAGS = re.compile(r"<(?:html|head|body|article|div|p|meta|title|span|a)[\s>/]", re.I)
#: How far into a page a ``<meta>`` charset declaration is looked for (browsers look at 1024
#: bytes, then keep watching; pages with long heads declare it later).
CHARSET_PRESCAN_BYTES = 4096

_CHARSET_PARAMETER = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I
)
#: How far into a page its language declarations (``<html lang>``, ``<meta>``) are looked for.
LANGUAGE_PRESCAN_CHARS = 65536
_HTML_START = re.compile(r"<html\b[^>]*>", re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
#: ``<meta>`` declarations of the page's language, strongest first, after ``<html lang>``:
#: (attribute, its lower-case value) naming the declaration, whose ``content`` is the language.
_META_LANGUAGE = (
    ("http-equiv", "content-language"),
    ("property", "og:locale"),
    ("name", "language"),
    ("name", "dc.language"),
    ("name", "dcterms.language"),
)
_PARAGRAPH = re.compile(r"[^\n]+")
#: Where a link (``<a>`` element) opens and closes; :func:`_anchor_texts` pairs them up.
_ANCHOR_OPEN = re.compile(r"<a\b", re.I)
_ANCHOR_CLOSE = re.compile(r"</a\s{0,20}>", re.I)
#: Bounds on a link: the characters of its opening tag's attributes and of its content.
_ANCHOR_ATTRIBUTES = 2000
_ANCHOR_CONTENT = 1000
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")


class HtmlParser:
    """Reads a web page: its main article text and metadata, extracted with trafilatura.

    The extracted text (one paragraph per block, separated by blank lines) is the document's
    text, so offsets refer to it; the plain-text noise rules still run over it (trafilatura
    keeps lines such as ``Read more: ...``). The page's headline line is marked as metadata and
    its subheadings as headings. Title, author, date, site name (as outlet), URL and the
    declared language (``<html lang>``, :func:`declared_language`) come from the page's
    markup; the page URL, trafilatura's version and the extraction settings are kept in
    ``Metadata.extra``. Script elements and event-handler attributes are markup and
    never reach the text; escaped markup in the article (``&lt;script&gt;``) is literal text.
    """

    #: Name for ``--parser html``.
    name = "html"
    #: One line for ``newsbrief list``.
    description = "web pages (the article's text and metadata, extracted with trafilatura)"
    #: Extensions read by default; ``""`` lets sniffing claim saved pages without one.
    extensions = (".html", ".htm", ".xhtml", ".shtml", "")
    #: One ``true``/``false`` option per :class:`ExtractionSettings` field.
    options = OptionSpec(
        Option("favor_precision", bool, False, "Drop doubtful passages (less noise, less text)."),
        Option("favor_recall", bool, False, "Keep doubtful passages (more text, more noise)."),
        Option("include_tables", bool, True, "Keep the text of tables (off: drop them)."),
        Option("include_comments", bool, False, "Keep reader comments below the article."),
    )

    def __init__(self, settings: ExtractionSettings | None = None) -> None:
        """Extract with ``settings`` (trafilatura's defaults for news, comments left out)."""
        #: How trafilatura is asked to extract.
        self.settings = settings or ExtractionSettings()

    def configure(self, options: Mapping[str, str]) -> HtmlParser:
        """A copy using parser options (``favor_precision=true``, ``include_tables=yes``...).

        Raises :class:`~newsbrief.options.OptionError` (a :class:`ValueError`) for an unknown
        option or a value that is not a boolean.
        """
        changes = self.options.parse(options, f"{self.name} parser", defaults=False)
        return HtmlParser(attrs.evolve(self.settings, **changes))

    def sniff(self, raw: RawInput) -> float:
        """:data:`HTML_CONFIDENCE` for declared HTML, :data:`TAGS_CONFIDENCE` for tags, else 0."""
        start = head(raw)
        if not start.text.strip():
            return 0.0
        media_type = media_type_of(raw.media_type) or ""
        if media_type in _MEDIA_TYPES or start.doctype == "html" or start.root == "html":
            return HTML_CONFIDENCE
        return TAGS_CONFIDENCE if _HTML_TAGS.search(start.text) else 0.0

    def parse(self, raw: RawInput) -> Iterator[Document]:
        """One document: the page's article. Raises :class:`InputError` when there is none."""
        text, encoding = decode_html(raw)
        crowded = most_attributes(text)
        if crowded > MAX_ATTRIBUTES:
            raise InputError(
                raw.name,
                f"a tag with {crowded:,} attributes, over the {MAX_ATTRIBUTES:,}-attribute limit",
            )
        try:
            article = extract_article(text, url=raw.url, settings=self.settings)
        except ExtractionFailed as error:
            raise InputError(raw.name, f"unreadable HTML ({error})") from None
        if article is None:
            raise InputError(raw.name, "no article text found")
        document = article_document(
            article,
            names=read_names(text, raw.url or article.url),
            links=link_texts(text),
            doc_id=raw.doc_id,
            metadata=Metadata(
                url=raw.url or article.url,
                language=declared_language(text),
                source_path=raw.path,
                encoding=encoding,
                sha256=hashlib.sha256(raw.data).hexdigest(),
                extra=self.provenance(article, raw.url),
            ),
        )
        if not has_prose(document):
            raise InputError(raw.name, "no article text found")
        yield document

    def provenance(self, article: Article, page_url: str | None) -> dict[str, str]:
        """The ``Metadata.extra`` entries saying where the text came from and how."""
        extra = {"extractor": f"trafilatura {trafilatura_version()}", **self.settings.as_extra()}
        if page_url or article.url:
            extra["page_url"] = page_url or article.url or ""
        if article.url and article.url != extra.get("page_url"):
            extra["canonical_url"] = article.url
        if article.hostname:
            extra["hostname"] = article.hostname
        if article.description:
            extra["description"] = article.description
        return extra


def article_document(
    article: Article,
    *,
    doc_id: str,
    metadata: Metadata,
    names: PageNames | None = None,
    links: frozenset[str] | None = None,
) -> Document:
    """The document of an extracted article: its text, headline line and subheadings marked.

    With the page's declared ``names`` (:func:`~newsbrief.parsers.html.titles.read_names`), the
    title loses the site's name, the outlet is the site's readable name and the authors lose
    their roles, dates and the outlet itself. With the page's ``links`` (:func:`link_texts`),
    only lines that were links can be set aside as a list of related links.
    """
    names = names or PageNames()
    if article.sitename or article.hostname:
        # What trafilatura found (``<link rel=canonical>``, the title's own site part) helps
        # tell the site's name in the title apart.
        names = attrs.evolve(
            names,
            found=tuple(filter(None, (article.sitename,))),
            domain=names.domain or registrable_domain(article.hostname),
        )
    title = clean_title(article.title, names)
    outlet = readable_outlet(article.sitename, names, title)
    author = clean_authors(article.author, tuple(filter(None, (outlet, article.sitename))))
    text = article.text
    removed: list[Span] = []
    headings: list[Span] = []
    wanted = set(article.headings)
    titles = {article.title, title} - {None}
    for number, found in enumerate(_PARAGRAPH.finditer(text)):
        line = " ".join(found.group().split())
        if number == 0 and line in titles:
            removed.append(Span(found.start(), found.end(), SpanKind.METADATA))
        elif line in wanted:
            headings.append(Span(found.start(), found.end(), SpanKind.HEADING))
    metadata = attrs.evolve(
        metadata,
        title=title,
        author=author,
        outlet=outlet,
        published=parse_iso_date(article.date),
    )
    return assemble(
        doc_id=doc_id,
        text=text,
        metadata=metadata,
        removed=removed,
        headings=headings,
        hints=Hints(title=title, links=links),
    )


def link_texts(markup: str) -> frozenset[str]:
    """The texts of the links (``<a>`` elements) of ``markup``, whitespace collapsed."""
    import html

    found = (
        " ".join(html.unescape(_TAG.sub(" ", inner)).split()) for inner in _anchor_texts(markup)
    )
    return frozenset(text for text in found if text)


def _anchor_texts(markup: str) -> Iterator[str]:
    """The raw content of each ``<a ...>content</a>`` of ``markup``, left to right: an opening
    tag of at most :data:`_ANCHOR_ATTRIBUTES` characters, then 1 to :data:`_ANCHOR_CONTENT`
    characters up to the first closing tag.

    One pass with forward-only cursors (the next ``>`` and the next closing tag only move
    ahead), so the time is linear in the markup whatever it holds: a regular expression
    backtracking over the content bound took seconds per megabyte of ``<a><a><a>...``.
    """
    closes = [(m.start(), m.end()) for m in _ANCHOR_CLOSE.finditer(markup)]
    close = 0  # index of the first closing tag not before the current content
    tag_end = -1  # the ">" ending the current opening tag (-1: none looked up yet)
    resume = 0  # links do not overlap: the next one starts after the last one's close
    for opening in _ANCHOR_OPEN.finditer(markup):
        start = opening.end()
        if start - 2 < resume:
            continue
        if tag_end < start:
            tag_end = markup.find(">", start)
            if tag_end < 0:
                return
        if tag_end - start > _ANCHOR_ATTRIBUTES:
            continue
        content = tag_end + 1
        while close < len(closes) and closes[close][0] < content:
            close += 1
        if close == len(closes):
            return
        end, after = closes[close]
        if 1 <= end - content <= _ANCHOR_CONTENT:
            yield markup[content:end]
            resume = after


def declared_language(markup: str) -> str | None:
    """The language a page declares, as written: ``<html lang>`` (or ``xml:lang``), else a
    ``<meta>`` one (``content-language``, ``og:locale``, ``language``...), in the first
    :data:`LANGUAGE_PRESCAN_CHARS` characters. A value naming no language (``lang=""``,
    ``x-default``) is passed over; the document is then identified from its text."""
    head = markup[:LANGUAGE_PRESCAN_CHARS]
    found = _HTML_START.search(head)
    candidates = []
    if found:
        attributes = _attributes(found.group())
        candidates += [attributes.get("lang"), attributes.get("xml:lang")]
    metas = [_attributes(tag.group()) for tag in _META.finditer(head)]
    for attribute, value in _META_LANGUAGE:
        for meta in metas:
            if meta.get(attribute, "").strip().lower() == value:
                content = meta.get("content", "")
                # A list (``content-language: en, fr``) declares no single language.
                candidates.append(None if "," in content else content)
    return next((c.strip() for c in candidates if c and language_code(c)), None)


def _attributes(tag: str) -> dict[str, str]:
    """A start tag's attributes, names lower-case, character references left as they are."""
    return {
        match.group(1).lower(): next(v for v in match.groups()[1:] if v is not None)
        for match in _ATTRIBUTE.finditer(tag)
    }


def has_prose(document: Document) -> bool:
    """Whether ``document`` has :data:`MIN_WORDS` words outside its removed spans and headings."""
    text = document.text
    excluded = sorted((s.start, s.end) for s in (*document.removed, *document.headings))
    words, position = 0, 0
    for start, end in [*excluded, (len(text), len(text))]:
        if start > position:
            words += len(_WORD.findall(text, position, start))
            if words >= MIN_WORDS:
                return True
        position = max(position, end)
    return False


def most_attributes(text: str) -> int:
    """The most attributes (words after the tag name, a bound) any start tag of ``text`` has."""
    return max((len(tag.group().split()) - 1 for tag in _START_TAG.finditer(text)), default=0)


def decode_html(raw: RawInput) -> tuple[str, str]:
    """Decode a page once, in the WHATWG order: a byte-order mark, then the charset the server
    announced (a ``charset`` parameter of ``raw.media_type``), then the one its ``<meta>``
    declares in the first :data:`CHARSET_PRESCAN_BYTES` bytes, then UTF-8 and detection (see
    :func:`~newsbrief.parsers.decoding.decode`)."""
    return decode(raw, declared=declared_charset(raw))


def declared_charset(raw: RawInput) -> str | None:
    """The charset label the server or the page declares for ``raw``, if any."""
    announced = _CHARSET_PARAMETER.search(raw.media_type or "")
    if announced:
        return announced.group(1)
    declared = _META_CHARSET.search(raw.data[:CHARSET_PRESCAN_BYTES])
    return declared.group(1).decode("ascii") if declared else None
