"""Every script in ``examples/`` runs as a user runs it (a subprocess) and does what it says."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEEDS = ROOT / "seeds"
SCHEMA = ROOT / "src" / "newsbrief" / "data" / "briefing.schema.json"

#: Examples with a test below; a new example without one fails ``test_every_example_is_tested``.
TESTED = {"build_briefing", "custom_summarizer", "daily_briefing", "briefing_json_app"}


def run(script: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{script}.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def seed_texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")}


def test_every_example_is_tested() -> None:
    assert {path.stem for path in EXAMPLES.glob("*.py")} == TESTED


def test_build_briefing_filters_and_writes_three_formats(tmp_path) -> None:
    result = run("build_briefing", "--out", str(tmp_path), "--keyword", "no-fly")
    mentioning = {stem for stem, text in seed_texts().items() if "no-fly" in text.casefold()}
    assert 0 < len(mentioning) < len(seed_texts())  # the filter must really filter
    assert f"{len(mentioning)} of {len(seed_texts())} articles mention no-fly" in result.stdout

    briefing = json.loads((tmp_path / "briefing.json").read_text(encoding="utf-8"))
    jsonschema.validate(briefing, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert briefing["settings"]["summarizer"] == "lexrank"
    assert {d["id"] for d in briefing["documents"]} == mentioning
    texts = seed_texts()
    words = 0
    for item in briefing["summary"]:
        assert texts[item["doc_id"]][item["start"] : item["end"]] == item["text"]
        words += len(item["text"].split())
    assert words <= 130  # 120 words as the tokenizer counts them; split() is close

    markdown = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert markdown.startswith("# no-fly briefing")
    headlines = (tmp_path / "headlines.txt").read_text(encoding="utf-8").splitlines()
    assert [line.split("]")[0] for line in headlines] == [
        f"[{s['number']}" for s in briefing["sources"]
    ]


def test_custom_summarizer_builds_a_briefing_with_it() -> None:
    lines = run("custom_summarizer").stdout.splitlines()
    assert 1 <= len(lines) <= 4
    texts = {stem: " ".join(text.split()) for stem, text in seed_texts().items()}
    scores = []
    for line in lines:
        score, doc_id, sentence = line.split(" ", 2)
        assert sentence in texts[doc_id]
        scores.append(float(score))
    assert all(score > 0 for score in scores)


def test_daily_briefing_keeps_the_window_and_names_files_by_day(tmp_path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    records = [
        {"id": "old", "title": "Old news", "published": "2024-05-01", "text": "Old. " * 20},
        {
            "id": "fresh",
            "title": "Air defence talks",
            "published": "2024-06-02",
            "text": "Ministers met in Brussels on Sunday to discuss air defence for Ukraine. "
            "They agreed to send two more systems before winter. "
            "The talks will continue next month in Washington.",
        },
        {"id": "undated", "title": "Undated", "text": "A note without a date at all. " * 3},
    ]
    (feeds / "wire.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run(
        "daily_briefing", str(feeds), "--out", str(out), "--day", "2024-06-03", "--days", "2"
    )
    assert "1 article(s) from 2024-06-02 to 2024-06-03; 1 without a date" in result.stdout
    briefing = json.loads((out / "2024-06-03.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in briefing["documents"]] == ["fresh"]
    assert (out / "2024-06-03.md").read_text(encoding="utf-8").startswith("# Briefing 2024-06-03")


def test_daily_briefing_with_nothing_in_the_window_says_so(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "daily_briefing.py"), str(SEEDS), "--day", "1999-01-01"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "no article published from 1999-01-01 to 1999-01-01" in result.stderr


def test_briefing_json_app_dump_follows_the_schema() -> None:
    result = run("briefing_json_app", str(SEEDS), "--dump")
    briefing = json.loads(result.stdout)
    jsonschema.validate(briefing, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert len(briefing["documents"]) == len(seed_texts())


@pytest.fixture(scope="module")
def json_app():
    spec = importlib.util.spec_from_file_location(
        "briefing_json_app", EXAMPLES / "briefing_json_app.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_app(str(SEEDS))


def call(app, path: str, **headers: str) -> tuple[str, dict[str, str], bytes]:
    seen: dict[str, object] = {}

    def start_response(status, header_list):
        seen["status"], seen["headers"] = status, dict(header_list)

    body = b"".join(app({"PATH_INFO": path, **headers}, start_response))
    return seen["status"], seen["headers"], body  # type: ignore[return-value]


def test_briefing_json_app_serves_json_with_an_etag(json_app) -> None:
    status, headers, body = call(json_app, "/briefing.json")
    assert status == "200 OK"
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["summary"]
    status, _, body = call(json_app, "/briefing.json", HTTP_IF_NONE_MATCH=headers["ETag"])
    assert (status, body) == ("304 Not Modified", b"")
    assert call(json_app, "/other")[0] == "404 Not Found"


def test_briefing_json_app_preview_names_a_turns_speaker_without_quotation_marks(
    tmp_path,
) -> None:
    # A transcript written for this test: its turns are printed without quotation marks.
    (tmp_path / "ferry.txt").write_text(
        "Radio interview: the ferry strike\n\n"
        "Transcript of a morning programme broadcast on Tuesday.\n\n"
        "HOST: Union secretary Ingrid Sorensen, welcome. Will the ferries sail tomorrow?\n\n"
        "SORENSEN: No ferry will leave the island terminal before Thursday. The crews voted "
        "to stay out until the company answers our letter.\n\n"
        "HOST: Ingrid Sorensen, thank you.\n",
        encoding="utf-8",
    )
    lines = run("briefing_json_app", str(tmp_path), "--preview").stdout.splitlines()
    assert "- Ingrid Sorensen: No ferry will leave the island terminal before Thursday. [1]" in (
        lines
    )
    quotes = [line for line in lines if line.startswith("> ")]
    assert quotes and all("Ingrid Sorensen" in line for line in quotes)
    assert not any("“" in line for line in quotes)  # a turn had no quotation marks
