"""The docx exporter, installed as a user installs it (through its entry point)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from importlib.metadata import version

import docx
import pytest

import newsbrief
from newsbrief.exporters.common import outline
from newsbrief.pytest_plugin import SEEDS_DIR


def paragraphs(data: bytes) -> list[tuple[str, str]]:
    """``(style name, text)`` of every paragraph of a .docx file's bytes."""
    document = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_docx_is_registered_through_its_entry_point() -> None:
    exporter = newsbrief.get_exporter("docx")
    assert newsbrief.exporter_for_path("Briefing.DOCX") is exporter


def test_every_summary_sentence_is_in_the_document_with_its_citation(newsbrief_briefing) -> None:
    data = newsbrief.export(newsbrief_briefing, "docx")
    assert isinstance(data, bytes)
    assert zipfile.is_zipfile(io.BytesIO(data))
    body = paragraphs(data)
    assert body[0] == ("Title", "Seed briefing")
    headings = [text for style, text in body if style == "Heading 1"]
    # The same sections, in the same order, as newsbrief's Markdown briefing.
    assert headings == [block.heading for block in outline(newsbrief_briefing)]
    assert {"Summary", "Sources"} <= set(headings)
    bullets = [text for style, text in body if style == "List Bullet"]
    for item in newsbrief_briefing.summary:
        sentence = " ".join(item.sentence.text.split())
        assert any(sentence in " ".join(bullet.split()) for bullet in bullets), sentence
    cited = "".join(bullets[: len(newsbrief_briefing.summary)])
    numbers = {source.number for source in newsbrief_briefing.sources}
    assert any(f"[{n}]" in cited for n in numbers)


def test_sources_are_listed_with_their_numbers(newsbrief_briefing) -> None:
    body = paragraphs(newsbrief.export(newsbrief_briefing, "docx"))
    listed = [text for style, text in body if style == "List"]
    assert len(listed) == len(newsbrief_briefing.sources)
    for source, text in zip(newsbrief_briefing.sources, listed, strict=True):
        assert text.startswith(f"[{source.number}] ")


def test_options_choose_sections_and_title(newsbrief_briefing) -> None:
    data = newsbrief.export(newsbrief_briefing, "docx", sections="sources", title="Air defence")
    body = paragraphs(data)
    assert body[0] == ("Title", "Air defence")
    assert [text for style, text in body if style == "Heading 1"] == ["Sources"]
    assert docx.Document(io.BytesIO(data)).core_properties.title == "Air defence"


def test_an_unknown_option_is_an_error(newsbrief_briefing) -> None:
    with pytest.raises(newsbrief.NewsbriefError, match="colour"):
        newsbrief.export(newsbrief_briefing, "docx", colour="red")


def test_the_same_briefing_gives_the_same_bytes(newsbrief_briefing) -> None:
    assert newsbrief.export(newsbrief_briefing, "docx") == newsbrief.export(
        newsbrief_briefing, "docx"
    )


def test_command_line_writes_a_docx_chosen_by_extension(tmp_path) -> None:
    out = tmp_path / "briefing.docx"
    result = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", str(SEEDS_DIR), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert any(style == "Heading 1" for style, _ in paragraphs(out.read_bytes()))


def test_newsbrief_plugins_lists_the_distribution_with_its_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsbrief", "plugins"],
        capture_output=True,
        text=True,
        check=True,
    )
    listed = {plugin["name"]: plugin for plugin in json.loads(result.stdout)}
    assert listed["docx"]["distribution"] == "newsbrief-docx"
    assert listed["docx"]["version"] == version("newsbrief-docx")
    assert listed["docx"]["exporters"] == ["docx"]


def test_the_locale_option_writes_dates_for_readers(newsbrief_briefing) -> None:
    exporter = newsbrief.get_exporter("docx")
    iso = " ".join(text for _, text in paragraphs(exporter.export(newsbrief_briefing, {})))
    british = " ".join(
        text for _, text in paragraphs(exporter.export(newsbrief_briefing, {"locale": "en_GB"}))
    )
    assert "2022-03-02" in iso and "2 March 2022" not in iso
    assert "2 March 2022" in british
