"""``newsbrief extract``: cleaned text, metadata and removed spans, through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.cli import cli
from newsbrief.commands.extract import SCHEMA, extraction, kept_pieces
from newsbrief.model import Document
from newsbrief.model.spans import Span
from newsbrief.plugins import DEFAULT_PLUGINS, get_host


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def test_extract_is_a_builtin_registered_through_register_commands() -> None:
    assert "newsbrief.commands.extract" in DEFAULT_PLUGINS
    names = [name for name, _ in get_host().commands(reserved=("build",))]
    assert "extract" in names
    assert "extract" in invoke("--help").output


def test_json_is_documented_verbatim_and_deterministic(seeds_dir: Path) -> None:
    first = invoke("extract", str(seeds_dir), "-f", "json", "--original")
    second = invoke("extract", str(seeds_dir), "-f", "json", "--original")
    assert first.exit_code == 0, first.output
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["schema"] == SCHEMA and data["skipped"] == []
    assert [d["id"][:3] for d in data["documents"]] == ["000", "001", "002", "003", "004"]
    for record in data["documents"]:
        original = record["original"]
        assert record["length"] == len(original)
        for key in ("removed", "paragraphs", "headings"):
            for span in record[key]:
                assert original[span["start"] : span["end"]] == span["text"]
        assert record["text"] == "\n\n".join(p["text"] for p in record["paragraphs"])
        # Nothing removed is in the cleaned text, and the text is all that is left.
        for span in record["removed"]:
            assert not any(
                p["start"] < span["end"] and span["start"] < p["end"] for p in record["paragraphs"]
            )
        assert set(record) >= {"title", "outlet", "authors", "published", "language", "url"}
    by_id = {d["id"][:3]: d for d in data["documents"]}
    assert by_id["004"]["outlet"] == "AFP" and by_id["004"]["published"] == "2024-11-26"
    assert by_id["003"]["authors"] == ["Tyler Durden"]
    assert len(by_id["003"]["sections"]) == 2  # two articles in one file
    assert "ua en ru" not in by_id["000"]["text"]
    assert {s["kind"] for s in by_id["000"]["removed"]} >= {"language_switcher", "caption"}


def test_text_and_markdown(seeds_dir: Path, tmp_path: Path) -> None:
    path = str(seeds_dir / "004_2c1dc2b1a7e2b655.txt")
    text = invoke("extract", path)
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith(f"== {path} ==\n")
    assert "Outlet: AFP" in text.stdout and "Published: 2024-11-26" in text.stdout
    assert "Removed (" in text.stdout and "copyright:" in text.stdout
    out = tmp_path / "page.md"  # the format from the extension
    markdown = invoke("extract", path, "-o", str(out))
    assert markdown.exit_code == 0, markdown.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("# NATO Vows Ukraine Backing")
    assert "- **Outlet:** AFP" in page and "## Removed (" in page


def test_bad_inputs_are_one_line_each_the_others_still_printed(
    seeds_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = str(seeds_dir / "001_787f4621f14174d6.txt")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsbrief",
            "extract",
            good,
            str(empty),
            "missing.txt",
            "-f",
            "json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert [d["id"][:3] for d in data["documents"]] == ["001"]
    assert [s["input"] for s in data["skipped"]] == [str(empty), "missing.txt"]
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    # Each skipped input once, then one count.
    assert sum("missing.txt" in line for line in lines) == 1
    assert lines[-1] == "newsbrief: 2 input(s) skipped, 1 document(s) extracted"


def test_strict_stops_at_the_first_bad_input(seeds_dir: Path) -> None:
    result = invoke("extract", "missing.txt", str(seeds_dir), "--strict")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "Error: missing.txt: no such file or directory"


def test_usage_errors(seeds_dir: Path) -> None:
    assert invoke("extract").exit_code == 2
    assert "--original goes with -f json" in invoke("extract", str(seeds_dir), "--original").output
    bad = invoke("extract", str(seeds_dir), "-f", "yaml")
    assert bad.exit_code == 2 and "yaml" in bad.output
    parser = invoke("extract", str(seeds_dir), "--parser", "nosuch")
    assert parser.exit_code == 1 and "nosuch" in parser.output and "Traceback" not in parser.output


def test_stdin_and_language(tmp_path: Path) -> None:
    result = invoke(
        "extract", "-", "-f", "json", "--language", "uk", input="Київ. Це речення статті.\n"
    )
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)["documents"]
    assert record["language"] == "uk" and record["text"] == "Київ. Це речення статті."


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=st.sampled_from("ab \n\t.İß€😀"), max_size=60),
    cuts=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4),
)
def test_offsets_are_verbatim_for_any_text_and_removed_spans(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    spans = [Span(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts]
    document = Document.from_text(text, id="doc", removed=spans)
    record = extraction(document, original=True)
    pieces = kept_pieces(document)
    for start, end in pieces:
        piece = text[start:end]
        assert piece and piece == piece.strip()
        assert not any(s.start < end and start < s.end for s in spans)
    assert record["text"] == "\n\n".join(text[s:e] for s, e in pieces)
    for span in record["removed"]:
        assert text[span["start"] : span["end"]] == span["text"]
    # Every non-space character outside the removed spans is in exactly one piece.
    covered = [any(s <= i < e for s, e in pieces) for i in range(len(text))]
    removed = [any(s.start <= i < s.end for s in spans) for i in range(len(text))]
    for i, char in enumerate(text):
        if not removed[i] and not char.isspace():
            assert covered[i]


def test_a_repeated_input_is_reported_once_and_is_no_failure(seeds_dir: Path) -> None:
    path = str(seeds_dir / "004_2c1dc2b1a7e2b655.txt")
    result = invoke("extract", path, path, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["documents"]) == 1
    assert [s["kind"] for s in data["skipped"]] == ["duplicate"]
    assert result.stderr.count("skipped") == 1
    quiet = invoke("extract", path, path, "-q")
    assert quiet.exit_code == 0 and quiet.stderr == ""


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "By Jane Doe",
                "Photo: Getty Images",
                "KYIV (AFP) - Officials met on Tuesday to discuss the plan.",
                "Share",
                "© AFP 2024",
                "The minister said the talks would continue next week.",
                "Related: Five things to know",
                "Їхня заява: «Ми продовжимо».",
                "",
                "   ",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_extract_offsets_are_verbatim_for_parsed_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    if not text.strip():
        return
    result = invoke("extract", "-", "-f", "json", "--original", input=text)
    if result.exit_code != 0:  # an input the parser refuses (too little text) is one line
        assert result.stderr.count("\n") == 2 and "Traceback" not in result.output
        return
    for record in json.loads(result.stdout)["documents"]:
        original = record["original"]
        for key in ("removed", "paragraphs", "headings"):
            for span in record[key]:
                assert original[span["start"] : span["end"]] == span["text"]
        assert record["text"] == "\n\n".join(p["text"] for p in record["paragraphs"])
