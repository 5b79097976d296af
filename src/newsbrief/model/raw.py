"""One input's bytes as read, before any parser sees them.

Below both the readers (:mod:`newsbrief.inputs`, :mod:`newsbrief.fetch`) and the parsers, so
neither imports the other for it.
"""

from __future__ import annotations

import attrs

#: The suffix of compressed inputs (gzip), read through to the file type inside.
COMPRESSED_SUFFIX = ".gz"


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
    not a file type: newswire archives name files ``APW19981016.0240``. A compressed file's type
    is the one inside (``page.html.gz`` is ``.html``): :mod:`newsbrief.inputs` decompresses it.
    """
    tail = name.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    if is_compressed(tail):
        tail = tail[: -len(COMPRESSED_SUFFIX)]
    if "." not in tail:
        return ""
    suffix = tail.rsplit(".", 1)[-1].lower()
    return "" if suffix.isdigit() else "." + suffix


def is_compressed(name: str) -> bool:
    """Whether ``name`` (a path or URL) names a gzip file (``page.html.gz``), not an archive of
    many files (``articles.tar.gz`` is refused as binary data, as before)."""
    tail = name.split("?", 1)[0].split("#", 1)[0].lower()
    return tail.endswith(COMPRESSED_SUFFIX) and not tail.endswith(".tar" + COMPRESSED_SUFFIX)


def media_type_of(content_type: str | None) -> str | None:
    """The bare, lower-case media type of a ``Content-Type`` header (``text/html``), or ``None``."""
    if not content_type:
        return None
    bare = content_type.split(";", 1)[0].strip().lower()
    return bare or None
