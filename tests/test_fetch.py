"""Fetching URLs from a real HTTP server on 127.0.0.1: limits, errors, cache, user agent."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from badinputs.server import ARTICLE, BIG_BYTES, LocalServer
from newsbrief.errors import InputError
from newsbrief.fetch import FetchOptions, PageCache, doc_id_for, fetch, is_accepted, is_url
from newsbrief.fetch.client import private_address_reason
from newsbrief.fetch.urls import safe_url

#: For the tests of time limits: short, so they finish quickly.
FAST = FetchOptions(timeout=0.3, deadline=1.0, allow_private_hosts=True)
#: For every other test: generous, so a loaded machine cannot turn them into timeouts.
PATIENT = FetchOptions(timeout=10.0, deadline=20.0, allow_private_hosts=True)


@pytest.fixture(autouse=True)
def private_hosts_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test server listens on 127.0.0.1, which newsbrief refuses unless told otherwise (the
    # refusal itself is tested with the variable unset, below).
    monkeypatch.setenv("NEWSBRIEF_ALLOW_PRIVATE_HOSTS", "1")


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def failure(url: str, options: FetchOptions = PATIENT) -> str:
    with pytest.raises(InputError) as error:
        fetch(url, options=options)
    assert error.value.input_name == url
    assert "\n" not in error.value.reason
    return error.value.reason


def test_a_page_becomes_a_raw_input(server: LocalServer) -> None:
    raw = fetch(server.url("/ok.txt"), options=PATIENT)
    assert raw.data == ARTICLE.encode()
    assert (raw.name, raw.url, raw.doc_id) == (server.url("/ok.txt"), server.url("/ok.txt"), "ok")
    assert raw.media_type == "text/plain; charset=utf-8"
    assert raw.path is None


def test_the_user_agent_names_newsbrief_and_its_version(server: LocalServer) -> None:
    fetch(server.url("/ok.txt"), options=PATIENT)
    assert server.agents == [
        f"newsbrief/{newsbrief.__version__} (+https://github.com/newsbrief/newsbrief)"
    ]


def test_redirects_are_followed_and_the_final_url_kept(server: LocalServer) -> None:
    raw = fetch(server.url("/moved"), options=PATIENT)
    assert raw.url == server.url("/ok.txt")
    assert raw.name == server.url("/moved")
    assert raw.doc_id == "moved"


def test_a_redirect_loop_stops(server: LocalServer) -> None:
    assert failure(server.url("/loop/0")) == "too many redirects (more than 5)"
    assert sum(server.hits.values()) == 6
    assert failure(server.url("/loop/0"), FetchOptions(max_redirects=0)).startswith("too many")


def test_http_errors(server: LocalServer) -> None:
    assert failure(server.url("/missing")) == "HTTP 404 Not Found"


def test_a_server_that_does_not_answer_times_out(server: LocalServer) -> None:
    started = time.monotonic()
    assert failure(server.url("/slow"), FAST) == "timed out waiting for data (no reply for 0.3 s)"
    assert time.monotonic() - started < 2


def test_a_server_dripping_bytes_hits_the_deadline(server: LocalServer) -> None:
    started = time.monotonic()
    assert failure(server.url("/drip"), FAST) == "took longer than the 1 s limit for one download"
    assert time.monotonic() - started < 2.5


def test_a_huge_body_is_cut_off_at_the_cap(server: LocalServer) -> None:
    reason = failure(server.url("/big"), FetchOptions(max_bytes=1024 * 1024))
    assert reason == "larger than the 1 MiB download limit (stopped reading)"
    # Reading stopped near the cap: the server could not send the other 49 MB.
    time.sleep(0.2)
    assert server.sent["/big"] < BIG_BYTES / 2


def test_a_huge_body_is_refused_on_its_content_length(server: LocalServer) -> None:
    reason = failure(server.url("/big-declared"))
    assert reason == "the server announces 47.7 MiB, over the 16 MiB download limit"


def test_images_are_refused_by_content_type(server: LocalServer) -> None:
    assert failure(server.url("/image.png")).startswith("unsupported content type image/png")


@pytest.mark.parametrize(
    ("media_type", "accepted"),
    [
        ("text/html", True),
        ("application/xhtml+xml", True),
        ("application/rss+xml", True),
        ("application/atom+xml", True),
        ("application/json", True),
        ("application/feed+json", True),
        ("text/plain", True),
        (None, True),
        ("image/jpeg", False),
        ("application/zip", False),
        ("application/pdf", False),
        ("application/octet-stream", False),
    ],
)
def test_accepted_media_types(media_type: str | None, accepted: bool) -> None:
    assert is_accepted(media_type) is accepted


def test_connection_refused_and_bad_schemes() -> None:
    assert failure("http://127.0.0.1:9/x").startswith("could not connect")
    assert failure("ftp://127.0.0.1/x").startswith("not a URL newsbrief can fetch")


def test_the_cache_serves_a_page_without_refetching(server: LocalServer, tmp_path: Path) -> None:
    url = server.url("/moved")
    first = fetch(url, cache=tmp_path, options=PATIENT)
    again = fetch(url, cache=PageCache(tmp_path), options=PATIENT)
    assert again == first
    assert server.hits["/moved"] == 1
    assert again.url == server.url("/ok.txt")
    assert again.media_type == "text/plain; charset=utf-8"


def test_failures_are_not_cached(server: LocalServer, tmp_path: Path) -> None:
    for _ in range(2):
        with pytest.raises(InputError):
            fetch(server.url("/missing"), cache=tmp_path, options=PATIENT)
    assert server.hits["/missing"] == 2
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_cache_entry_is_fetched_again(server: LocalServer, tmp_path: Path) -> None:
    fetch(server.url("/ok.txt"), cache=tmp_path, options=PATIENT)
    for meta in tmp_path.glob("*.json"):
        meta.write_text("{not json")
    assert fetch(server.url("/ok.txt"), cache=tmp_path, options=PATIENT).data == ARTICLE.encode()
    assert server.hits["/ok.txt"] == 2


@pytest.mark.parametrize(
    ("url", "doc_id"),
    [
        ("https://example.com/news/2026/storm-hits-coast.html", "storm-hits-coast"),
        ("https://example.com/news/item/", "item"),
        ("https://example.com/", "example.com"),
        ("https://example.com", "example.com"),
        ("https://example.com/a%20b?x=1#top", "a-20b"),
        ("https://example.com/.html", "html"),
    ],
)
def test_document_ids_from_urls(url: str, doc_id: str) -> None:
    assert doc_id_for(url) == doc_id


@given(st.text(max_size=60))
def test_document_ids_are_safe_names(path: str) -> None:
    doc_id = doc_id_for("https://example.org/" + path)
    assert doc_id and len(doc_id) <= 80
    assert all(char.isascii() and (char.isalnum() or char in "._-") for char in doc_id)
    assert not doc_id.startswith((".", "-"))


def test_is_url() -> None:
    assert is_url("https://example.com/a") and is_url("HTTP://example.com")
    assert not is_url("news/https.txt") and not is_url("-")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_build_from_urls_twice_with_a_cache(server: LocalServer, tmp_path: Path) -> None:
    urls = [server.url("/ok.txt"), server.url("/record.json"), server.url("/second.txt")]
    cache = str(tmp_path / "cache")
    first = run("build", *urls, "-f", "json", "--cache", cache)
    assert first.returncode == 0, first.stderr
    hits = dict(server.hits)
    again = run("build", *urls, "-f", "json", "--cache", cache)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    assert dict(server.hits) == hits == {"/ok.txt": 1, "/record.json": 1, "/second.txt": 1}
    documents = json.loads(first.stdout)["documents"]
    assert [d["id"] for d in documents] == ["ok", "record", "second"]
    assert [d["url"] for d in documents] == urls


def test_the_same_url_twice_is_fetched_and_counted_once(server: LocalServer) -> None:
    url = server.url("/ok.txt")
    corpus = newsbrief.load(url, url + "#again", server.url("/second.txt"))
    assert [d.id for d in corpus.documents] == ["ok", "second"]
    assert [str(s) for s in corpus.skipped] == [f"{url}#again: same URL as {url}, counted once"]
    assert server.hits["/ok.txt"] == 1


def test_an_html_page_is_fetched_and_parsed(server: LocalServer) -> None:
    url = server.url("/news/tram-extension.html")
    [document] = newsbrief.load(url, strict=True).documents
    assert document.id == "tram-extension"
    assert document.metadata.url == url
    assert "nineteen minutes" in document.text
    assert "Home" not in document.text


def test_the_charset_the_server_announces_decodes_the_page(server: LocalServer) -> None:
    # No <meta charset>: only the Content-Type header says windows-1251.
    url = server.url("/news/kyiv-cp1251.html")
    [document] = newsbrief.load(url, strict=True).documents
    assert document.metadata.title == "Київ отримав нові системи ППО"
    assert "протиповітряної оборони" in document.text
    assert document.metadata.encoding == "cp1251"
    assert document.language == "uk"


def test_a_gzip_body_is_decoded(server: LocalServer) -> None:
    assert fetch(server.url("/gzip.txt"), options=PATIENT).data == ARTICLE.encode()


def test_a_stacked_gzip_bomb_is_stopped_at_the_limit_in_bounded_memory(
    server: LocalServer,
) -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        reason = failure(server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reason == "decompresses past the 16 MiB download limit (stopped decoding)"
    # 256 MiB of zeros behind two gzip layers: never more than the limit and change in memory.
    assert peak < 48 * 1024 * 1024, peak


def test_stacked_and_unknown_encodings_are_refused(server: LocalServer) -> None:
    assert failure(server.url("/stacked")) == (
        "3 stacked content encodings (gzip, gzip, gzip); at most 2 are decoded"
    )
    assert failure(server.url("/brotli")) == "unsupported content encoding 'br'"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://" + "a" * 64 + ".example.com/", "the host name is not a valid DNS name"),
        ("http://" + "a." * 130 + "com/", "the host name is not a valid DNS name"),
        ("http://[::1/x", "not a well-formed URL (Invalid IPv6 URL)"),
        ("http://example.com:99999/", "not a well-formed URL (Port out of range"),
        ("http:///path-only", "no host name in the URL"),
        ("http://exa mple.com/", "the URL holds spaces, control or bidirectional-control"),
        ("http://example.com/\u202etxt.exe", "the URL holds spaces, control or bidirectional"),
        ("https://example.com/" + "x" * 9000, "a URL longer than 8,192 characters"),
    ],
)
def test_malformed_urls_are_refused_before_connecting(url: str, reason: str) -> None:
    assert failure(url).startswith(reason)


def test_private_addresses_are_refused_by_default(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSBRIEF_ALLOW_PRIVATE_HOSTS")
    reason = failure(server.url("/ok.txt"), FetchOptions(timeout=10.0, deadline=20.0))
    assert reason == (
        "the host 127.0.0.1 is a loopback address (127.0.0.1); newsbrief fetches only public "
        "addresses unless --allow-private-hosts or NEWSBRIEF_ALLOW_PRIVATE_HOSTS=1"
    )
    assert server.hits == {}  # refused before connecting
    for address, kind in [
        ("10.1.2.3", "private"),
        ("169.254.169.254", "link-local"),
        ("::1", "loopback"),
        ("::ffff:192.168.0.1", "private"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "non-public"),
        ("93.184.216.34", None),
    ]:
        assert private_address_reason(address) == kind, address


def test_each_redirect_is_checked_like_the_first_url(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Redirects to other hosts are followed (news sites move to CDNs and canonical hosts), but
    # each hop must pass the address check. Here 127.0.0.1 counts as public, and "localhost"
    # resolves to ::1, which does not.
    import socket

    import newsbrief.fetch.client as client

    resolve = socket.getaddrinfo

    def fake_resolve(host: str, port: int, *args: object, **kwargs: object) -> list:
        if host == "localhost":
            return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::1", port, 0, 0))]
        return resolve(host, port, *args, **kwargs)

    monkeypatch.setattr(client.socket, "getaddrinfo", fake_resolve)
    monkeypatch.setattr(
        client, "private_address_reason", lambda address: "loopback" if address == "::1" else None
    )
    options = FetchOptions(timeout=10.0, deadline=20.0, allow_private_hosts=False)
    assert fetch(server.url("/moved"), options=options).data == ARTICLE.encode()
    reason = failure(server.url("/elsewhere"), options)
    assert reason.startswith("redirected to localhost is a loopback address")
    assert server.hits["/ok.txt"] == 1  # only the same-host redirect reached the page
    monkeypatch.undo()  # the real resolver again: localhost is this server
    allowed = FetchOptions(timeout=10.0, deadline=20.0, allow_private_hosts=True)
    assert fetch(server.url("/elsewhere"), options=allowed).url.startswith("http://localhost:")


def test_credentials_never_reach_the_document(server: LocalServer) -> None:
    url = server.url("/ok.txt").replace("http://", "http://reader:s3cret@")
    raw = fetch(url, options=PATIENT)
    assert "s3cret" not in raw.name and "s3cret" not in (raw.url or "")
    assert safe_url("https://u:p@example.com/a\u202eb") == "https://example.com/a%E2%80%AEb"


@pytest.mark.parametrize(
    "header",
    ['{"url": "%s", "final_url": 7}', '{"url": "%s", "media_type": ["x"]}', "[1, 2]", '"%s"'],
)
def test_a_cache_entry_of_the_wrong_type_is_fetched_again(
    server: LocalServer, tmp_path: Path, header: str
) -> None:
    url = server.url("/ok.txt")
    fetch(url, cache=tmp_path, options=PATIENT)
    for meta in tmp_path.glob("*.json"):
        meta.write_text(header.replace("%s", url) if "%s" in header else header)
    assert fetch(url, cache=tmp_path, options=PATIENT).data == ARTICLE.encode()
    assert server.hits["/ok.txt"] == 2
