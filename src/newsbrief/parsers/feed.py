"""The RSS / Atom feed parser: every entry becomes a document.

feedparser reads the feed from the bytes it is handed (wrapped in a stream, so it never
opens a URL or a file itself); a feed given as a URL was fetched by the loader first. An
entry's text is its content, else its summary, with the entry HTML turned into paragraphs of
text by :func:`~newsbrief.parsers.html.html_to_text`. With ``fetch_linked=True`` and a fetch
function, the page each entry links to is fetched and extracted instead (falling back to the
entry's own text when that fails); the default reads nothing beyond the feed.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from newsbrief.errors import InputError
from newsbrief.languages.detect import language_code
from newsbrief.model import Document, Metadata
from newsbrief.options import Option, OptionSpec
from newsbrief.parsers.assemble import assemble
from newsbrief.parsers.base import RawInput, media_type_of
from newsbrief.parsers.html import ExtractionSettings, HtmlParser, html_to_text
from newsbrief.parsers.markup import head
from newsbrief.parsers.plaintext.dates import parse_iso_date

#: Sniff confidence for a document whose root element is a feed's.
FEED_CONFIDENCE = 0.95

_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
_MEDIA_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_EMAIL_NAME = re.compile(r"[^\s@()]+@[^\s@()]+\s*\(([^()]+)\)")
#: Most entries one feed may hold: feedparser builds every entry at once (a 100,000-item feed
#: cost 84 s and 1.6 GiB), so the raw ``<item``/``<entry`` tags are counted before it runs.
MAX_ENTRIES = 10_000
_ENTRY_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")

#: Fetches a URL's bytes for ``fetch_linked``; raises :class:`InputError` when it cannot.
Fetch = Callable[[str], bytes]


class FeedParser:
    """Reads RSS 0.9x/1.0/2.0 and Atom feeds: one document per entry.

    Each document holds the entry's text (content, else summary); its title, link (as url),
    published date, author, and the feed's title (as outlet) are its metadata, with the entry
    id and the feed URL in ``Metadata.extra``. An entry without text is reported and skipped.

    ``fetch_linked=True`` with a ``fetch`` function (URL in, bytes out) reads each entry's
    linked page through the HTML parser instead, keeping the entry's metadata where the page
    has none; if the page cannot be read, the entry's own text is used and
    ``extra["linked_page"]`` says why.
    """

    #: Name for ``--parser feed``.
    name = "feed"
    #: One line for ``newsbrief list``.
    description = "RSS and Atom feeds (one article per entry)"
    #: Extensions read by default; ``""`` lets sniffing claim feeds fetched from URLs.
    extensions = (".rss", ".atom", ".xml", ".rdf", "")
    #: ``fetch_linked``.
    options = OptionSpec(
        Option(
            "fetch_linked",
            bool,
            False,
            "Read each entry's linked page (through the html parser) instead of the entry's text.",
        )
    )

    def __init__(
        self,
        *,
        fetch_linked: bool = False,
        fetch: Fetch | None = None,
        settings: ExtractionSettings | None = None,
    ) -> None:
        """Read entry texts, or with ``fetch_linked`` the linked pages through ``fetch``."""
        if fetch_linked and fetch is None:
            raise ValueError("fetch_linked needs a fetch function (URL -> bytes)")
        #: Whether each entry's linked page replaces the entry's text.
        self.fetch_linked = fetch_linked
        #: How linked pages are fetched.
        self.fetch = fetch
        #: How linked pages are extracted.
        self.pages = HtmlParser(settings)

    def configure(self, options: Mapping[str, str], *, fetch: Fetch | None = None) -> FeedParser:
        """A copy using parser options: ``fetch_linked=true`` (needs ``fetch``)."""
        chosen = self.options.parse(options, f"{self.name} parser", defaults=False)
        linked = chosen.get("fetch_linked", self.fetch_linked)
        return FeedParser(
            fetch_linked=linked, fetch=fetch or self.fetch, settings=self.pages.settings
        )

    def sniff(self, raw: RawInput) -> float:
        """:data:`FEED_CONFIDENCE` when the root element is ``rss``, ``feed`` or ``rdf:RDF``."""
        start = head(raw)
        media_type = media_type_of(raw.media_type) or ""
        if start.root in _ROOTS or (media_type in _MEDIA_TYPES and start.root is not None):
            return FEED_CONFIDENCE
        return 0.0

    def parse(self, raw: RawInput) -> Iterator[Document | InputError]:
        """One document per entry; entries without text are yielded as :class:`InputError`.

        Raises :class:`InputError` when the input is not a feed or has no usable entry.
        """
        import feedparser

        if not raw.data.strip():
            raise InputError(raw.name, "empty input")
        headers = {"content-location": raw.url} if raw.url else {}
        if raw.media_type:
            headers["content-type"] = raw.media_type
        tags = len(_ENTRY_TAG.findall(raw.data))
        if tags > MAX_ENTRIES:  # counted before feedparser builds anything
            raise InputError(
                raw.name, f"{tags:,} entries, over the {MAX_ENTRIES:,}-entry limit for one feed"
            )
        try:
            parsed = feedparser.parse(io.BytesIO(raw.data), response_headers=headers)
        except Exception as error:
            # feedparser on arbitrary bytes: whatever it raises means "unreadable".
            raise InputError(raw.name, f"unreadable feed ({error})") from None
        if not parsed.get("version") and not parsed.entries:
            reason = parsed.get("bozo_exception") or "no rss, feed or rdf:RDF root"
            raise InputError(raw.name, f"not an RSS or Atom feed ({reason})")
        if not parsed.entries:
            raise InputError(raw.name, "the feed has no entries")
        feed = parsed.feed
        several = len(parsed.entries) > 1
        produced = 0
        for number, entry in enumerate(parsed.entries, start=1):
            label = f"{raw.name}#{number}"
            doc_id = f"{raw.doc_id}-{number}" if several else raw.doc_id
            metadata = self._metadata(raw, feed, entry, parsed.get("encoding"))
            document = self._linked(raw, entry, doc_id, metadata) if self.fetch_linked else None
            if document is None:
                text = entry_text(entry)
                if not text:
                    yield InputError(label, _with_cause("the entry has no text", parsed))
                    continue
                document = assemble(doc_id=doc_id, text=text, metadata=metadata)
            produced += 1
            yield document
        if not produced:
            # feedparser reads what it can of broken XML: a cut entry then has no text.
            raise InputError(raw.name, _with_cause("no entry of the feed has text", parsed))

    def _metadata(
        self, raw: RawInput, feed: Mapping[str, Any], entry: dict[str, Any], encoding: Any
    ) -> Metadata:
        extra = {"feed_title": _text_of(feed, "title"), "entry_id": _clean(entry.get("id"))}
        if raw.url:
            extra["feed_url"] = raw.url
        language = _declared_language(feed, entry)
        return Metadata(
            title=_text_of(entry, "title"),
            outlet=_text_of(feed, "title"),
            author=_author(entry) or _author(feed),
            published=_published(entry),
            url=_clean(entry.get("link")),
            language=language,
            source_path=raw.path,
            encoding=str(encoding) if encoding else None,
            extra={key: value for key, value in extra.items() if value},
        )

    def _linked(
        self, raw: RawInput, entry: Mapping[str, Any], doc_id: str, metadata: Metadata
    ) -> Document | None:
        link = _clean(entry.get("link"))
        if not link or self.fetch is None:
            return None
        try:
            page = RawInput(name=link, data=self.fetch(link), doc_id=doc_id, url=link)
            (document,) = self.pages.parse(page)
        except InputError as error:
            text = entry_text(entry)
            if not text:
                return None
            extra = {**metadata.extra, "linked_page": f"not used: {error.reason}"}
            return assemble(doc_id=doc_id, text=text, metadata=attrs.evolve(metadata, extra=extra))
        own = document.metadata
        return attrs.evolve(
            document,
            metadata=attrs.evolve(
                own,
                title=metadata.title or own.title,
                author=own.author or metadata.author,
                published=metadata.published or own.published,
                outlet=own.outlet or metadata.outlet,
                source_path=raw.path,
                extra={**metadata.extra, **own.extra, "linked_page": "fetched"},
            ),
        )


def _declared_language(feed: Mapping[str, Any], entry: Mapping[str, Any]) -> str | None:
    """The language the feed declares for ``entry``, the nearest declaration first: the
    entry's content or summary (Atom ``xml:lang``), the entry (``dc:language``), the feed
    (RSS ``<language>``, Atom ``xml:lang``). Reduced to a code when the document is assembled."""
    details = [*(entry.get("content") or []), entry.get("summary_detail") or {}]
    declared = [detail.get("language") for detail in details if isinstance(detail, Mapping)]
    declared += [entry.get("language"), feed.get("language")]
    return next((value for value in map(_clean, declared) if value and language_code(value)), None)


def entry_text(entry: Mapping[str, Any]) -> str:
    """An entry's text: its longest content, else its summary, HTML turned into paragraphs."""
    candidates = list(entry.get("content") or [])
    if not candidates and entry.get("summary"):
        candidates = [entry.get("summary_detail") or {"value": entry["summary"]}]
    texts = [_as_text(item) for item in candidates]
    return max(texts, key=len, default="")


