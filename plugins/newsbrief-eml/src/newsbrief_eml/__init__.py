"""newsbrief plugin: e-mail newsletters saved as ``.eml`` files (RFC 5322 / MIME).

The standard library's :mod:`email` package finds the message body (the plain-text part when
there is one, else the HTML part); newsbrief's own ``text`` or ``html`` parser then reads that body,
so the usual noise rules (footers, link lists, promos) and metadata harvesting apply. The headers
win over what was harvested: ``Subject`` is the title, the sender's name the outlet, ``Date`` the
publication date. The document's text is the decoded body, and offsets refer to it.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import html.parser
import re
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from typing import Any

import attrs

import newsbrief
from newsbrief.plugin_api import OptionSpec, RawInput

__all__ = ["EmlParser", "html_text", "register_parsers"]

# Header names that, at the start of a file, mark it as an e-mail message.
_HEADER = re.compile(
    rb"^(?:From|To|Subject|Date|Message-ID|MIME-Version|Received|Return-Path|Delivered-To):",
    re.I | re.M,
)
# Tags after which the text of an HTML body breaks the line.
_BLOCKS = frozenset(
    {"address", "article", "blockquote", "br", "div", "dd", "dl", "dt", "footer", "header", "hr"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "p", "pre", "section", "table", "td", "th"}
    | {"tr", "ul"}
)


class EmlParser:
    """Reads one e-mail message: its body as the text, its headers as metadata."""

    #: Name for ``--parser eml``.
    name = "eml"
    #: One line for ``newsbrief list``.
    description = "e-mail newsletters saved as .eml (MIME; plain-text or HTML body)"
    #: Extensions read by default.
    extensions = (".eml",)
    #: No options of its own (``language``, which every parser takes, aside).
    options = OptionSpec()

    def sniff(self, raw: RawInput) -> float:
        """0.9 when the input opens with at least two e-mail headers, else 0."""
        head = raw.data[:4096]
        first_line = head.split(b"\n", 1)[0]
        if not _HEADER.match(first_line) and not first_line.startswith(b"From "):
            return 0.0
        return 0.9 if len(_HEADER.findall(head)) >= 2 else 0.0

    def parse(self, raw: RawInput) -> Iterator[newsbrief.Document]:
        """One document per message. Raises :class:`newsbrief.InputError` for a non-message."""
        if self.sniff(raw) == 0.0:
            raise newsbrief.InputError(raw.name, "not an e-mail message (no headers)")
        message = email.message_from_bytes(raw.data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)  # what the default policy builds
        body = message.get_body(preferencelist=("plain", "html"))
        if body is None:
            raise newsbrief.InputError(raw.name, "the message has no text or HTML body")
        content = body.get_content()
        if not isinstance(content, str) or not content.strip():
            raise newsbrief.InputError(raw.name, "the message body is empty")
        charset = body.get_content_charset() or "us-ascii"
        for document in _read_body(raw, content, body.get_content_subtype()):
            meta = attrs.evolve(
                document.metadata,
                **_header_metadata(message),
                source_path=raw.path,
                encoding=charset,
                sha256=hashlib.sha256(raw.data).hexdigest(),
            )
            yield attrs.evolve(document, metadata=meta)


def _read_body(raw: RawInput, content: str, subtype: str) -> list[newsbrief.Document]:
    # The body goes through newsbrief's own parsers, found by name in the registry.
    parsers = newsbrief.get_parsers()
    if subtype == "html" and "html" in parsers:
        inner = attrs.evolve(raw, data=content.encode("utf-8"), media_type="text/html")
        return list(_documents(parsers["html"].parse(inner)))
    if subtype == "html":
        content = html_text(content)
    inner = attrs.evolve(raw, data=content.encode("utf-8"), media_type="text/plain")
    return list(_documents(parsers["text"].parse(inner)))


def _documents(results: Any) -> Iterator[newsbrief.Document]:
    for result in results:
        if isinstance(result, newsbrief.Document):
            yield result


def _header_metadata(message: EmailMessage) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    subject = " ".join(str(message.get("Subject", "")).split())
    if subject:
        fields["title"] = subject
    name, address = email.utils.parseaddr(str(message.get("From", "")))
    outlet = name or address.rpartition("@")[2]
    if outlet:
        fields["outlet"] = outlet
    date = message.get("Date")
    if date is not None and getattr(date, "datetime", None) is not None:
        # The day in the sender's own time zone, as for every newsbrief date.
        fields["published"] = date.datetime.date()
    archive = str(message.get("List-Archive", "")).strip().strip("<>")
    if archive.startswith(("http://", "https://")):
        fields["url"] = archive
    return fields


class _TextCollector(html.parser.HTMLParser):
    """Collects the text of an HTML body, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """The text of an HTML e-mail body, paragraphs separated by blank lines.

    Used only when newsbrief has no ``html`` parser registered.
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(line for line in lines if line) + "\n"


@newsbrief.hookimpl
def register_parsers(register: Callable[[Any], None]) -> None:
    """Register the ``eml`` parser."""
    register(EmlParser())
