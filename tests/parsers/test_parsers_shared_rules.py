"""Rules every parser shares: ISO dates read one way, JSON records assembled like the other
formats, and web pages decoded once in the WHATWG order (BOM, declared charset, detection)."""

from __future__ import annotations

import datetime as dt
import json

import charset_normalizer
import pytest

from newsbrief.model import SpanKind
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.feed import FeedParser
from newsbrief.parsers.html import HtmlParser
from newsbrief.parsers.jsonl import JsonParser
from newsbrief.parsers.markdown import MarkdownParser
from newsbrief.parsers.plaintext.dates import parse_iso_date

BODY = (
    "Dock workers in Rotterdam extended their strike on Wednesday, the union said, after talks "
    "with port operators broke down over pay. The stoppage has left dozens of ships waiting."
)


def _raw(data: bytes, name: str, media_type: str | None = None) -> RawInput:
    return RawInput(name=name, data=data, doc_id="story", path=name, media_type=media_type)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-01", dt.date(2024, 7, 1)),
        ("  2024-07-01\n", dt.date(2024, 7, 1)),
        ("2024-07-01T10:00:00Z", dt.date(2024, 7, 1)),
        # The day where it was published: no conversion to UTC.
        ("2024-07-01T23:30:00-05:00", dt.date(2024, 7, 1)),
        ("2024-07-01 08:15", dt.date(2024, 7, 1)),
        (dt.datetime(2024, 7, 1, 23, 59), dt.date(2024, 7, 1)),
        (dt.date(2024, 7, 1), dt.date(2024, 7, 1)),
        ("July 1, 2024", None),
        ("2024-02-30", None),
        ("", None),
        (20240701, None),
        (None, None),
    ],
)
def test_iso_dates_are_read_one_way(value: object, expected: dt.date | None) -> None:
    assert parse_iso_date(value) == expected


DATED = "2024-07-01T23:30:00-05:00"


def test_every_structured_format_reads_an_iso_datetime_as_its_own_day() -> None:
    record = json.dumps({"text": BODY, "published": DATED}).encode()
    markdown = f"---\ntitle: Strike\ndate: '{DATED}'\n---\n\n{BODY}\n".encode()
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Wire</title><entry><title>Strike</title><updated>{DATED}</updated>"
        f"<content type='text'>{BODY}</content></entry></feed>"
    ).encode()
    documents = [
        *JsonParser().parse(_raw(record, "story.json")),
        *MarkdownParser().parse(_raw(markdown, "story.md")),
        *FeedParser().parse(_raw(atom, "story.atom")),
    ]
    assert [d.metadata.published for d in documents] == [dt.date(2024, 7, 1)] * 3


def test_a_json_record_is_assembled_like_the_other_formats() -> None:
    text = f"Strike extended\n\n{BODY}\n\nRead more: Port talks collapse\n"
    record = {"text": text, "title": "Port strike", "desk": "  economy ", "empty": " "}
    (document,) = JsonParser().parse(_raw(json.dumps(record).encode(), "story.json"))
    assert document.metadata.title == "Port strike"  # stated fields win over harvested ones
    assert document.metadata.extra == {"desk": "economy"}  # as every parser keeps extras
    assert document.metadata.language == "en"
    read_more = text.index("Read more")
    assert any(s.start == read_more and s.kind == SpanKind.LINK_LIST for s in document.removed)


def test_a_json_record_without_the_heuristics_is_one_plain_section() -> None:
    text = f"Strike extended\n\n{BODY}\n\nRead more: Port talks collapse\n"
    data = json.dumps({"text": text}).encode()
    parser = JsonParser().configure({"analyze": "false"})
    (document,) = parser.parse(_raw(data, "story.json"))
    assert [(s.start, s.end) for s in document.sections] == [(0, len(text))]
    assert document.removed == document.headings == ()
    assert document.metadata.title is None
    assert document.metadata.language == "en"


def _page(charset_meta: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html><head>{charset_meta}<title>Strike</title></head>"
        f"<body><article><h1>Strike</h1><p>{body}</p><p>{BODY}</p></article></body></html>"
    )


@pytest.fixture
def no_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if charset detection runs: a declared charset must be enough."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("charset detection ran")

    monkeypatch.setattr(charset_normalizer, "from_bytes", refuse)


def test_a_page_declaring_latin1_is_read_as_windows_1252_like_a_browser(no_detection) -> None:
    # Pages that say iso-8859-1 are written in windows-1252 (curly quotes at 0x91-0x94).
    quote = "The union’s leader said: “We will not move.”"
    data = _page('<meta charset="iso-8859-1">', quote).encode("cp1252")
    (document,) = HtmlParser().parse(_raw(data, "page.html"))
    assert quote in document.text
    assert document.metadata.encoding == "cp1252"


def test_the_server_charset_comes_before_the_page_declaration(no_detection) -> None:
    body = "Портовики продовжили страйк у середу, повідомила профспілка."
    data = _page('<meta charset="windows-1251">', body).encode("koi8-u")
    page = _raw(data, "page", media_type="text/html; charset=KOI8-U")
    (document,) = HtmlParser().parse(page)
    assert body in document.text
    assert document.metadata.encoding == "koi8-u"


def test_a_byte_order_mark_comes_before_any_declaration() -> None:
    body = "Портовики продовжили страйк у середу, повідомила профспілка."
    data = "\ufeff".encode() + _page('<meta charset="windows-1251">', body).encode()
    page = _raw(data, "page.html", media_type="text/html; charset=koi8-r")
    (document,) = HtmlParser().parse(page)
    assert body in document.text
    assert document.metadata.encoding == "utf-8-sig"


def test_a_wrong_declaration_falls_back_to_what_the_bytes_are() -> None:
    body = "Портовики продовжили страйк у середу, повідомила профспілка."
    # Declared ASCII-compatible UTF-16 means UTF-8; a declared codec that fails is not used.
    for meta in ('<meta charset="utf-16">', '<meta charset="utf-8">'):
        data = _page(meta, body).encode("cp1251")
        (document,) = HtmlParser().parse(_raw(data, "page.html"))
        assert body in document.text
        assert document.metadata.encoding == "cp1251"
