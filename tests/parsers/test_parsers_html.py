"""The HTML page parser (trafilatura extraction, then the plain-text noise rules)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.errors import InputError
from newsbrief.model import SpanKind
from newsbrief.nlp.segmenter import segment
from newsbrief.parsers.base import Parser, RawInput
from newsbrief.parsers.html import ExtractionSettings, HtmlParser, html_to_text
from newsbrief.pipeline import choose_parser, parse

FIXTURES = Path(__file__).parent / "fixtures"
PAGE_URL = "https://harbourdaily.example/business/2025/03/12/port-strike-grain"


def page(name: str = "article.html", url: str | None = None) -> RawInput:
    path = FIXTURES / name
    return RawInput(
        name=str(path), data=path.read_bytes(), doc_id=path.stem, path=str(path), url=url
    )


@pytest.fixture(scope="module")
def article():
    (document,) = HtmlParser().parse(page())
    return segment(document)


def test_protocol_and_registration():
    parser = HtmlParser()
    assert isinstance(parser, Parser)
    assert {".html", ".htm"} <= set(parser.extensions)
    assert choose_parser(page()).name == "html"


def test_metadata_comes_from_the_markup(article):
    metadata = article.metadata
    assert metadata.title == "Port strike halts grain exports for a third day"
    assert metadata.author == "Elena Marin"
    assert metadata.outlet == "Harbour Daily"
    assert str(metadata.published) == "2025-03-12"
    assert metadata.url == PAGE_URL  # the canonical link, as no URL was given
    assert metadata.language == "en"
    assert metadata.encoding == "utf-8"


def test_extraction_settings_and_page_url_are_recorded():
    (document,) = HtmlParser().parse(page(url="https://harbourdaily.example/s/abc"))
    extra = document.metadata.extra
    assert document.metadata.url == "https://harbourdaily.example/s/abc"
    assert extra["page_url"] == "https://harbourdaily.example/s/abc"
    assert extra["canonical_url"] == PAGE_URL
    assert extra["extractor"].startswith("trafilatura ")
    assert extra["extraction.include_comments"] == "false"
    assert extra["extraction.favor_precision"] == "false"


def test_text_is_the_article_without_page_furniture(article):
    text = article.text
    assert text.startswith("Port strike halts grain exports")
    assert "forty grain ships waiting at anchor" in text
    for furniture in ("Subscribe for 1 euro", "Wheat prices climb", "Privacy", "dataLayer"):
        assert furniture not in text
    # Paragraphs are separated by blank lines, as in the plain-text inputs.
    assert "to reroute cargoes through the Danube.\n\nThe union" in text


def test_headline_subheading_and_teaser_are_marked(article):
    removed = {(span.text(article.text), span.kind) for span in article.removed}
    assert ("Port strike halts grain exports for a third day", SpanKind.METADATA) in removed
    assert (
        "Read more: Why the Danube route cannot replace Constanta",
        SpanKind.LINK_LIST,
    ) in removed
    headings = [span.text(article.text) for span in article.headings]
    assert headings == ["Exporters count the cost"]
    sentences = [sentence.text for sentence in article.sentences]
    assert not any("Read more" in s or s == "Exporters count the cost" for s in sentences)


def test_script_like_text_is_literal_data_and_script_elements_are_gone(article):
    text = article.text
    literal = '<script>alert("pay us")</script>'
    assert text.count(literal) == 1
    assert any(literal in sentence.text for sentence in article.sentences)
    assert "onerror" not in text and "fallback.jpg" not in text
    assert "app.js" not in text and "window." not in text


def test_sentences_are_verbatim_slices_of_the_extracted_text(article):
    assert len(article.sentences) >= 6
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    "markup",
    [
        (FIXTURES / "no_article.html").read_bytes(),
        b"<html><body><script>var story = 'none';</script></body></html>",
        b"<html><head><title>Only a title</title></head><body></body></html>",
        b"<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
)
def test_a_page_without_an_article_is_an_input_error(raw, markup):
    with pytest.raises(InputError, match="no article text found"):
        list(HtmlParser().parse(raw(markup, name="empty.html")))


def test_page_in_a_declared_legacy_charset(raw):
    body = "Київ заявив у вівторок, що переговори про експорт зерна тривають без перерви. " * 3
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>Зерно</title></head><body><article><p>{body}</p></article></body></html>"
    )
    (document,) = HtmlParser().parse(raw(markup.encode("cp1251"), name="ua.html"))
    assert document.metadata.encoding == "cp1251"
    assert "переговори про експорт зерна" in document.text
    assert document.metadata.language == "uk"


def test_configure_returns_a_configured_copy():
    parser = HtmlParser()
    precise = parser.configure({"favor_precision": "true", "include_tables": "no"})
    assert precise.settings == ExtractionSettings(favor_precision=True, include_tables=False)
    assert parser.settings == ExtractionSettings()
    (document,) = precise.parse(page())
    assert document.metadata.extra["extraction.favor_precision"] == "true"
    with pytest.raises(ValueError, match="unknown option 'tables'"):
        parser.configure({"tables": "true"})
    with pytest.raises(ValueError, match="true or false"):
        parser.configure({"favor_recall": "maybe"})


def test_fragment_to_text_keeps_escaped_markup_as_text():
    fragment = (
        "<p>Flood &amp; rain<br>second line</p><script>track()</script>tail <b>bold</b>"
        "<!-- note --> after<p>&lt;img src=x onerror=alert(1)&gt; <img src=y onerror=alert(2)></p>"
    )
    assert html_to_text(fragment) == (
        "Flood & rain\n\nsecond line\n\ntail bold after\n\n<img src=x onerror=alert(1)>"
    )
    assert html_to_text("") == ""
    assert html_to_text("<p>   </p>") == ""


def test_pipeline_parses_a_page_without_extension_by_sniffing(raw):
    data = (FIXTURES / "article.html").read_bytes()
    (document,) = parse(RawInput(name="-", data=data, doc_id="stdin"))
    assert document.metadata.title == "Port strike halts grain exports for a third day"


def test_cli_builds_a_briefing_from_a_page():
    result = CliRunner().invoke(
        cli, ["build", str(FIXTURES / "article.html"), "-f", "json", "--sentences", "3"]
    )
    assert result.exit_code == 0, result.output
    briefing = json.loads(result.stdout)
    texts = [item["text"] for item in briefing["summary"]]
    assert len(texts) == 3
    extracted = HtmlParser().parse(page())
    (document,) = extracted
    assert all(text in document.text for text in texts)
    assert briefing["sources"][0]["title"] == "Port strike halts grain exports for a third day"


# --- link texts -------------------------------------------------------------------------------


def test_link_texts_reads_each_link_up_to_its_first_closing_tag() -> None:
    from newsbrief.parsers.html.parser import link_texts

    markup = '<p><a href="/x">Read <b>more</b></a  > and <A>Share</A><a></a><abbr>no</abbr></p>'
    assert link_texts(markup) == frozenset({"Read more", "Share"})
    # Content longer than the bound is not a link text.
    assert link_texts("<a>" + "x" * 1001 + "</a>") == frozenset()


@pytest.mark.parametrize(
    "markup",
    [
        ("<a>" * 300 + "</a" + " " * 100_000) * 10,
        "<a>" * 700_000,
        "<a" * 1_000_000,
        ("<a>" * 300 + "</a" + " " * 20 + "x") * 2_200,
        ("<a>" + "x" * 999) * 2_000,
    ],
    ids=["unclosed-spaces", "openings", "open-tags", "near-closes", "long-contents"],
)
def test_link_texts_is_linear_on_hostile_markup(markup: str) -> None:
    import time

    from newsbrief.parsers.html.parser import link_texts

    # A one-pass scan: ~2 MB takes milliseconds (a backtracking regex took tens of seconds);
    # the bound is generous so a busy machine never flakes.
    started = time.perf_counter()
    link_texts(markup)
    assert time.perf_counter() - started < 5
