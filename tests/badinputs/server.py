"""A real HTTP server on 127.0.0.1 for the fetch tests: good pages and every way a site misbehaves.

Routes (``GET``):

``/ok.txt``, ``/second.txt``  a plain-text article
``/record.json``             a JSON article record
``/empty.txt``               200 with a whitespace-only body
``/missing``                 404
``/slow``                    sleeps ``SLOW_SECONDS`` before answering
``/drip``                    answers at once, then drips a byte every 50 ms for 30 s
``/loop/N``                  redirects to ``/loop/N+1`` forever
``/moved``                   redirects to ``/ok.txt``
``/big``                     50 MB of text generated on the fly, no ``Content-Length``
``/big-declared``            the same with its ``Content-Length`` announced
``/image.png``               a PNG
``/script.txt``              an article quoting ``<script>`` and ``onerror=``
``/news/tram-extension.html`` an article page (``text/html``)
``/news/kyiv-cp1251.html``   a Ukrainian page in windows-1251, its charset only in the header
``/gzip.txt``                the article, ``Content-Encoding: gzip``
``/bomb``                    ``gzip, gzip``: a few KB that inflate to ``BOMB_BYTES`` of zeros
``/stacked``                 the article under three stacked ``gzip`` encodings
``/brotli``                  a body announced as ``Content-Encoding: br``
``/elsewhere``               redirects to the same server under the name ``localhost``

Each request is counted per path in :attr:`LocalServer.hits`, with the ``User-Agent`` seen;
:attr:`LocalServer.sent` counts the bytes of the big bodies that went out.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: How long ``/slow`` waits before answering.
SLOW_SECONDS = 3.0
#: Size of ``/big``.
BIG_BYTES = 50 * 1000 * 1000
#: What ``/bomb`` inflates to: far past the 16 MiB limit.
BOMB_BYTES = 256 * 1024 * 1024

ARTICLE = (
    "Harbour authority approves new ferry terminal\n\n"
    "The harbour authority on Tuesday approved plans for a new ferry terminal on the east quay, "
    "ending two years of debate over the project. The terminal will handle up to twelve "
    "crossings a day once it opens in the spring. Local businesses welcomed the decision, "
    "saying the extra passengers would bring trade to the old town.\n"
)
SECOND = (
    "Library extends opening hours for exam season\n\n"
    "The central library will stay open until midnight during the exam season, the city council "
    "said on Monday. Students had petitioned for longer hours after the reading rooms filled up "
    "by mid-morning last year. The extra evenings will be staffed by volunteers.\n"
)
RECORD = (
    '{"title": "Storm closes mountain pass", "text": "A late spring storm closed the mountain '
    "pass on Friday, stranding dozens of lorries. Snow ploughs worked through the night and the "
    'road reopened by morning. Forecasters expect milder weather next week."}'
)
SCRIPT = (
    "Hackers deface council website\n\n"
    "The council website showed the text <script>alert('pwned')</script> on Sunday after an "
    "attack, officials said. A second page carried <img src=x onerror=alert(1)> in its footer. "
    "The council said no personal data had been taken and the site was restored by evening.\n"
)
PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Tram line extended to the airport"
    "</title></head><body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article>"
    "<h1>Tram line extended to the airport</h1><p>The city's tram line will be extended to the "
    "airport by the end of next year, the transport authority announced on Wednesday. The new "
    "section adds four stops and a park-and-ride site beside the ring road.</p><p>Officials "
    "said the journey from the central station to the terminal would take nineteen minutes, "
    "half the time of the current bus. Construction starts in March and the authority expects "
    "some evening closures on the existing line while the junction is rebuilt.</p><p>Airport "
    "staff groups welcomed the plan, saying many workers start before the first bus of the day."
    "</p></article><footer>© 2026 Example News</footer></body></html>"
)
#: A Ukrainian article whose charset only the ``Content-Type`` header announces (no ``<meta>``).
CYRILLIC_PAGE = (
    "<!doctype html><html><head><title>Київ отримав нові системи ППО</title></head><body>"
    "<article><h1>Київ отримав нові системи ППО</h1><p>Україна отримала від партнерів нові "
    "системи протиповітряної оборони, повідомило Міністерство оборони у вівторок. Системи вже "
    "розгорнуті навколо столиці та великих міст.</p><p>За словами посадовців, нові комплекси "
    "здатні збивати балістичні ракети та дрони, які Росія запускає щоночі.</p></article>"
    "</body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4

_PAGES: dict[str, tuple[str, bytes]] = {
    "/ok.txt": ("text/plain; charset=utf-8", ARTICLE.encode()),
    "/second.txt": ("text/plain; charset=utf-8", SECOND.encode()),
    "/record.json": ("application/json", RECORD.encode()),
    "/empty.txt": ("text/plain", b"   \n\n"),
    "/image.png": ("image/png", PNG),
    "/script.txt": ("text/plain", SCRIPT.encode()),
    "/news/tram-extension.html": ("text/html; charset=utf-8", PAGE.encode()),
    "/news/kyiv-cp1251.html": ("text/html; charset=windows-1251", CYRILLIC_PAGE.encode("cp1251")),
}


def _gzip_stream(chunks: Iterator[bytes]) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return b"".join([*(packer.compress(chunk) for chunk in chunks), packer.flush()])


_BOMB: list[bytes] = []


def bomb() -> bytes:
    """``gzip(gzip(BOMB_BYTES zeros))``, made once (about a second) and kept."""
    if not _BOMB:
        block = bytes(1024 * 1024)
        inner = _gzip_stream(block for _ in range(BOMB_BYTES // len(block)))
        _BOMB.append(gzip.compress(inner, mtime=0))
    return _BOMB[0]


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: a body without Content-Length simply ends when the connection closes.
    protocol_version = "HTTP/1.0"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read :attr:`LocalServer.hits` instead."""

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.server.lock:
            self.server.hits[path] += 1
            self.server.agents.append(self.headers.get("User-Agent", ""))
        if path in _PAGES:
            content_type, body = _PAGES[path]
            self._send(200, content_type, body)
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, "text/plain", ARTICLE.encode())
        elif path == "/drip":
            self._start(200, "text/plain")
            for _ in range(600):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        elif path.startswith("/loop/"):
            number = int(path.rsplit("/", 1)[-1])
            self._redirect(f"/loop/{number + 1}")
        elif path == "/moved":
            self._redirect("/ok.txt")
        elif path == "/elsewhere":
            port = self.server.server_address[1]
            self._redirect(f"http://localhost:{port}/ok.txt")
        elif path in ("/gzip.txt", "/bomb", "/stacked", "/brotli"):
            body, encoding = {
                "/gzip.txt": lambda: (gzip.compress(ARTICLE.encode(), mtime=0), "gzip"),
                "/bomb": lambda: (bomb(), "gzip, gzip"),
                "/stacked": lambda: (
                    gzip.compress(gzip.compress(gzip.compress(ARTICLE.encode()))),
                    "gzip, gzip, gzip",
                ),
                "/brotli": lambda: (b"\x0b\x02\x80hello\x03", "br"),
            }[path]()
            self._start(200, "text/plain; charset=utf-8", len(body), encoding)
            self.wfile.write(body)
        elif path in ("/big", "/big-declared"):
            self._start(200, "text/plain", BIG_BYTES if path == "/big-declared" else None)
            for chunk in _lazy_text(BIG_BYTES):
                self.wfile.write(chunk)
                with self.server.lock:
                    self.server.sent[path] += len(chunk)
        else:
            self._send(404, "text/plain", b"not found\n")

    def _start(
        self, status: int, content_type: str, length: int | None = None, encoding: str = ""
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self._start(status, content_type, len(body))
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _lazy_text(total: int) -> Iterator[bytes]:
    line = b"The same sentence again and again, served lazily. " * 1300 + b"\n"
    sent = 0
    while sent < total:
        chunk = line[: total - sent]
        sent += len(chunk)
        yield chunk


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.sent: Counter[str] = Counter()
        self.agents: list[str] = []

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-body (as the fetcher does at its cap) is expected."""


class LocalServer:
    """Serves the routes above on ``127.0.0.1`` in a background thread; use as a context manager."""

    def __init__(self) -> None:
        bomb()  # made before serving, so that /bomb answers at once
        self._server = _Server()
        # A short poll interval makes shutdown (at each test's end) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def hits(self) -> Counter[str]:
        """Requests served so far, per path."""
        return self._server.hits

    @property
    def sent(self) -> Counter[str]:
        """Body bytes of ``/big`` and ``/big-declared`` handed to the socket so far."""
        return self._server.sent

    @property
    def agents(self) -> list[str]:
        """The ``User-Agent`` of every request, in order."""
        return self._server.agents

    def url(self, path: str) -> str:
        """The full URL of ``path`` on this server."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"
