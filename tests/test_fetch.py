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

#: For the tests of time limits: short, so they finish quickly.
FAST = FetchOptions(timeout=0.3, deadline=1.0)
#: For every other test: generous, so a loaded machine cannot turn them into timeouts.
PATIENT = FetchOptions(timeout=10.0, deadline=20.0)


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
