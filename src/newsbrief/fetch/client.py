"""Fetching one URL with httpx: bounded in time, size and redirects, and polite about it.

Every failure is an :class:`~newsbrief.errors.InputError` naming the URL with a one-line reason.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import attrs

from newsbrief.errors import InputError
from newsbrief.fetch.cache import CachedPage, PageCache
from newsbrief.fetch.urls import doc_id_for
from newsbrief.parsers.base import RawInput, media_type_of

if TYPE_CHECKING:
    import os

    import httpx

#: Media types a parser may read; anything else (images, archives, PDFs...) is refused.
ACCEPTED_TYPES = frozenset(
    {
        "application/json",
        "application/x-ndjson",
        "application/jsonl",
        "application/x-jsonlines",
        "application/xml",
        "application/xhtml+xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
    }
)
#: What the ``Accept`` header asks for, most wanted first.
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,application/json;q=0.9,text/*;q=0.8"
)


def default_user_agent() -> str:
    """``newsbrief/<version> (+<homepage>)``: tells site owners who is reading."""
    from newsbrief import __version__

    return f"newsbrief/{__version__} (+https://github.com/newsbrief/newsbrief)"


def _positive(instance: object, attribute: attrs.Attribute, value: float) -> None:  # type: ignore[type-arg]
    if value <= 0:
        raise ValueError(f"{attribute.name} must be positive, got {value!r}")


@attrs.frozen
class FetchOptions:
    """Limits of one fetch."""

    #: Seconds to connect, and to wait for each piece of data.
    timeout: float = attrs.field(default=20.0, validator=_positive)
    #: Seconds the whole fetch may take, so a server dripping bytes cannot hold us.
    deadline: float = attrs.field(default=60.0, validator=_positive)
    #: Largest body accepted (after content decoding); reading stops there.
    max_bytes: int = attrs.field(default=16 * 1024 * 1024, validator=_positive)
    #: Redirects followed before giving up.
    max_redirects: int = attrs.field(default=5, validator=attrs.validators.ge(0))
    #: The ``User-Agent`` header.
    user_agent: str = attrs.field(factory=default_user_agent)


def is_accepted(media_type: str | None) -> bool:
    """Whether a parser may read a body of ``media_type`` (unknown types are sniffed later)."""
    if media_type is None:
        return True
    return (
        media_type.startswith("text/")
        or media_type in ACCEPTED_TYPES
        or media_type.endswith(("+xml", "+json"))
    )


def fetch(
    url: str,
    *,
    cache: PageCache | str | os.PathLike[str] | None = None,
    options: FetchOptions | None = None,
) -> RawInput:
    """Fetch ``url`` (or take it from ``cache``) as a :class:`RawInput` for the parsers.

    The input is named by ``url`` as given; ``RawInput.url`` is the URL after redirects and
    ``RawInput.media_type`` the announced media type. Only successful fetches are cached.
    Raises :class:`InputError` naming ``url`` with a one-line reason when the fetch fails.
    """
    options = options or FetchOptions()
    store = cache if isinstance(cache, PageCache) or cache is None else PageCache(cache)
    page = store.get(url) if store is not None else None
    if page is None:
        page = download(url, options)
        if store is not None:
            try:
                store.put(page)
            except OSError as error:
                raise InputError(url, f"cannot write to the cache: {error.strerror}") from None
    return RawInput(
        name=url,
        data=page.data,
        doc_id=doc_id_for(url),
        url=page.final_url,
        media_type=page.media_type,
    )


def download(url: str, options: FetchOptions) -> CachedPage:
    """GET ``url`` within the limits of ``options`` (no cache)."""
    import httpx

    client = httpx.Client(
        follow_redirects=True,
        max_redirects=options.max_redirects,
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": options.user_agent, "Accept": ACCEPT},
    )
    expired = threading.Event()

    def expire() -> None:
        # Closing the connection makes the blocked read fail at its next wake-up at the latest.
        expired.set()
        client.close()

    watchdog = threading.Timer(options.deadline, expire)
    watchdog.daemon = True
    watchdog.start()
    try:
        with client:
            return _get(client, url, options, expired)
    except InputError:
        raise
    except Exception as error:
        if expired.is_set():
            raise InputError(url, _too_slow(options)) from None
        if isinstance(error, httpx.HTTPError | httpx.InvalidURL):
            raise InputError(url, _reason(error, options)) from None
        raise
    finally:
        watchdog.cancel()


def _get(
    client: httpx.Client, url: str, options: FetchOptions, expired: threading.Event
) -> CachedPage:
    with client.stream("GET", url) as response:
        if not response.is_success:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        # The whole header travels with the page: its ``charset`` parameter decides the decoding.
        content_type = response.headers.get("content-type")
        media_type = media_type_of(content_type)
        if not is_accepted(media_type):
            raise InputError(
                url, f"unsupported content type {media_type} (not HTML, XML, a feed, text or JSON)"
            )
        declared = response.headers.get("content-length", "")
        identity = "content-encoding" not in response.headers
        if identity and declared.isdigit() and int(declared) > options.max_bytes:
            raise InputError(url, _too_big(options, declared=int(declared)))
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            if expired.is_set():
                raise InputError(url, _too_slow(options))
            size += len(chunk)
            if size > options.max_bytes:
                raise InputError(url, _too_big(options))
            chunks.append(chunk)
        return CachedPage(url, str(response.url), content_type, b"".join(chunks))


def _too_big(options: FetchOptions, declared: int | None = None) -> str:
    limit = _mib(options.max_bytes)
    if declared is not None:
        return f"the server announces {_mib(declared)}, over the {limit} download limit"
    return f"larger than the {limit} download limit (stopped reading)"


def _too_slow(options: FetchOptions) -> str:
    return f"took longer than the {options.deadline:g} s limit for one download"


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MiB" if size >= 1024 * 1024 else f"{size} bytes"


def _reason(error: Exception, options: FetchOptions) -> str:
    import httpx

    if isinstance(error, httpx.TooManyRedirects):
        return f"too many redirects (more than {options.max_redirects})"
    if isinstance(error, httpx.ConnectTimeout):
        return f"timed out connecting (after {options.timeout:g} s)"
    if isinstance(error, httpx.TimeoutException):
        return f"timed out waiting for data (no reply for {options.timeout:g} s)"
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return f"not a URL newsbrief can fetch ({error})"
    if isinstance(error, httpx.ConnectError):
        return f"could not connect ({_first_line(error)})"
    return f"network error ({_first_line(error) or type(error).__name__})"


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else ""
