"""``-v`` names each file a folder holds that is not read, once, and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli

ARTICLE = (
    "The island ferry sailed again on Friday after two days of storms, the harbour office "
    "said. Passengers waited on the quay for most of the morning.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of two articles, a README and a CONTRIBUTING file, two files of types no parser
    reads and a hidden one."""
    root = tmp_path / "news"
    (root / "later").mkdir(parents=True)
    (root / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "later" / "quay.txt").write_text(ARTICLE.replace("Friday", "Sunday"), encoding="utf-8")
    (root / "README.md").write_text("# Notes\n", encoding="utf-8")
    (root / "CONTRIBUTING.md").write_text("# How to help\n", encoding="utf-8")
    (root / "photo.jpeg").write_bytes(b"\xff\xd8\xff")
    (root / "later" / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (root / ".draft.xyz").write_text("not yet", encoding="utf-8")
    return root


def _passed_over(*args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["build", *args])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if "passed over" in line]


def test_verbose_names_each_file_passed_over_once(folder: Path) -> None:
    expected = [
        f"newsbrief: passed over {folder / 'CONTRIBUTING.md'}: a CONTRIBUTING file, not an article",
        f"newsbrief: passed over {folder / 'README.md'}: a README file, not an article",
        f"newsbrief: passed over {folder / 'later' / 'budget.xlsx'}: no parser reads .xlsx files",
        f"newsbrief: passed over {folder / 'photo.jpeg'}: no parser reads .jpeg files",
    ]
    assert _passed_over(str(folder), "-v") == expected
    # The folder named twice: each file still once.
    assert _passed_over(str(folder), str(folder / "later"), "-v") == expected


def test_without_verbose_nothing_is_said(folder: Path) -> None:
    assert _passed_over(str(folder)) == []
