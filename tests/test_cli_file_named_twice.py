"""A file named twice (on its own and inside its folder) is said to be read once, not to be a
copy of itself."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsbrief.cli import cli

ARTICLE = (
    "Ferry crossings resume after the storm\n\n"
    "The first ferry left Harwich on Friday morning after three days in port. "
    "The harbour master said the crossing was calm.\n"
)


def test_a_file_named_beside_its_folder_is_read_once(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), str(article), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert f"{article}: named more than once, read once" in result.output
    assert "same content as" not in result.output