def _as_text(detail: Mapping[str, Any]) -> str:
    value = detail.get("value") or ""
    if detail.get("type", "text/html") in _HTML_TYPES:
        return html_to_text(value)
    return value.strip()


def _text_of(values: Mapping[str, Any], key: str) -> str | None:
    detail = values.get(f"{key}_detail")
    if detail and values.get(key):
        return _clean(_as_text(detail).replace("\n\n", " "))
    return _clean(values.get(key))


def _author(values: Mapping[str, Any]) -> str | None:
    # RSS's <author> is ``email (Name)``; feedparser's own split mangles long domain names.
    author = _clean(values.get("author"))
    found = _EMAIL_NAME.fullmatch(author) if author else None
    return found.group(1).strip() if found else author


def _published(entry: dict[str, Any]) -> dt.date | None:
    """The entry's date in its own time zone (feedparser's parsed dates are UTC).

    ``entry`` is feedparser's ``FeedParserDict``, a ``dict`` subclass.
    """
    for key in ("published", "updated", "created"):
        # dict.get: feedparser's own get() maps a missing ``updated`` to ``published``, warning.
        value = _clean(dict.get(entry, key))
        if not value:
            continue
        try:
            return email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
        if (day := parse_iso_date(value)) is not None:
            return day
        parsed = dict.get(entry, f"{key}_parsed")
        if parsed:
            try:
                return dt.date(*parsed[:3])
            except (TypeError, ValueError):
                continue
    return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _with_cause(reason: str, parsed: Mapping[str, Any]) -> str:
    """``reason``, followed by where the feed's XML breaks when it is not well-formed."""
    broken = _not_well_formed(parsed)
    return f"{reason}; {broken}" if broken else reason


def _not_well_formed(parsed: Mapping[str, Any]) -> str | None:
    """``not well-formed XML at line 1, column 164: invalid token`` when the feed's XML is
    broken (feedparser then reads what it can), else ``None``."""
    from xml.sax import SAXParseException

    error = parsed.get("bozo_exception")
    if not isinstance(error, SAXParseException):
        return None
    message = error.getMessage().removeprefix("not well-formed ").strip("() ")
    where = f"line {error.getLineNumber()}, column {error.getColumnNumber()}"
    return f"not well-formed XML at {where}: {message}"
