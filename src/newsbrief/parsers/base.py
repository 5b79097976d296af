"""What a parser is: bytes of one input in, documents out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

import attrs

from newsbrief.errors import InputError
from newsbrief.model import Document


@attrs.frozen
class RawInput:
    """The bytes of one input and how the user named it."""

    #: How messages name the input: the path or URL as given, or ``-`` for stdin.
    name: str
    #: The raw bytes (already size-capped by the loader).
    data: bytes = attrs.field(repr=lambda data: f"<{len(data)} bytes>")
    #: Suggested document id (the file stem); parsers add suffixes for several documents.
    doc_id: str
    #: Filesystem path, when the input is a file.
    path: str | None = None
    #: URL, when the input was fetched.
    url: str | None = None
    #: Content type announced by a server, if any.
    media_type: str | None = None

    @property
    def suffix(self) -> str:
        """The lower-case file extension with its dot (``.txt``), or ``""``."""
        return file_suffix(self.path or self.url or self.name)


def file_suffix(name: str) -> str:
    """The lower-case extension of a path or URL (``.html``), or ``""`` when it has none.

    A URL's query and fragment are ignored (``story.html?page=2``), and an all-digit suffix is
    not a file type: newswire archives name files ``APW19981016.0240``.
    """
    tail = name.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    if "." not in tail:
        return ""
    suffix = tail.rsplit(".", 1)[-1].lower()
    return "" if suffix.isdigit() else "." + suffix


def media_type_of(content_type: str | None) -> str | None:
    """The bare, lower-case media type of a ``Content-Type`` header (``text/html``), or ``None``."""
    if not content_type:
        return None
    bare = content_type.split(";", 1)[0].strip().lower()
    return bare or None


@runtime_checkable
class Parser(Protocol):
    """Turns one raw input into documents.

    Raise :class:`newsbrief.errors.InputError` (never anything else) for input it cannot read.
    When only part of an input is bad (one malformed line of a JSON Lines file), *yield* an
    :class:`~newsbrief.errors.InputError` naming that part (``feed.jsonl:12``) instead of raising:
    the host reports it and keeps the documents around it.
    """

    #: Unique name, used by ``--parser NAME``.
    name: str
    #: One line for ``newsbrief list``.
    description: str
    #: File extensions this parser reads, with the dot (``(".txt",)``).
    extensions: tuple[str, ...]

    def sniff(self, raw: RawInput) -> float:
        """How confident the parser is, from 0 to 1, that it can read ``raw`` (by content)."""
        ...

    def parse(self, raw: RawInput) -> Iterable[Document | InputError]:
        """Parse ``raw`` into documents (unsegmented), and problems with parts it skipped."""
        ...
