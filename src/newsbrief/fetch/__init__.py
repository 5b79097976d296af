"""Fetching articles and feeds over HTTP: ``fetch(url) -> RawInput``, with an optional disk cache.

Reusable by parsers that need linked pages (a feed's entries)::

    from newsbrief.fetch import fetch

    raw = fetch("https://example.com/news/story.html", cache="~/.cache/newsbrief")
"""

from __future__ import annotations

from newsbrief.fetch.cache import CachedPage, PageCache
from newsbrief.fetch.client import (
    ACCEPTED_TYPES,
    FetchOptions,
    default_user_agent,
    download,
    fetch,
    is_accepted,
    media_type_of,
)
from newsbrief.fetch.urls import doc_id_for, is_url

__all__ = [
    "ACCEPTED_TYPES",
    "CachedPage",
    "FetchOptions",
    "PageCache",
    "default_user_agent",
    "doc_id_for",
    "download",
    "fetch",
    "is_accepted",
    "is_url",
    "media_type_of",
]
