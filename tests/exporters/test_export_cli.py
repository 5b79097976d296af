"""All four formats through the CLI on the seeds: the format follows ``-o``'s extension."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

import newsbrief
from newsbrief.cli import cli
from newsbrief.exporters.common import display

SUMMARY_HEADINGS = ["Summary", "Stories", "Sources", "Coverage notes"]


@pytest.fixture(scope="module")
def seeds_briefing() -> newsbrief.Briefing:
    return newsbrief.build_briefing(newsbrief.load(str(Path(__file__).parents[2] / "seeds")))


def build(tmp_path: Path, seeds_dir: Path, name: str, *args: str) -> str:
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("x.html", "<!DOCTYPE html>"),
        ("x.htm", "<!DOCTYPE html>"),
        ("x.json", "{"),
        ("x.md", "# "),
        ("x.markdown", "# "),
        ("x.txt", "Briefing: "),
    ],
)
def test_the_extension_picks_the_format(
    tmp_path: Path, seeds_dir: Path, name: str, start: str
) -> None:
    assert build(tmp_path, seeds_dir, name).startswith(start)


def test_format_option_wins_and_stdout_works(seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "-f", "html"])
    assert result.exit_code == 0 and result.output.startswith("<!DOCTYPE html>")
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "-f", "text", "-o", "-"])
    assert result.exit_code == 0 and result.output.startswith("Briefing: ")


def test_markdown_renders_with_headings_citations_and_literal_text(
    tmp_path: Path, seeds_dir: Path, seeds_briefing: newsbrief.Briefing
) -> None:
    markdown = build(tmp_path, seeds_dir, "x.md")
    tokens = MarkdownIt("commonmark").parse(markdown)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0].startswith("Briefing: ")
    assert [h for h in headings[1:] if h in SUMMARY_HEADINGS] == SUMMARY_HEADINGS
    rendered = MarkdownIt("commonmark").render(markdown)
    items = re.findall(r"<li>(.*?)</li>", rendered, flags=re.S)
    for item in seeds_briefing.summary:
        # The renderer shows each summary sentence exactly, followed by its citations.
        shown = escapeHtml(display(item.sentence.text))
        assert any(li.startswith(shown) and re.search(r"\[\d+\]$", li) for li in items), shown
    assert "<em>" not in rendered.split("<h2>Sources</h2>")[0]


def test_text_is_wrapped_at_80_columns(tmp_path: Path, seeds_dir: Path) -> None:
    text = build(tmp_path, seeds_dir, "x.txt")
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Summary\n-------" in text and re.search(r"\[\d+\]", text)


def test_json_from_the_cli_reads_back(tmp_path: Path, seeds_dir: Path) -> None:
    text = build(tmp_path, seeds_dir, "x.json")
    assert json.loads(text)["schema"] == "newsbrief.briefing/1"
    assert newsbrief.export(newsbrief.from_json(text), "json") == text


def test_html_has_the_same_sections_as_markdown(tmp_path: Path, seeds_dir: Path) -> None:
    page = build(tmp_path, seeds_dir, "x.html")
    markdown = build(tmp_path, seeds_dir, "x.md")
    html_headings = re.findall(r"<h2>(.*?)</h2>", page)
    md_headings = re.findall(r"^## (.*)$", markdown, flags=re.M)
    assert [h.replace("&amp;", "&") for h in html_headings] == md_headings


def test_export_options_through_the_cli(tmp_path: Path, seeds_dir: Path) -> None:
    page = build(
        tmp_path, seeds_dir, "x.html", "-O", "locale=en_GB", "-O", "sections=summary,sources"
    )
    assert re.findall(r'<section id="(\w+)">', page) == ["summary", "sources"]
    assert re.search(r"<time datetime=\"\d{4}-\d{2}-\d{2}\">\d{1,2} [A-Z][a-z]+ \d{4}</time>", page)
    text = build(tmp_path, seeds_dir, "x.txt", "-O", "locale=ru", "-O", "title=Неделя")
    assert text.startswith("Неделя\n======")
    assert re.search(r"\d{1,2} (января|февраля|марта|июня|июля|октября|ноября)", text)
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "-f", "html", "-O", "nope=1"])
    assert result.exit_code != 0
    assert "html exporter: unknown option 'nope'" in result.output


def test_export_options_through_the_python_api(seeds_briefing: newsbrief.Briefing) -> None:
    page = newsbrief.export(seeds_briefing, "html", title="Week 42", locale="uk")
    assert "<h1>Week 42</h1>" in page
    markdown = newsbrief.export(seeds_briefing, "markdown", sections=["summary"], locale="en")
    assert "## Summary" in markdown and "## Sources" not in markdown
