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

    def get(self, url: str) -> CachedPage | None:
        """The cached page for ``url``, or ``None`` when absent or unreadable."""
        body, meta = self._paths(url)
        try:
            headers = json.loads(meta.read_text(encoding="utf-8"))
            data = body.read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(headers, dict) or headers.get("url") != url:
            return None
        final_url = str(headers.get("final_url") or url)
        return CachedPage(url, final_url, headers.get("media_type"), data)

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
