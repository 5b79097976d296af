"""Batches through the CLI: folders, globs, stdin, input lists, duplicates, --jobs, progress."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from helpers.cli import article, on_terminal


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=cwd,
    )


def doc_ids(result: subprocess.CompletedProcess, returncode: int = 0) -> list[str]:
    assert result.returncode == returncode, result.stderr.decode()
    return [d["id"] for d in json.loads(result.stdout)["documents"]]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "more").mkdir(parents=True)
    for number in range(4):
        (root / f"a{number}.txt").write_text(article(number), encoding="utf-8")
    for number in range(4, 6):
        (root / "more" / f"b{number}.txt").write_text(article(number), encoding="utf-8")
    return root


def test_folders_globs_and_stdin_keep_the_order_given(folder: Path) -> None:
    result = run(
        "build", str(folder / "more"), str(folder / "a[23].txt"), "-", "-f", "json",
        stdin=article(9).encode(),
    )  # fmt: skip
    assert doc_ids(result) == ["b4", "b5", "a2", "a3", "stdin"]


def test_an_input_list_with_comments_and_relative_paths(folder: Path, tmp_path: Path) -> None:
    listing = folder / "list.txt"
    listing.write_text(
        "# today's articles\n\na3.txt\n  more/b5.txt  \n# a1.txt is held back\nmore/*.txt\n",
        encoding="utf-8",
    )
    expected = ["a3", "b5", "b4"]
    # Relative paths in a list are relative to the current directory, as with pip -r.
    result = run("build", f"@{listing}", "-f", "json", cwd=folder)
    # b5 matched by the glob again: reported and counted once; a repeat is not a failure.
    assert doc_ids(result, returncode=0) == expected
    stderr = result.stderr.decode()
    assert stderr.count("more/b5.txt: named more than once, read once") == 1
    from_file = run(
        "build", "--from-file", str(listing), str(folder / "a0.txt"), "-f", "json", cwd=folder
    )
    assert doc_ids(from_file, returncode=0) == ["a0", *expected]
    elsewhere = run("build", f"@{listing}", "-f", "json", cwd=tmp_path)
    assert "newsbrief: skipped a3.txt: no such file or directory" in elsewhere.stderr.decode()


def test_a_missing_list_is_one_line(folder: Path) -> None:
    result = run("build", "@nope.txt", str(folder / "a0.txt"), "-f", "json")
    assert result.returncode == 1
    assert "newsbrief: skipped @nope.txt: no such file or directory" in result.stderr.decode()


def test_no_inputs_is_a_usage_error() -> None:
    result = run("build")
    assert result.returncode == 2
    assert b"give at least one input" in result.stderr


def test_the_same_content_twice_is_counted_once(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes((folder / "a1.txt").read_bytes())
    corpus = newsbrief.load(str(folder / "a1.txt"), str(copy), str(folder / "a1.txt"))
    assert [d.id for d in corpus.documents] == ["a1"]
    # (a copy is the same content; the same path again is named twice, read once)
    assert [s.reason for s in corpus.skipped] == [
        f"same content as {folder / 'a1.txt'}, counted once",
        "named more than once, read once",
    ]
    assert {s.kind for s in corpus.skipped} == {"duplicate"}
    assert corpus.errors == ()


def test_jobs_give_byte_identical_output(folder: Path, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        "\n".join(json.dumps({"id": f"r{n}", "text": article(n + 20)}) for n in range(5))
        + "\n{broken\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("")
    inputs = [str(folder), str(records), str(tmp_path / "empty.txt"), str(folder / "a0.txt")]
    one = run("build", *inputs, "-f", "json", "--jobs", "1")
    four = run("build", *inputs, "-f", "json", "--jobs", "4")
    assert one.returncode == four.returncode == 1
    assert one.stdout == four.stdout
    assert one.stderr == four.stderr
    assert len(json.loads(one.stdout)["documents"]) == 11


def test_jobs_through_the_api_keep_input_order(folder: Path) -> None:
    specs = [str(folder / f"a{n}.txt") for n in (3, 0, 2, 1)]
    assert [d.id for d in newsbrief.load(*specs, jobs=3)] == ["a3", "a0", "a2", "a1"]


def _stderr_on_a_terminal(*args: str) -> str:
    code, shown, _ = on_terminal(*args)
    assert code == 0
    return shown


def test_a_progress_bar_on_a_terminal_unless_quiet(tmp_path: Path) -> None:
    for number in range(12):
        (tmp_path / f"n{number:02}.txt").write_text(article(number), encoding="utf-8")
    shown = _stderr_on_a_terminal("build", str(tmp_path))
    assert "[1/8] load" in shown and "[8/8] export" in shown  # every stage, not only reading
    assert _stderr_on_a_terminal("build", str(tmp_path), "--quiet") == ""
    piped = run("build", str(tmp_path))
    assert piped.returncode == 0 and piped.stderr == b""
