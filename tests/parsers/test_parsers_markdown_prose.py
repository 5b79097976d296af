"""A Markdown file of prose alone (no heading, link or fence) is still Markdown: the Markdown
parser reads it, where it used to be skipped as 'not in a shape the markdown parser reads'."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.parsers.base import RawInput
from newsbrief.pipeline import choose_parser

PROSE = (
    "The harbour board met on Tuesday in Whitby and agreed to dredge the outer channel.\n\n"
    "Its chair, Mary Oakes, said the work would start in the spring.\n"
)


def _raw(name: str, data: bytes) -> RawInput:
    return RawInput(name=name, data=data, doc_id=Path(name).stem, path=name)


def test_prose_in_a_markdown_file_goes_to_the_markdown_parser() -> None:
    for name in ("notes.md", "NOTES.MD", "notes.markdown"):
        assert choose_parser(_raw(name, PROSE.encode())).name == "markdown", name
    # (a .txt file of prose stays with the plain-text parser)
    assert choose_parser(_raw("notes.txt", PROSE.encode())).name == "text"


def test_a_folder_with_a_prose_markdown_file_briefs_it(tmp_path: Path) -> None:
    (tmp_path / "harbour.md").write_text(PROSE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.output
    assert "Mary Oakes" in result.output


def test_an_empty_or_binary_markdown_file_is_still_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "blank.md").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-f", "json"])
    assert result.exit_code == 1
    assert "blank.md: empty input" in result.output
    assert "photo.md: binary data (a PNG image), not text" in result.output
