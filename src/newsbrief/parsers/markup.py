"""Cheap looks at the start of an input, for the sniffers of the markup formats.

Sniffing runs every candidate parser over every input, so it reads only the first few
kilobytes and never runs charset detection: tag names are ASCII in every encoding news
markup comes in, so a lenient decoding of the head is enough to tell HTML from RSS from SGML.
"""

from __future__ import annotations

import re

import attrs

from newsbrief.parsers.base import RawInput
from newsbrief.parsers.decoding import BOMS

#: How many bytes a sniffer looks at.
HEAD_BYTES = 8192


# What may precede the first element: XML declaration, comments, processing instructions.
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_DOCTYPE = re.compile(r"<!DOCTYPE\s+([^\s>\[]+)[^>]*>", re.I)
_TAG = re.compile(r"<([A-Za-z][\w:.-]*)")


@attrs.frozen
class Head:
    """The start of an input as text, and its first markup, if any."""

    #: The first :data:`HEAD_BYTES` bytes, decoded leniently.
    text: str
    #: The document type declared (``html``), lower-case, or ``None``.
    doctype: str | None
    #: The name of the first element (``rss``, ``feed``, ``html``, ``doc``), lower-case.
    root: str | None
    #: Offset in :attr:`text` where the first element starts (``-1`` without one).
    root_start: int


def head(raw: RawInput) -> Head:
    """The start of ``raw`` decoded leniently (BOM, else UTF-8 with replacement), and its root.

    Binary-looking data (NUL bytes outside a UTF-16/32 text) gives an empty head.
    """
    data = raw.data[:HEAD_BYTES]
    text = None
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="ignore")
            break
    if text is None:
        if b"\x00" in data:
            return Head("", None, None, -1)
        text = data.decode("utf-8", errors="replace")
    position = _prolog_end(text, 0)
    doctype = None
    found = _DOCTYPE.match(text, position)
    if found:
        doctype = found.group(1).lower()
        position = _prolog_end(text, found.end())
    tag = _TAG.match(text, position)
    if tag is None:
        return Head(text, doctype, None, -1)
    return Head(text, doctype, tag.group(1).lower(), position)


def _prolog_end(text: str, position: int) -> int:
    """Where the prolog that starts at ``position`` ends (it may be empty, so it always matches)."""
    prolog = _PROLOG.match(text, position)
    return prolog.end() if prolog else position
