"""The command line for daily use: progress across every stage, -q/-v, each left-out input
reported once, "did you mean", @lists relative to the current directory, .gz inputs, and plain
text on a terminal. Terminal behaviour is tested on a real pseudo-terminal (``pty``)."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import re
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from helpers.cli import article as council_article
from helpers.cli import on_terminal
from newsbrief import inputs
from newsbrief.cli import cli
from newsbrief.errors import ComponentNotFound, InputError
from newsbrief.pipeline import Settings, run
from newsbrief.pipeline.progress import STAGES, STORY_STAGES, Progress


def article(number: int) -> str:
    """An article with a price in dollars: a Markdown special character in plain text."""
    return council_article(number, cost="$20 million")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for number in range(4):
        (root / f"a{number}.txt").write_text(article(number), encoding="utf-8")
    return root


def piped(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    )


# Progress across every stage.


def test_every_stage_reports_progress_in_order(folder: Path) -> None:
    events: list[Progress] = []
    run(Settings(), [str(folder)], on_progress=events.append)
    stages = list(dict.fromkeys(event.stage for event in events))
    assert stages == list(STAGES)
    for name in STAGES:
        mine = [event for event in events if event.stage == name]
        assert mine[0].done == 0, name  # each stage opens...
        assert mine[-1].finished, name  # ... and ends
        assert [e.done for e in mine] == sorted(e.done for e in mine), name
    assert [e.done for e in events if e.stage == "segment"] == [0, 1, 2, 3, 4]
    assert [e.done for e in events if e.stage == "load"] == [0, 1, 2, 3, 4]
    annotated = [e.name for e in events if e.stage == "annotate" and e.done]
    assert {"dates", "entities", "quotes"} <= set(annotated)  # each annotator named as it ends


def test_per_story_runs_report_their_own_stages(folder: Path) -> None:
    events: list[Progress] = []
    run(Settings(per_story=True), [str(folder)], on_progress=events.append)
    assert list(dict.fromkeys(event.stage for event in events)) == list(STORY_STAGES)


def test_the_display_follows_every_stage_on_a_terminal(folder: Path) -> None:
    code, shown, out = on_terminal("build", str(folder))
    assert code == 0 and out.startswith("# ")
    for number, name in enumerate(STAGES, start=1):
        assert f"[{number}/{len(STAGES)}] {name}" in shown, name
    assert "Traceback" not in shown


def test_quiet_prints_nothing_on_success_even_on_a_terminal(folder: Path) -> None:
    code, shown, out = on_terminal("build", str(folder), "-q")
    assert code == 0 and out.startswith("# ")
    assert shown == ""


def test_no_display_when_stderr_is_not_a_terminal(folder: Path) -> None:
    result = piped("build", str(folder))
    assert result.returncode == 0 and result.stderr == ""


# Messages: once each, above the display; -q errors only; -v detail.


def _with_problems(folder: Path) -> list[str]:
    # A repeated input (no failure) and a missing one (a failure).
    return ["build", str(folder), str(folder / "a1.txt"), str(folder / "missing.txt")]


def test_a_repeated_input_is_reported_once(folder: Path) -> None:
    result = CliRunner().invoke(cli, _with_problems(folder))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len([line for line in lines if "named more than once" in line]) == 1
    # The failure: once as it happens, once in the final list.
    assert lines[-2:] == [
        "newsbrief: 1 input(s) skipped, 4 document(s) used:",
        f"  - {folder / 'missing.txt'}: no such file or directory",
    ]


def test_quiet_prints_each_error_once_and_nothing_else(folder: Path) -> None:
    result = CliRunner().invoke(cli, [*_with_problems(folder), "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsbrief: skipped {folder / 'missing.txt'}: no such file or directory"
    ]


def test_verbose_times_each_stage_and_lists_every_input_left_out(folder: Path) -> None:
    result = CliRunner().invoke(cli, [*_with_problems(folder), "-v"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    for name in STAGES:
        assert any(re.fullmatch(rf"newsbrief: {name}: .*\d+\.\d\d s", line) for line in lines), name
    assert "newsbrief: load: 6 input(s) in " in result.stderr
    assert any(line.startswith("newsbrief: summarizer ") for line in lines)
    assert "newsbrief: 2 input(s) skipped, 4 document(s) used:" in lines
    assert sum("named more than once" in line for line in lines) == 2  # as it happens; in the list


def test_messages_go_above_the_display_without_breaking_it(folder: Path) -> None:
    code, shown, _ = on_terminal(*_with_problems(folder))
    assert code == 1
    # Each message is a whole line of its own, with no bar drawn into it.
    [duplicate] = [line for line in re.split(r"[\r\n]", shown) if "named more than once" in line]
    assert re.fullmatch(
        r"(\x1b\[2K)?newsbrief: skipped .*a1\.txt: named more than once, read once", duplicate
    )
    assert "[8/8] export" in shown


# "Did you mean".


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--summarizer", "lexrnk"], "no summarizer named 'lexrnk'; did you mean 'lexrank'?"),
        (["--summarizer", "LexRank"], "no summarizer named 'LexRank'; did you mean 'lexrank'?"),
        (["-f", "mardown"], "no exporter named 'mardown'; did you mean 'markdown'?"),
        (["--parser", "jsn"], "no parser named 'jsn'; did you mean 'json'?"),
    ],
)
def test_an_unknown_component_gets_a_suggestion(
    folder: Path, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(cli, ["build", str(folder), *args])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {message} (known: ")


def test_an_unknown_annotator_gets_a_suggestion(folder: Path) -> None:
    corpus = newsbrief.load(str(folder))
    with pytest.raises(
        ComponentNotFound, match=r"^no annotator named 'dats'; did you mean 'dates'"
    ):
        newsbrief.build_briefing(corpus, annotators=["dats"])


def test_no_suggestion_when_nothing_is_close(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(folder), "--summarizer", "zzz"])
    assert "did you mean" not in result.stderr
    assert result.stderr.startswith("Error: no summarizer named 'zzz' (known: ")


# @lists: relative to the current directory.


def test_list_paths_are_relative_to_the_current_directory(folder: Path, tmp_path: Path) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "today.txt").write_text("articles/a2.txt\narticles/a0.txt\n", encoding="utf-8")
    result = piped("build", "@lists/today.txt", "-f", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["a2", "a0"]
    # Not against the list's folder: from there, the same names do not exist.
    elsewhere = piped("build", f"@{lists / 'today.txt'}", "-f", "json", cwd=lists)
    assert elsewhere.returncode == 1
    assert "newsbrief: skipped articles/a2.txt: no such file or directory" in elsewhere.stderr


# .gz inputs.


def test_gzip_inputs_are_read_as_the_file_inside(tmp_path: Path) -> None:
    html = (
        "<html lang='en'><head><title>Ashford approves new park</title></head><body><article>"
        f"<h1>Ashford approves new park</h1><p>{article(0).split(chr(10), 2)[2]}</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(html.encode()))
    records = "".join(
        json.dumps({"id": f"r{n}", "title": f"Record {n}", "text": article(n + 1)}) + "\n"
        for n in range(2)
    )
    (tmp_path / "records.jsonl.gz").write_bytes(gzip.compress(records.encode()))
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Local</title>"
        f"<item><title>Carlow approves new market hall</title><description>{article(2)}"
        "</description><pubDate>Mon, 04 Nov 2024 10:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    # Two gzip members, as `cat a.gz b.gz` makes: one file.
    half = len(feed) // 2
    (tmp_path / "feed.xml.gz").write_bytes(
        gzip.compress(feed[:half].encode()) + gzip.compress(feed[half:].encode())
    )
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    ids = sorted(d["id"] for d in documents)
    assert ids[0].startswith("feed") and ids[1:] == ["page", "r0", "r1"]
    page = next(d for d in documents if d["id"] == "page")
    assert page["title"] == "Ashford approves new park"
    assert "<p>" not in page["text"]  # read by the HTML parser, not as text


def test_a_gzip_bomb_is_refused_in_one_line_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = 1024 * 1024
    monkeypatch.setenv("NEWSBRIEF_MAX_INPUT_BYTES", str(limit))
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(1 << 20)
    bomb = b"".join(packer.compress(zeros) for _ in range(256)) + packer.flush()  # 256 MiB
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(bomb)
    assert len(bomb) < 300_000
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            inputs.read(inputs.InputRef(str(path), path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(caught.value) == f"{path}: larger than the 1 MiB input limit once decompressed"
    # Never more than the limit inflated (and the compressed chunk read), not 256 MiB.
    assert peak < 4 * limit
    result = CliRunner().invoke(cli, ["build", str(path), "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsbrief: skipped {path}: larger than the 1 MiB input limit once decompressed",
        "Error: no readable article among the inputs",
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x1f\x8b not really gzip", "a damaged gzip file (or not gzip at all)"),
        (gzip.compress(article(1).encode())[:40], "a truncated gzip file"),
        (b"", "an empty gzip file"),
    ],
)
def test_a_bad_gzip_file_is_one_line(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(data)
    with pytest.raises(InputError, match=f"^{re.escape(f'{path}: {reason}')}$"):
        inputs.read(inputs.InputRef(str(path), path))


# Plain text on a terminal.


def test_a_terminal_gets_plain_text_and_a_pipe_markdown(folder: Path) -> None:
    code, shown, _ = on_terminal("build", str(folder), "-q", stdout_too=True)
    assert code == 0, shown
    assert "$20" in shown and "\\$" not in shown  # no Markdown escapes
    assert not shown.startswith("#") and "\n=====" in shown.replace("\r\n", "\n")
    markdown = piped("build", str(folder)).stdout
    assert markdown.startswith("# ") and "\\$20" in markdown
    # Asked for, Markdown it is, on a terminal too.
    code, shown, _ = on_terminal("build", str(folder), "-q", "-f", "markdown", stdout_too=True)
    assert shown.startswith("# ")


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=3000),
    cuts=st.lists(st.integers(min_value=0, max_value=3000), max_size=3),
    limit=st.integers(min_value=1, max_value=4000),
)
def test_gzip_members_read_back_whole_or_refused_at_the_limit(
    data: bytes, cuts: list[int], limit: int
) -> None:
    # However the content is split into members, it reads back whole, or is refused once it
    # would pass the limit.
    bounds = sorted({0, len(data), *(min(cut, len(data)) for cut in cuts)})
    members = b"".join(gzip.compress(data[a:b]) for a, b in itertools.pairwise(bounds))
    members = members or gzip.compress(b"")  # one empty member: empty content, not an error
    stream = io.BytesIO(members)
    if len(members) > limit:  # refused for its compressed size alone
        with pytest.raises(InputError, match="input limit"):
            inputs.read_gzip(stream, "x.gz", limit)
    elif len(data) <= limit:
        assert inputs.read_gzip(stream, "x.gz", limit) == data
    else:
        with pytest.raises(InputError, match="input limit once decompressed"):
            inputs.read_gzip(stream, "x.gz", limit)


def test_a_compressed_file_over_the_limit_is_refused_before_inflating() -> None:
    noise = os.urandom(5000)  # does not compress
    with pytest.raises(InputError, match=r"^x\.gz: larger than the 4096 byte input limit$"):
        inputs.read_gzip(io.BytesIO(gzip.compress(noise)), "x.gz", 4096)
