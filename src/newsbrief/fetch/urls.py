"""Recognising URLs among inputs and naming the documents fetched from them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: Schemes ``newsbrief build`` fetches; anything else is a path.
SCHEMES = ("http://", "https://")

# Characters kept in a document id; everything else becomes ``-``.
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_ID = 80


def is_url(spec: str) -> bool:
    """Whether ``spec`` names an http(s) URL rather than a path."""
    return spec[:8].lower().startswith(SCHEMES)


def doc_id_for(url: str) -> str:
    """A document id for ``url``: its path's last segment without extension, else its host.

    ``https://example.com/news/storm-hits.html`` gives ``storm-hits``;
    ``https://example.com/`` gives ``example.com``.
    """
    parts = urlsplit(url)
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    stem = segment.rsplit(".", 1)[0] if "." in segment.lstrip(".") else segment
    for candidate in (stem, parts.hostname or ""):
        cleaned = _UNSAFE.sub("-", candidate).strip("-.")[:_MAX_ID]
        if cleaned:
            return cleaned
    return "url"
