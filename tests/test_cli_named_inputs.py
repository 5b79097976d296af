"""What the CLI says about inputs, as a user sees it: a file named on its own is read, not
passed over; a cache folder below a file is not usable; JSON with no usable record says where
the first broken one is."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli

ARTICLE = "Ferry back\n\nThe island ferry sailed again on Friday after a week of storms.\n"


def test_a_readme_named_beside_its_folder_is_read_not_passed_over(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# Notes\n\nThe harbour notes for this week's articles.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), str(readme), "-v", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "passed over" not in result.output
    assert "load: 2 input(s)" in result.output
    # Not named on its own, the walk still passes it over and says why.
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-v", "-f", "json"])
    assert f"passed over {readme}: a README file, not an article" in result.output


@pytest.mark.parametrize("option", [[], ["--path"]])
def test_a_cache_folder_below_a_file_is_said_to_be_unusable(
    tmp_path: Path, option: list[str]
) -> None:
    blocking = tmp_path / "notes.txt"
    blocking.write_text("not a folder\n", encoding="utf-8")
    env = {"NEWSBRIEF_CACHE_DIR": str(blocking / "cache" / "newsbrief")}
    result = CliRunner().invoke(cli, ["cache", *option], env=env)
    assert "nothing yet" not in result.output
    assert "Traceback" not in result.output
    (line,) = result.output.splitlines()
    assert f"below {blocking}, a file, not a folder" in line
    assert result.exit_code == (1 if option else 0)


@pytest.mark.parametrize(
    ("name", "data", "tail"),
    [
        (
            "feed.jsonl",
            '{"title": "Ferry", "text": "The ferry sailed on Friday."\n{"title": 5, "text": 7}\n',
            "no usable record; the first, line 1: invalid JSON: Expecting ',' delimiter: column 57",
        ),
        ("list.json", '[3, "a stray string"]', "no usable record; the first, item 0: "),
    ],
)
def test_json_with_no_usable_record_names_the_first_broken_one(
    tmp_path: Path, name: str, data: str, tail: str
) -> None:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-q"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    (line,) = [line for line in result.output.splitlines() if "skipped" in line]
    assert tail in line


def test_json_lines_with_no_valid_line_name_the_first(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"title": "Ferry" "text": "Sailed."}\n{oops\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--parser", "json", "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = [line for line in result.output.splitlines() if "skipped" in line]
    assert line.endswith(
        "not JSON or JSON Lines: line 1: invalid JSON: Expecting ',' delimiter: column 19"
    )


def test_a_readme_named_in_a_list_beside_its_folder_is_read_not_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (desk / "README.md").write_text("# Notes\n\nWhat the harbour desk keeps.\n", "utf-8")
    (tmp_path / "inputs.txt").write_text("desk/README.md\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # A list on the command line names the file; the folder beside it is walked.
    result = CliRunner().invoke(cli, ["build", "@inputs.txt", "desk", "-v", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "passed over" not in result.output
    assert "load: 2 input(s)" in result.output


@pytest.mark.parametrize(
    ("data", "kind"),
    [("[7, 8]", "a number"), ("[null, true]", "null"), ("[[1], [2]]", "a list")],
)
def test_a_json_list_of_no_objects_says_what_it_holds_in_jsons_words(
    tmp_path: Path, data: str, kind: str
) -> None:
    path = tmp_path / "records.json"
    path.write_text(data, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = [line for line in result.output.splitlines() if "skipped" in line]
    assert line.endswith(f"no usable record; the first, item 0: expected an object, got {kind}")


def test_a_build_with_its_cache_folder_below_a_file_runs_without_the_cache(
    tmp_path: Path,
) -> None:
    from newsbrief.languages import array_cache

    blocking = tmp_path / "notes.txt"
    blocking.write_text("not a folder\n", encoding="utf-8")
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {"NEWSBRIEF_CACHE_DIR": str(blocking / "cache")}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSBRIEF_CACHE_DIR", env["NEWSBRIEF_CACHE_DIR"])
        # No cache folder, as for a path naming the file itself: nothing tries to write there.
        assert array_cache.cache_root() is None
        assert array_cache.file_in_the_way(blocking / "cache" / "deeper") == blocking
    result = CliRunner().invoke(cli, ["build", str(article), "-f", "json"], env=env)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and '"dates"' in result.output
