"""The html exporter, read as markup: self-contained, escaped, cited, localized."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest
from briefing_fixtures import EVIL_IMG, EVIL_SCRIPT, make_rich_briefing
from briefing_strategies import briefings
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.errors import NewsbriefError
from newsbrief.exporters.common import display
from newsbrief.exporters.html import CONTENT_SECURITY_POLICY, HtmlExporter
from newsbrief.model import Briefing, Document, Sentence, Source, SummaryItem

#: Every element the page may contain: nothing that loads or runs anything.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "h3", "p",
    "nav", "a", "main", "section", "ul", "ol", "li", "span", "time", "figure", "blockquote",
    "figcaption", "strong", "cite", "code", "footer", "dl", "dt", "dd",
}  # fmt: skip
#: The SVG elements the pictures are drawn with (svg_timeline.py): shapes and text, no
#: ``image``, ``use``, ``foreignObject`` or ``script`` (``title`` is in the set above).
ALLOWED_TAGS |= {"svg", "desc", "line", "text", "circle", "rect", "polygon"}


class Page(HTMLParser):
    """Tags, attributes, ids, links and visible text of a page, via the standard parser."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)

    @property
    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}

    def hrefs(self) -> list[str]:
        return [a["href"] or "" for tag, a in self.tags if tag == "a"]

    def visible(self) -> str:
        return "".join(self.text)


def export(briefing: Briefing, **options: Any) -> str:
    return HtmlExporter().export(briefing, options)


