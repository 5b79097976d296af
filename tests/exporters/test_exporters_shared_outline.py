"""Every prose format says the same things: HTML renders the outline markdown and text render,
one rule decides which links are clickable, and JSON writes model records as the model has them."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import attrs
import pytest
from briefing_strategies import briefings
from click.testing import CliRunner
from hypothesis import given, settings

from newsbrief.cli import cli
from newsbrief.exporters.common import SECTIONS, is_web_url, outline
from newsbrief.exporters.html import HtmlExporter
from newsbrief.exporters.json_exporter import briefing_to_dict
from newsbrief.exporters.markdown import MarkdownExporter
from newsbrief.model import Briefing, Document, Source

_SECTION = re.compile(r'<section id="(\w+)">(.*?)</section>', re.S)
# The items of a section: list items (sources, summary...) or quote figures.
_ITEM = re.compile(r"<li[ >]|<figure ")
# The pictures drawn from a section's entries (timeline picture, story map): not entries.
_PICTURES = re.compile(r'<figure class="(?:picture|storymap)".*?</figure>', re.S)
# Control characters other than tab, line feed and carriage return reach the page as U+FFFD.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _shown(text: str) -> str:
    return _CONTROLS.sub("\ufffd", html.escape(text, quote=True))


@settings(max_examples=60, deadline=None)
@given(briefings())
def test_the_html_page_shows_every_outline_entry_in_its_section(briefing: Briefing) -> None:
    page = HtmlExporter().export(briefing, {})
    shown = dict(_SECTION.findall(page))
    blocks = outline(briefing, SECTIONS)
    assert list(shown) == [block.key for block in blocks]
    for block in blocks:
        body = _PICTURES.sub("", shown[block.key])
        if not block.entries:
            assert html.escape(block.empty) in body
            continue
        assert len(_ITEM.findall(body)) == len(block.entries)
        for entry in block.entries:
            # An entity's type is the group it is listed under, not text of its own.
            pieces = [text for role, text in entry.parts if role != "type"] or [entry.text]
            for piece in pieces:
                assert _shown(piece) in body
            for number in entry.citations:
                assert f'href="#source-{number}"' in body


def _briefing_with_link(url: str) -> Briefing:
    document = Document(id="a", text="Dock workers extended their strike.")
    return Briefing(documents=[document], sources=[Source(1, "a", url=url, path="a.txt")])


@pytest.mark.parametrize(
    ("url", "clickable"),
    [
        ("https://news.example/2024/strike?x=1#top", True),
        ("HTTP://NEWS.EXAMPLE/STRIKE", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("https://news.example/<script>", False),
        ("https://news.example\\@evil.example/", False),
        ("https://", False),
        ("ftp://news.example/strike.txt", False),
    ],
)
def test_markdown_and_html_agree_on_which_links_are_clickable(url: str, clickable: bool) -> None:
    briefing = _briefing_with_link(url)
    markdown = MarkdownExporter().export(briefing, {"sections": "sources"})
    page = HtmlExporter().export(briefing, {"sections": "sources"})
    assert is_web_url(url) is clickable
    assert (f"<{url}>" in markdown) is clickable
    assert (f'<a href="{html.escape(url)}"' in page) is clickable
    if not clickable:
        assert f"<code>{html.escape(url)}</code>" in page


def test_a_blank_url_shows_the_path_in_every_format() -> None:
    briefing = _briefing_with_link("   ")
    markdown = MarkdownExporter().export(briefing, {"sections": "sources"})
    page = HtmlExporter().export(briefing, {"sections": "sources"})
    assert "a.txt" in markdown and "<code>a.txt</code>" in page


@settings(max_examples=40, deadline=None)
@given(briefings())
def test_json_writes_stories_sources_and_notes_field_for_field(briefing: Briefing) -> None:
    data = briefing_to_dict(briefing)

    def record(value: object) -> dict[str, object]:
        return attrs.asdict(
            value, value_serializer=lambda _, __, v: list(v) if isinstance(v, tuple) else v
        )

    assert data["stories"] == [record(story) for story in briefing.stories]
    assert data["sources"] == [record(source) for source in briefing.sources]
    assert data["notes"] == [record(note) for note in briefing.notes]


UNTITLED = """date 2024-10-04 The defence ministry rejected the proposal to shoot down drones over \
the border, a spokesperson said on Friday.

Officials said the decision was final.
"""


@pytest.mark.parametrize(
    ("fmt", "marked"),
    [
        ("markdown", "\\[no headline; begins “"),
        ("text", "[no headline; begins “"),
        ("html", '<span class="opening">[no headline; begins “'),
    ],
)
def test_a_source_without_a_headline_is_labelled_by_its_opening_words(
    tmp_path: Path, fmt: str, marked: str
) -> None:
    (tmp_path / "untitled.txt").write_text(UNTITLED, encoding="utf-8")
    (tmp_path / "titled.txt").write_text(
        "Drones shot down over the border\n\n" + UNTITLED.split(" ", 2)[2], encoding="utf-8"
    )
    result = CliRunner().invoke(
        cli, ["build", str(tmp_path), "-f", fmt, "-O", "sections=sources", "-O", "locale=iso"]
    )
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())  # the text format wraps lines
    opening = "The defence ministry rejected the proposal to shoot down drones…"
    assert f"{marked}{opening}”" in output
    assert output.count("no headline") == 1  # the titled source shows its headline
    assert "Drones shot down over the border" in output


def test_json_keeps_a_missing_headline_missing(tmp_path: Path) -> None:
    (tmp_path / "untitled.txt").write_text(UNTITLED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    (source,) = json.loads(result.output)["sources"]
    assert source["title"] is None
    assert "no headline" not in result.output
