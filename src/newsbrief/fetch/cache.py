"""An on-disk cache of fetched pages, so a briefing can be rebuilt without refetching.

Entries never expire: the cache is a snapshot of what was read, keyed by the URL as given. Delete
the directory (or one entry's two files) to fetch again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import attrs

# A header is three short strings; anything much larger was not written by this cache.
_MAX_HEADER_BYTES = 64 * 1024


@attrs.frozen
class CachedPage:
    """What the cache keeps of one successful fetch."""

    #: The URL as requested (the key).
    url: str
    #: The URL after redirects.
    final_url: str
    #: The ``Content-Type`` the server announced (``text/html; charset=utf-8``), if any.
    media_type: str | None
    #: The body, decoded from any content encoding.
    data: bytes = attrs.field(repr=lambda data: f"<{len(data)} bytes>")


class PageCache:
    """A directory of ``<sha256(url)>.body`` files with ``.json`` headers beside them."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        """Use ``directory`` (created when first written to)."""
        #: Where entries live.
        self.directory = Path(directory)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.directory / f"{key}.body", self.directory / f"{key}.json"

    def get(self, url: str, max_bytes: int | None = None) -> CachedPage | None:
        """The cached page for ``url``, or ``None`` when absent, unreadable or not what the
        cache writes (a header of the wrong shape or types, a body over ``max_bytes``): such an
        entry is fetched again rather than trusted."""
        body, meta = self._paths(url)
        try:
            with meta.open("rb") as handle:
                header_bytes = handle.read(_MAX_HEADER_BYTES + 1)
            if len(header_bytes) > _MAX_HEADER_BYTES:
                return None
            headers = json.loads(header_bytes.decode("utf-8"))
            if not isinstance(headers, dict) or headers.get("url") != url:
                return None
            final_url = headers.get("final_url") or url
            media_type = headers.get("media_type")
            if not isinstance(final_url, str) or not isinstance(media_type, str | None):
                return None
            if not body.is_file():
                return None
            with body.open("rb") as handle:
                data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        except (OSError, ValueError, RecursionError):
            return None
        if max_bytes is not None and len(data) > max_bytes:
            return None
        return CachedPage(url, final_url, media_type, data)

    def put(self, page: CachedPage) -> None:
        """Store ``page``; the headers are written last, so a half-written entry is never read."""
        self.directory.mkdir(parents=True, exist_ok=True)
        body, meta = self._paths(page.url)
        headers = {"url": page.url, "final_url": page.final_url, "media_type": page.media_type}
        _write_atomically(body, page.data)
        _write_atomically(meta, json.dumps(headers, indent=1, sort_keys=True).encode("utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
