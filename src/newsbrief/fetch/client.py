"""Fetching one URL with httpx: bounded in time, size and redirects, and polite about it.

Every failure is an :class:`~newsbrief.errors.InputError` naming the URL with a one-line reason.
What is fetched and never fetched, and every limit, is described in ``docs/security.md``.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
import zlib
from typing import TYPE_CHECKING

import attrs

from newsbrief.defaults import FETCH_TIMEOUT
from newsbrief.errors import InputError
from newsbrief.fetch.cache import CachedPage, PageCache
from newsbrief.fetch.urls import doc_id_for, strip_credentials, url_problem
from newsbrief.model.raw import RawInput, media_type_of

if TYPE_CHECKING:
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
#: Content encodings decoded (each within the download limit); others are refused.
ENCODINGS = ("gzip", "x-gzip", "deflate")
#: Most encodings stacked on one body (``gzip, gzip``); real servers use one.
MAX_STACKED_ENCODINGS = 2
#: Set to ``1`` to fetch from private, loopback and link-local addresses too.
ALLOW_PRIVATE_ENV = "NEWSBRIEF_ALLOW_PRIVATE_HOSTS"


def default_user_agent() -> str:
    """``newsbrief/<version> (+<homepage>)``: tells site owners who is reading."""
    from newsbrief._version import __version__

    return f"newsbrief/{__version__} (+https://github.com/newsbrief/newsbrief)"


def _positive(instance: object, attribute: attrs.Attribute, value: float) -> None:
    if not value > 0:  # also nan
        raise ValueError(f"{attribute.name} must be positive, got {value!r}")


@attrs.frozen
class FetchOptions:
    """Limits of one fetch."""

    #: Seconds to connect, and to wait for each piece of data.
    timeout: float = attrs.field(default=FETCH_TIMEOUT, validator=_positive)
    #: Seconds the whole fetch may take, so a server dripping bytes cannot hold us.
    deadline: float = attrs.field(default=60.0, validator=_positive)
    #: Largest body accepted (after content decoding); reading stops there.
    max_bytes: int = attrs.field(default=16 * 1024 * 1024, validator=_positive)
    #: Redirects followed before giving up.
    max_redirects: int = attrs.field(default=5, validator=attrs.validators.ge(0))
    #: The ``User-Agent`` header.
    user_agent: str = attrs.field(factory=default_user_agent)
    #: Whether private, loopback, link-local and other non-public addresses may be fetched
    #: (default: only when ``NEWSBRIEF_ALLOW_PRIVATE_HOSTS=1``).
    allow_private_hosts: bool = attrs.field(factory=lambda: allow_private_from_env())


def allow_private_from_env() -> bool:
    """Whether ``NEWSBRIEF_ALLOW_PRIVATE_HOSTS`` allows non-public addresses."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


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
    problem = url_problem(url)
    if problem is not None:
        raise InputError(strip_credentials(url), problem)
    store = cache if isinstance(cache, PageCache) or cache is None else PageCache(cache)
    page = store.get(url, options.max_bytes) if store is not None else None
    if page is None:
        page = download(url, options)
        if store is not None:
            try:
                store.put(page)
            except OSError as error:
                raise InputError(url, f"cannot write to the cache: {error.strerror}") from None
    return RawInput(
        name=strip_credentials(url),
        data=page.data,
        doc_id=doc_id_for(url),
        url=strip_credentials(page.final_url),
        media_type=page.media_type,
    )