def test_the_page_is_self_contained(rich_briefing: Briefing) -> None:
    output = export(rich_briefing)
    page = Page(output)
    assert output.startswith("<!DOCTYPE html>\n") and output.endswith("</html>\n")
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    metas = [a for tag, a in page.tags if tag == "meta"]
    assert {"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY} in metas
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas
    assert not any("src" in a for _, a in page.tags)
    # Links go to anchors of the page or to the articles themselves; nothing is loaded.
    for href in page.hrefs():
        assert href.startswith("#") or href == "https://example.com/nato?a=1&b=2", href
    assert "@media print" in output and "@media (max-width" in output
    assert "url(" not in output and "@import" not in output


def test_article_text_is_escaped_everywhere(rich_briefing: Briefing) -> None:
    output = export(rich_briefing)
    assert "<script" not in output.lower() and "<img" not in output.lower()
    assert "<b>" not in output and "<i>" not in output
    assert html.escape(EVIL_SCRIPT) in output
    assert html.escape(EVIL_IMG) in output
    visible = Page(output).visible()
    # What the reader sees is the characters the article holds.
    assert f"The memo read {EVIL_SCRIPT} and {EVIL_IMG} in full." in visible
    assert "Jane <b>Doe</b>" in visible
    assert f"Air defence <i>briefing</i> {EVIL_SCRIPT}" in visible
    # A javascript: URL in metadata is shown, never linked.
    assert "javascript:" not in "".join(Page(output).hrefs())
    assert "javascript:window.__pwned=1" in visible


def test_sections_in_order_with_citations_linking_to_sources(rich_briefing: Briefing) -> None:
    output = export(rich_briefing)
    page = Page(output)
    order = ["summary", "timeline", "quotes", "entities", "stories", "sources", "notes"]
    assert [a["id"] for t, a in page.tags if t == "section"] == order
    positions = [output.index(f'<section id="{key}">') for key in order]
    assert positions == sorted(positions)
    for heading in ("Summary", "Timeline", "Key quotes", "People & organisations", "Sources"):
        assert f"<h2>{html.escape(heading)}</h2>" in output
    assert {"source-1", "source-2"} <= page.ids
    for href in page.hrefs():
        if href.startswith("#"):
            assert href[1:] in page.ids, f"dangling link {href}"
    summary = output.split('<section id="summary">')[1].split("</section>")[0]
    assert (
        "Sabrina Singh said on October 3. "
        '<a class="cite" href="#source-1">[1]</a><a class="cite" href="#source-2">[2]</a></li>'
    ) in summary
    assert '<li lang="uk">«Це не просте рішення», — сказав посадовець.' in summary


def test_sources_timeline_quotes_and_entities(rich_briefing: Briefing) -> None:
    output = export(rich_briefing)
    assert (
        '<li id="source-1"><span class="num">[1]</span><span class="outlet">Kyiv Post</span>, '
        '<span class="author">Jane &lt;b&gt;Doe&lt;/b&gt;</span>, '
        '<time datetime="2024-10-04">2024-10-04</time>, '
        "<cite>“NATO rules out a no-fly zone”</cite> "
        '<a href="https://example.com/nato?a=1&amp;b=2" rel="noopener noreferrer">'
    ) in output
    assert '<time datetime="2024-10">2024-10 (expected)</time>' in output
    assert "<p>“We are not a party to this war,”</p>" in output
    assert "— Sabrina Singh" in output and "— посадовець" in output
    entities = output.split('<section id="entities">')[1].split("</section>")[0]
    assert [h for h in re.findall(r"<h3>(.*?)</h3>", entities)] == [
        "People",
        "Organisations",
        "Places",
    ]
    assert '<strong>Sabrina Singh</strong> <span class="variants">(also Singh)</span>' in entities


def test_footer_says_how_it_was_made(rich_briefing: Briefing) -> None:
    footer = export(rich_briefing).split('<footer class="made">')[1]
    assert "Made with newsbrief 0.1.0" in footer
    assert "<dt>summarizer</dt><dd>newsbrief</dd>" in footer
    assert "<dt>budget</dt><dd>sentences=3</dd>" in footer
    assert "<dt>options</dt><dd>redundancy=0.4</dd>" in footer
    assert "<dt>annotators</dt><dd>dates, quotes</dd>" in footer


def test_options_title_sections_and_locale(rich_briefing: Briefing) -> None:
    output = export(rich_briefing, title="Week <42>", sections="summary,sources", locale="en_GB")
    page = Page(output)
    assert "<h1>Week &lt;42&gt;</h1>" in output and "<title>Week &lt;42&gt;</title>" in output
    assert [a["id"] for t, a in page.tags if t == "section"] == ["summary", "sources"]
    assert '<time datetime="2024-10-04">4 October 2024</time>' in output
    assert "published 28 Jun – 4 Oct 2024" in output
    ukrainian = export(rich_briefing, locale="uk")
    # CLDR puts a narrow no-break space before the "р." (year) abbreviation.
    assert '<time datetime="2024-10-04">4 жовтня 2024\u202fр.</time>' in ukrainian
    # The locale chooses the template words too (newsbrief/languages/data/uk.toml).
    assert "жовтень 2024 р. (очікується)" in ukrainian
    assert '<html lang="uk">' in ukrainian and "<h2>Підсумок</h2>" in ukrainian
    with pytest.raises(NewsbriefError, match="html exporter: option 'locale': unknown locale"):
        export(rich_briefing, locale="xx_nowhere")
    with pytest.raises(NewsbriefError, match="html exporter: unknown option 'colour'"):
        export(rich_briefing, colour="red")


def test_empty_annotator_sections_are_left_out(rich_briefing: Briefing) -> None:
    bare = attrs.evolve(rich_briefing, timeline=(), quotes=(), entities=(), summary=())
    page = Page(export(bare))
    assert [a["id"] for t, a in page.tags if t == "section"] == [
        "summary",
        "stories",
        "sources",
        "notes",
    ]
    assert "No sentences were selected." in page.visible()
    assert Page(export(Briefing(documents=[]))).visible().count("Briefing: 0 articles") == 1


def test_key_quotes_are_preferred_when_marked(rich_briefing: Briefing) -> None:
    quotes = [
        {"text": "ordinary", "speaker": "A"},
        {"text": "the key one", "speaker": "B", "key": True},
    ]
    output = export(attrs.evolve(rich_briefing, quotes=quotes))
    assert "the key one" in output and "ordinary" not in output


def test_output_is_deterministic(rich_briefing: Briefing) -> None:

    assert export(rich_briefing, locale="ru") == export(make_rich_briefing(), locale="ru")
    assert newsbrief.export(rich_briefing, "html") == export(rich_briefing)


@settings(max_examples=150, deadline=None)
@given(sentence=st.text(), title=st.text())
def test_any_article_text_shows_literally(sentence: str, title: str) -> None:
    text = f"Head\n{sentence}\nTail"
    document = Document.from_text(text, id="d")
    item = Sentence("d", 0, 5, 5 + len(sentence), sentence)
    document = attrs.evolve(document, sentences=[item])
    briefing = Briefing(
        documents=[document],
        summary=[SummaryItem(item, 1.0)],
        sources=[Source(1, "d", title=sentence, outlet=sentence, url=sentence)],
        title=title,
    )
    page = Page(export(briefing))
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    summary = page.visible().split("Summary", 1)[1]
    assert f"{display(sentence)} [1]".strip() in summary


@settings(max_examples=50, deadline=None)
@given(briefing=briefings())
def test_any_briefing_renders_a_closed_page(briefing: Briefing) -> None:
    page = Page(export(briefing))
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    assert not any("src" in a or a.get("href", "#")[:1] not in "#h" for _, a in page.tags)
