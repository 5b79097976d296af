"""End to end through the CLI, as a user runs it, on the seed articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.nlp.tokens import count_words

NOISE = [
    "ua en ru",
    "WATCH TV LIVE",
    "Photo:",
    "Getty Images",
    "Author:",
    "©",
    "Distributed by",
    "Can you volunteer to defend Ukraine",
    "What are vacuum bombs?",
    "Steven S",
    "MacArthur",
    "Tyler Durden",
]

SUMMARIZERS = ["lexrank", "lsa", "textrank", "luhn", "edmundson", "kl", "sumbasic", "reduction"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def seed_json() -> dict:
    result = run("build", str(Path(__file__).resolve().parents[1] / "seeds"), "-f", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_build_prints_a_markdown_briefing_of_the_seeds(seeds_dir: Path) -> None:
    result = run("build", str(seeds_dir))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("# ")
    assert "[1]" in out and "Sources" in out
    summary = out.split("Sources")[0]
    for noise in NOISE:
        assert noise not in summary, noise


def test_summary_sentences_are_verbatim_and_cite_their_sources(seed_json: dict) -> None:
    documents = {d["id"]: d for d in seed_json["documents"]}
    assert len(documents) == 5
    assert seed_json["summary"], "empty summary"
    for item in seed_json["summary"]:
        text = documents[item["doc_id"]]["text"]
        assert text[item["start"] : item["end"]] == item["text"]
        for ref in item["supported_by"]:
            assert ref["doc_id"] in documents
        for noise in NOISE:
            assert noise not in item["text"]
        assert all(
            not (span["start"] < item["end"] and item["start"] < span["end"])
            for span in documents[item["doc_id"]]["removed"]
        ), "a summary sentence overlaps removed noise"


def test_summary_repeats_no_content(seed_json: dict) -> None:
    texts = [" ".join(item["text"].lower().split()) for item in seed_json["summary"]]
    assert len(texts) == len(set(texts))
    words = [set(t.split()) for t in texts]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            overlap = len(words[i] & words[j]) / min(len(words[i]), len(words[j]))
            assert overlap < 0.8, (texts[i], texts[j])


def test_seeds_000_and_001_are_one_story_and_the_others_alone(seed_json: dict) -> None:
    groups = sorted(sorted(story["documents"]) for story in seed_json["stories"])
    assert groups == [
        ["000_394e3ad1b7e016e7", "001_787f4621f14174d6"],
        ["002_202fb73025d70099"],
        ["003_04fcf334b5eb84bc"],
        ["004_2c1dc2b1a7e2b655"],
    ]


def test_every_story_is_covered(seed_json: dict) -> None:
    covered = {item["story"] for item in seed_json["summary"]}
    assert covered == {story["id"] for story in seed_json["stories"]}


def test_output_is_byte_identical_across_runs(seeds_dir: Path) -> None:
    first = run("build", str(seeds_dir), "-f", "json")
    second = run("build", str(seeds_dir), "-f", "json")
    assert first.returncode == 0
    assert first.stdout == second.stdout


def test_word_budget_with_and_without_overflow(seeds_dir: Path) -> None:
    def words_of(args: list[str]) -> list[int]:
        result = run("build", str(seeds_dir), "-f", "json", *args)
        assert result.returncode == 0, result.stderr
        summary = json.loads(result.stdout)["summary"]
        return [count_words(item["text"]) for item in summary]

    strict = words_of(["--words", "100"])
    assert sum(strict) <= 100
    over = words_of(["--words", "100", "--overflow"])
    assert sum(over) >= 100 or len(over) > len(strict)
    assert sum(over[:-1]) < 100


@pytest.mark.parametrize("name", SUMMARIZERS)
def test_summarize_works_offline_for_every_sumy_algorithm(seeds_dir: Path, name: str) -> None:
    path = seeds_dir / "002_202fb73025d70099.txt"
    result = CliRunner().invoke(
        cli, ["summarize", str(path), "--summarizer", name, "--sentences", "3", "--scores"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 3
    text = path.read_text(encoding="utf-8")
    for line in lines:
        score, where, sentence = line.split("\t")
        float(score)
        start, end = map(int, where.rsplit(":", 1)[1].split("-"))
        assert text[start:end] == sentence


def test_a_bad_input_is_one_line_and_the_rest_is_still_processed(
    seeds_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run(
        "build", str(seeds_dir / "004_2c1dc2b1a7e2b655.txt"), str(empty), str(missing), "-f", "json"
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    skipped_lines = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert any(str(empty) in line for line in skipped_lines)
    assert any(str(missing) in line for line in skipped_lines)
    briefing = json.loads(result.stdout)
    assert [d["id"] for d in briefing["documents"]] == ["004_2c1dc2b1a7e2b655"]


def test_strict_stops_at_the_first_bad_input(seeds_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("build", str(missing), str(seeds_dir), "--strict")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"Error: {missing}: no such file or directory"


def test_unknown_names_fail_with_one_line(seeds_dir: Path) -> None:
    result = run("build", str(seeds_dir), "--summarizer", "nope")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: no summarizer named 'nope' (known: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_output_file_picks_the_format_from_its_extension(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.json"
    result = run("build", str(seeds_dir), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "newsbrief.briefing/1"


def test_stdin_input(seeds_dir: Path) -> None:
    text = (seeds_dir / "004_2c1dc2b1a7e2b655.txt").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", "-", "-f", "json"],
        input=text,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["id"] == "stdin"


def test_list_names_every_component() -> None:
    result = CliRunner().invoke(cli, ["list"])
    assert result.exit_code == 0
    names = {tuple(line.split()[:2]) for line in result.output.splitlines()}
    assert ("summarizer", "newsbrief") in names
    assert ("exporter", "markdown") in names
    assert ("parser", "text") in names
    for name in [*SUMMARIZERS, "lead", "random"]:
        assert ("summarizer", name) in names


def test_parser_options_rename_json_fields(tmp_path: Path) -> None:
    records = tmp_path / "wire.jsonl"
    records.write_text(
        json.dumps(
            {
                "body": "NATO allies met in Brussels on Tuesday. They pledged air defence.",
                "headline": "Allies meet",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = run("build", str(records), "--parser", "json:text=body,title=headline", "-f", "json")
    assert result.returncode == 0, result.stderr
    briefing = json.loads(result.stdout)
    assert briefing["documents"][0]["title"] == "Allies meet"
    assert briefing["summary"][0]["text"] == "NATO allies met in Brussels on Tuesday."
    bad = run("build", str(records), "--parser", "json:bogus=1")
    assert bad.returncode == 1
    assert bad.stderr.strip().startswith(
        "Error: --parser json:bogus=1: json parser: unknown option 'bogus'"
    )


def test_a_page_repeating_its_own_paragraphs_is_noted(seed_json: dict) -> None:
    # Seed 003 pastes five paragraphs of the AFP story twice, some lightly edited.
    [note] = [n for n in seed_json["notes"] if n["kind"] == "duplicate"]
    assert note["doc_ids"] == ["003_04fcf334b5eb84bc"]
    # In an editor's words, citing the file's two articles (issue 17), never the document id.
    assert note["message"].startswith("[4] and [5]: 5 sentences repeat earlier text")


def test_lightly_edited_copies_count_as_repeats() -> None:
    import newsbrief

    text = (
        "Officials said talks were in progress with Western allies on a no-fly zone.\n\n"
        "Kyiv wants Patriot systems placed along the Polish border to protect the west.\n\n"
        "The official said talks were “in progress” with Western allies on a no-fly zone.\n"
    )
    briefing = newsbrief.build_briefing(
        [newsbrief.Document.from_text(text, id="page")], annotators=[], sentences=2
    )
    notes = [n.message for n in briefing.notes if n.kind == "duplicate"]
    assert notes == ["[1]: 1 sentence repeats earlier text of the same file; it is used once."]
    assert len(briefing.summary) == 2
    assert "Kyiv wants" in " ".join(item.sentence.text for item in briefing.summary)
