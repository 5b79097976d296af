"""Recognising URLs among inputs and naming the documents fetched from them."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import quote, urlsplit, urlunsplit

#: Schemes ``newsbrief build`` fetches; anything else is a path.
SCHEMES = ("http://", "https://")

# Characters kept in a document id; everything else becomes ``-``.
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_ID = 80

#: Longest URL fetched (browsers and servers commonly stop near 8 KB).
MAX_URL_CHARS = 8192
# Bidirectional controls: shown as they are, they can make a URL read as another one.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_url(spec: str) -> bool:
    """Whether ``spec`` names an http(s) URL rather than a path."""
    return spec[:8].lower().startswith(SCHEMES)


def doc_id_for(url: str) -> str:
    """A document id for ``url``: its path's last segment without extension, else its host.

    ``https://example.com/news/storm-hits.html`` gives ``storm-hits``;
    ``https://example.com/`` gives ``example.com``.
    """
    try:
        parts = urlsplit(url)
        hostname = parts.hostname or ""
    except ValueError:  # "Invalid IPv6 URL" and the like: name it by its shape alone
        parts, hostname = urlsplit(""), ""
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    stem = segment.rsplit(".", 1)[0] if "." in segment.lstrip(".") else segment
    for candidate in (stem, hostname):
        cleaned = _UNSAFE.sub("-", candidate).strip("-.")[:_MAX_ID]
        if cleaned:
            return cleaned
    return "url"


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched as it is written (one line), or ``None`` when it can.

    Checked before any connection: length, characters (controls, spaces, bidirectional
    controls), the scheme, a host name whose labels fit DNS (63 characters each, 253 in all),
    and the port.
    """
    if len(url) > MAX_URL_CHARS:
        return f"a URL longer than {MAX_URL_CHARS:,} characters"
    if any(char in _BIDI or unicodedata.category(char)[0] in "CZ" for char in url):
        return "the URL holds spaces, control or bidirectional-control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as error:
        return f"not a well-formed URL ({error})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not a URL newsbrief can fetch (scheme {parts.scheme or 'missing'!r})"
    if not host:
        return "no host name in the URL"
    if _is_ip(host):
        return None
    dns = "the host name is not a valid DNS name (labels of 1-63 characters, 253 in all)"
    if len(host) > 253 or any(not 0 < len(label) <= 63 for label in host.rstrip(".").split(".")):
        return dns
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return "the host name is not a valid internationalised domain name"
    if len(ascii_host) > 253:
        return dns
    return None


def safe_url(url: str) -> str:
    """``url`` as it may be shown in an output: credentials removed and bidirectional or
    control characters percent-encoded, so it reads as the address it is."""
    if any(map(_unsafe, url)):
        url = "".join(quote(char, safe="") if _unsafe(char) else char for char in url)
    return strip_credentials(url)


def strip_credentials(url: str) -> str:
    """``url`` without a ``user:password@`` part (which must never reach an output or a log)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.rsplit("@", 1)[-1] if "@" in url.split("/", 3)[:3][-1] else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _unsafe(char: str) -> bool:
    # Controls, format characters (bidi overrides, zero-width joiners) and line separators.
    return char in _BIDI or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
