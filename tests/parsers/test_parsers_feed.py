"""The RSS / Atom feed parser: one document per entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.model import Document
from newsbrief.nlp.segmenter import segment
from newsbrief.parsers.base import Parser, RawInput
from newsbrief.parsers.feed import FeedParser
from newsbrief.pipeline import choose_parser, load

FIXTURES = Path(__file__).parent / "fixtures"


def feed(name: str) -> RawInput:
    path = FIXTURES / name
    return RawInput(name=str(path), data=path.read_bytes(), doc_id=path.stem, path=str(path))


def split(results):
    documents = [r for r in results if isinstance(r, Document)]
    problems = [r for r in results if isinstance(r, InputError)]
    return documents, problems


def test_protocol_and_selection():
    assert isinstance(FeedParser(), Parser)
    assert choose_parser(feed("wire.rss")).name == "feed"
    assert choose_parser(feed("wire.atom")).name == "feed"


def test_rss_entries_become_documents_and_an_empty_entry_is_reported():
    documents, problems = split(list(FeedParser().parse(feed("wire.rss"))))
    assert [d.id for d in documents] == ["wire-1", "wire-2"]
    assert [str(p) for p in problems] == [f"{FIXTURES / 'wire.rss'}#3: the entry has no text"]
    first, second = documents
    assert first.metadata.title == "Port strike halts grain exports for a third day"
    assert first.metadata.url == (
        "https://harbourdaily.example/business/2025/03/12/port-strike-grain"
    )
    # 01:15 on the 13th at +02:00 is still the 12th in UTC: the day is the publisher's.
    assert first.metadata.published == dt.date(2025, 3, 13)
    assert first.metadata.author == "Elena Marin"
    assert first.metadata.outlet == "Harbour Daily – Business"
    assert first.metadata.language == "en"
    assert first.metadata.extra["entry_id"] == "hd-2025-0312-001"
    # content:encoded wins over the one-line description.
    assert first.text.startswith("Dock workers at the Black Sea port of Constanta")
    assert "\n\nThe union said talks had broken down" in first.text
    # RSS <author> is "email (Name)".
    assert second.metadata.author == "Tomas Varga"
    assert second.metadata.title == "Ferry operator & unions agree summer timetable"
    assert second.text == (
        "The ferry operator and two unions agreed on a summer timetable that adds six crossings "
        "a day.\n\nExtra sailings start in June."
    )


def test_entry_markup_is_never_interpreted():
    documents, _ = split(list(FeedParser().parse(feed("wire.rss"))))
    first = documents[0]
    assert 'One protester held a sign reading <script>alert("pay us")</script>.' in first.text
    assert "trackView" not in first.text
    assert all("onerror" not in d.text for d in documents)


def test_atom_entries():
    documents, problems = split(list(FeedParser().parse(feed("wire.atom"))))
    assert not problems
    water, library = documents
    assert water.metadata.title == "Council approves new water plant"
    assert water.metadata.published == dt.date(2025, 4, 1)  # its own day, not UTC's
    assert water.metadata.author == "Priya Nair"
    assert water.metadata.outlet == "Lakeside Gazette"
    assert water.metadata.url == "https://lakeside.example/2025/04/02/water-plant"
    assert [h.text(water.text) for h in water.headings] == ["Cost"]
    assert library.text == (
        "The main library will open on Sundays from May, the library board said on Saturday."
    )
    assert library.metadata.published == dt.date(2025, 3, 30)
    for document in documents:
        for sentence in segment(document).sentences:
            assert document.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body><p>Not a feed.</p></body></html>", "not an RSS or Atom feed"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
         "the feed has no entries"),
        (b'<rss version="2.0"><channel><item><title>Only a title</title></item></channel></rss>',
         "no entry of the feed has text"),
        (b"   \n", "empty input"),
    ],
)  # fmt: skip
def test_unusable_feeds_are_input_errors(raw, data, reason):
    with pytest.raises(InputError, match=reason):
        list(FeedParser().parse(raw(data, name="bad.xml")))


def test_feed_parser_never_touches_the_network_or_files(raw, tmp_path):
    # feedparser would open a URL or a path given as a string; the parser hands it bytes only.
    secret = tmp_path / "secret.xml"
    secret.write_text(
        '<rss version="2.0"><channel><item><description>Leaked text.</description></item>'
        "</channel></rss>"
    )
    for data in (str(secret).encode(), b"http://127.0.0.1:9/feed.xml"):
        with pytest.raises(InputError, match="not an RSS or Atom feed"):
            list(FeedParser().parse(raw(data, name="x.xml")))


def test_linked_pages_are_fetched_only_when_asked():
    page = (FIXTURES / "article.html").read_bytes()
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        if "ferry" in url:
            raise InputError(url, "HTTP 404")
        return page

    default = [r for r in FeedParser().parse(feed("wire.rss")) if isinstance(r, Document)]
    assert not fetched
    linked = FeedParser(fetch_linked=True, fetch=fetch)
    documents, _ = split(list(linked.parse(feed("wire.rss"))))
    assert fetched == [
        "https://harbourdaily.example/business/2025/03/12/port-strike-grain",
        "https://harbourdaily.example/business/2025/03/11/ferry-timetable",
        "https://harbourdaily.example/gallery/port-dawn",
    ]
    strike, ferry, gallery = documents
    assert strike.metadata.extra["linked_page"] == "fetched"
    assert "demurrage fees" in strike.text  # the page's text, not the entry's
    assert strike.metadata.title == default[0].metadata.title
    assert ferry.text == default[1].text  # the page failed: the entry's own text is used
    assert ferry.metadata.extra["linked_page"] == "not used: HTTP 404"
    assert "demurrage fees" in gallery.text  # an entry without text can use its page


def test_configure():
    parser = FeedParser().configure({"fetch_linked": "true"}, fetch=lambda url: b"")
    assert parser.fetch_linked
    with pytest.raises(ValueError, match="fetch function"):
        FeedParser().configure({"fetch_linked": "true"})
    with pytest.raises(ValueError, match="unknown option"):
        FeedParser().configure({"depth": "2"})


def test_load_reports_the_empty_entry_and_keeps_the_others():
    corpus = load(str(FIXTURES / "wire.rss"))
    assert [d.id for d in corpus.documents] == ["wire-1", "wire-2"]
    assert [s.reason for s in corpus.skipped] == ["the entry has no text"]
