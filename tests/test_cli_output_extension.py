"""``build -o FILE``: the extension picks the format, and an unknown one is an error."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsbrief.cli import cli

ARTICLE = (
    "Harbour Town Opens New Ferry Line\n\n"
    "The harbour town of Westmere opened a ferry line to the islands on Monday. "
    "The mayor said the boats would run twice a day through the summer. "
    "Local traders expect more visitors in the coming months.\n"
)


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_an_unknown_extension_is_a_one_line_error_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "briefing.jsn"
    result = CliRunner().invoke(cli, ["build", str(_article(tmp_path)), "-o", str(target)])
    assert result.exit_code != 0
    message = result.output.strip()
    assert len(message.splitlines()) == 1
    assert "briefing.jsn" in message
    assert ".json" in message and ".md" in message and ".html" in message
    assert "-f FORMAT" in message
    assert not target.exists()


def test_an_explicit_format_makes_the_extension_irrelevant(tmp_path: Path) -> None:
    target = tmp_path / "briefing.jsn"
    arguments = ["build", str(_article(tmp_path)), "-o", str(target), "-f", "json"]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]


def test_known_extensions_still_choose_the_format(tmp_path: Path) -> None:
    target = tmp_path / "briefing.JSON"
    result = CliRunner().invoke(cli, ["build", str(_article(tmp_path)), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]


def test_extract_says_the_same_of_an_unknown_extension_before_reading(tmp_path: Path) -> None:
    target = tmp_path / "extracted.jsn"
    missing = tmp_path / "not-there.txt"  # never read: the extension is refused first
    result = CliRunner().invoke(cli, ["extract", str(missing), "-o", str(target)])
    assert result.exit_code == 1
    message = result.output.strip()
    assert len(message.splitlines()) == 1
    assert "extracted.jsn" in message and ".json" in message and "-f FORMAT" in message
    assert "not-there" not in message
    assert not target.exists()
    chosen = CliRunner().invoke(
        cli, ["extract", str(_article(tmp_path)), "-o", str(target), "-f", "json"]
    )
    assert chosen.exit_code == 0, chosen.output
    assert json.loads(target.read_text(encoding="utf-8"))["documents"]