def download(url: str, options: FetchOptions) -> CachedPage:
    """GET ``url`` within the limits of ``options`` (no cache).

    Redirects are followed here, hop by hop, so that each one is checked like the first URL:
    well-formed, http(s), and (unless allowed) resolving to public addresses only.
    """
    import httpx

    name = strip_credentials(url)
    problem = url_problem(url)
    if problem is not None:
        raise InputError(name, problem)
    client = httpx.Client(
        follow_redirects=False,
        timeout=httpx.Timeout(options.timeout),
        headers={
            "User-Agent": options.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": ", ".join(e for e in ENCODINGS if e != "x-gzip"),
        },
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
            return _get(client, url, name, options, expired)
    except InputError:
        raise
    except Exception as error:
        if expired.is_set():
            raise InputError(name, _too_slow(options)) from None
        if isinstance(error, httpx.HTTPError | httpx.InvalidURL | UnicodeError | ValueError):
            raise InputError(name, _reason(error, options)) from None
        raise
    finally:
        watchdog.cancel()


def _get(
    client: httpx.Client, url: str, name: str, options: FetchOptions, expired: threading.Event
) -> CachedPage:
    request = client.build_request("GET", url)
    for hop in range(options.max_redirects + 1):
        if not options.allow_private_hosts:
            _check_public(name, request.url.host, request.url.port, hop)
        response = client.send(request, stream=True)
        try:
            if not options.allow_private_hosts:
                # The address connected to, in case the name resolved differently this time.
                _check_peer(name, response, hop)
            if not response.is_redirect:
                return _read(response, url, name, options, expired)
            target = response.next_request
            if target is None:
                raise InputError(name, f"HTTP {response.status_code} redirect without a location")
            problem = url_problem(str(target.url))
            if problem is not None:
                raise InputError(name, f"redirected to a URL newsbrief cannot fetch: {problem}")
            request = target
        finally:
            response.close()
    raise InputError(name, f"too many redirects (more than {options.max_redirects})")


def _read(
    response: httpx.Response,
    url: str,
    name: str,
    options: FetchOptions,
    expired: threading.Event,
) -> CachedPage:
    if not response.is_success:
        raise InputError(name, f"HTTP {response.status_code} {response.reason_phrase}".strip())
    # The whole header travels with the page: its ``charset`` parameter decides the decoding.
    content_type = response.headers.get("content-type")
    media_type = media_type_of(content_type)
    if not is_accepted(media_type):
        raise InputError(
            name, f"unsupported content type {media_type} (not HTML, XML, a feed, text or JSON)"
        )
    encodings = response.headers.get_list("content-encoding", split_commas=True)
    decoder = _Decoder(name, encodings, options.max_bytes)
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise InputError(name, _too_big(options, declared=int(declared)))
    chunks: list[bytes] = []
    received = size = 0
    for chunk in response.iter_raw():
        if expired.is_set():
            raise InputError(name, _too_slow(options))
        received += len(chunk)
        if received > options.max_bytes:
            raise InputError(name, _too_big(options))
        # Decoded piece by piece, never past the limit: a small compressed body cannot
        # inflate to gigabytes in memory before the size is checked.
        decoded = decoder.decode(chunk, options.max_bytes - size)
        size += len(decoded)
        chunks.append(decoded)
    tail = decoder.finish(options.max_bytes - size)
    chunks.append(tail)
    return CachedPage(url, str(response.url), content_type, b"".join(chunks))


class _Decoder:
    """Undoes the ``Content-Encoding`` layers of a body, each step bounded in output."""

    def __init__(self, name: str, encodings: list[str], limit: int) -> None:
        self.name = name
        self._too_big = f"decompresses past the {_mib(limit)} download limit (stopped decoding)"
        layers = [e.strip().lower() for e in encodings if e.strip().lower() not in ("", "identity")]
        if len(layers) > MAX_STACKED_ENCODINGS:
            raise InputError(
                name,
                f"{len(layers)} stacked content encodings ({', '.join(layers)}); "
                f"at most {MAX_STACKED_ENCODINGS} are decoded",
            )
        unknown = [layer for layer in layers if layer not in ENCODINGS]
        if unknown:
            raise InputError(name, f"unsupported content encoding {unknown[0]!r}")
        # The last encoding listed was applied last: it is undone first.
        self._layers = [_inflater(layer) for layer in reversed(layers)]
        self._sizes = [0] * len(self._layers)
        self._raw_deflate = [layer == "deflate" for layer in reversed(layers)]

    def decode(self, data: bytes, room: int) -> bytes:
        """The decoded bytes of ``data``; refused once the body would pass ``room`` more bytes."""
        for index in range(len(self._layers)):
            data = self._step(index, data, room)
        if len(data) > room:
            raise InputError(self.name, self._too_big)
        return data

    def finish(self, room: int) -> bytes:
        """Whatever the layers still hold at the end of the body."""
        data = b""
        for index in range(len(self._layers)):
            data = self._step(index, data, room)
        return data

    def _step(self, index: int, data: bytes, room: int) -> bytes:
        layer = self._layers[index]
        # Every layer (a compressed middle one too) may produce at most ``room`` more bytes:
        # asked for one byte more, zlib stops there, and input left over means "too big".
        try:
            out = layer.decompress(data, room + 1)
        except zlib.error:
            if self._raw_deflate[index] and self._sizes[index] == 0 and not layer.eof:
                # "deflate" is sometimes sent without its zlib header: retry as raw deflate.
                self._layers[index] = layer = zlib.decompressobj(-zlib.MAX_WBITS)
                self._raw_deflate[index] = False
                return self._step(index, data, room)
            raise InputError(self.name, "the compressed body is damaged") from None
        self._sizes[index] += len(out)
        if layer.unconsumed_tail or len(out) > room:
            raise InputError(self.name, self._too_big)
        return out


def _inflater(encoding: str) -> zlib._Decompress:
    wbits = zlib.MAX_WBITS | 16 if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    return zlib.decompressobj(wbits)


def _check_public(name: str, host: str, port: int | None, hop: int) -> None:
    """Refuse a host that resolves to a non-public address (before connecting)."""
    try:
        found = socket.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise InputError(name, f"could not resolve the host name {host!r} ({error})") from None
    # An IPv4 or IPv6 address is a string (typeshed allows an int for other families).
    for address in sorted({str(info[4][0]) for info in found}):
        reason = private_address_reason(address)
        if reason is not None:
            raise InputError(name, _private_message(host, address, reason, hop))


def _check_peer(name: str, response: httpx.Response, hop: int) -> None:
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer:
        reason = private_address_reason(str(peer[0]))
        if reason is not None:
            raise InputError(name, _private_message(response.url.host, peer[0], reason, hop))


def private_address_reason(address: str) -> str | None:
    """``"loopback"``, ``"private"``... when ``address`` is not a public Internet address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparsable"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def _private_message(host: str, address: str, reason: str, hop: int) -> str:
    where = "redirected to" if hop else "the host"
    return (
        f"{where} {host} is a {reason} address ({address}); newsbrief fetches only public "
        f"addresses unless --allow-private-hosts or {ALLOW_PRIVATE_ENV}=1"
    )


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
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL | ValueError):
        return f"not a URL newsbrief can fetch ({_first_line(error)})"
    if isinstance(error, httpx.ConnectError):
        return f"could not connect ({_first_line(error)})"
    return f"network error ({_first_line(error) or type(error).__name__})"


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else ""
