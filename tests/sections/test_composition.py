"""Issue 17's composition targets on the seed briefing, through build_briefing and the CLI.

The newest story's lead sentence first; the six developments of
``benchmarks/keys/seed_briefing_slots.json`` in the default summary; no sentence in two
sections; key quotes with speaker, role and date; every ``--order``; honest counts, a title from
the content and coverage notes that cite ``[n]``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsbrief
from newsbrief.cli import cli
from newsbrief.model import Briefing, Document

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SLOTS = ROOT / "benchmarks" / "keys" / "seed_briefing_slots.json"
NEWEST = "004_2c1dc2b1a7e2b655"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return newsbrief.build_briefing(newsbrief.load(str(SEEDS)))


def covered(summary_texts: list[tuple[str, str]]) -> list[str]:
    """Ids of the key's slots that a summary (``(doc_id, text)`` pairs) covers."""
    key = json.loads(SLOTS.read_text(encoding="utf-8"))
    found = []
    for slot in key["slots"]:
        for doc_id, text in summary_texts:
            if doc_id in slot["files"] and any(
                all(phrase.lower() in text.lower() for phrase in phrases)
                for phrases in slot["any_of"]
            ):
                found.append(slot["id"])
                break
    return found


def test_the_newest_storys_lead_sentence_comes_first(briefing: Briefing) -> None:
    first = briefing.summary[0].sentence
    newest: Document = briefing.document(NEWEST)
    assert first.doc_id == NEWEST
    assert first.key == newest.sentences[0].key  # its lead, not any of its sentences


def test_the_default_summary_covers_the_six_developments(briefing: Briefing) -> None:
    key = json.loads(SLOTS.read_text(encoding="utf-8"))
    assert len(briefing.summary) == key["budget"]["sentences"]
    texts = [(item.sentence.doc_id, item.sentence.text) for item in briefing.summary]
    assert covered(texts) == [slot["id"] for slot in key["slots"]]


def test_slots_are_balanced_and_the_newest_story_is_not_short_changed(briefing: Briefing) -> None:
    per_story: dict[str | None, int] = {}
    for item in briefing.summary:
        per_story[item.story] = per_story.get(item.story, 0) + 1
    newest_story = briefing.summary[0].story
    assert per_story[newest_story] == max(per_story.values())
    assert max(per_story.values()) - min(per_story.values()) <= 1


def test_no_sentence_is_in_two_sections(briefing: Briefing) -> None:
    summary = {item.sentence.key for item in briefing.summary}
    timeline = {(e.doc_id, e.start, e.end) for e in briefing.timeline}
    assert not summary & timeline
    shown = summary | timeline
    for quote in (q for q in briefing.quotes if q.key):
        inside = [
            k for k in shown if k[0] == quote.doc_id and k[1] < quote.end and quote.start < k[2]
        ]
        assert not inside, quote.text


def test_the_timeline_tells_no_summary_sentence_again_in_another_copy(briefing: Briefing) -> None:
    # Seed 003 prints Kuleba's May argument twice; the summary has one copy, so the timeline's
    # May entry must not be the other ("And during that same month, ...").
    assert not any("Kuleba" in e.text for e in briefing.timeline)
    assert not any(e.text.startswith("And during that same month") for e in briefing.timeline)


def test_key_quotes_name_speaker_role_and_date(briefing: Briefing) -> None:
    people = {e.name for e in briefing.entities if e.type == "person"}
    key = [q for q in briefing.quotes if q.key]
    assert key
    named = [q for q in key if q.speaker in people]
    assert len(named) >= 3
    for quote in named:
        assert quote.role and quote.date, quote
    # The newest story's words are among them, and no speaker is shown twice.
    assert any(q.doc_id == NEWEST for q in key)
    assert len({q.speaker for q in key}) == len(key)


def test_markdown_shows_title_counts_headline_and_editor_notes(briefing: Briefing) -> None:
    text = str(newsbrief.export(briefing, "markdown"))
    lines = text.splitlines()
    assert lines[0].startswith("# ") and "articles" not in lines[0]  # a title from the content
    assert lines[2].startswith("6 articles in 5 files")  # 003 holds two articles
    assert lines[4].startswith("**Latest:** NATO Vows Ukraine Backing") and lines[4].endswith("[6]")
    notes = text.split("## Coverage notes", 1)[1]
    assert not re.search(r"[0-9a-f]{16}", notes)  # no document ids, only [n]
    assert "[4] and [5] are 2 articles in one file." in notes
    assert "[3] is background from 2022." in notes
    assert "A reader comment was dropped from [5]." in notes
    assert len([line for line in notes.splitlines() if "page furniture" in line]) == 1


def run_build(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-f", "json", "-q", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("order", ["newest", "oldest", "importance", "input"])
def test_every_order_through_the_cli(order: str) -> None:
    default = run_build()
    data = run_build("--order", order)
    assert data["settings"]["order"] == order
    keys = sorted((i["doc_id"], i["start"]) for i in data["summary"])
    stories = list(dict.fromkeys(i["story"] for i in data["summary"]))
    first_doc = data["summary"][0]["doc_id"]
    if order == "input":
        # The summarizer's own choice, in its order: stories as grouped, nothing balanced.
        assert stories == sorted(stories) and len(keys) == len(default["summary"])
        return
    # The composed orders show the same sentences, only in another order.
    assert keys == sorted((i["doc_id"], i["start"]) for i in default["summary"])
    if order == "newest":
        assert first_doc == NEWEST
    elif order == "oldest":
        assert first_doc.startswith("002")  # the 2022 explainer
    else:  # importance: a story of two sources first
        assert stories[0] in ("s1", "s3")


def test_quotes_per_speaker_through_the_cli() -> None:
    one = [q for q in run_build()["quotes"] if q["key"]]
    two = [q for q in run_build("--quotes-per-speaker", "2")["quotes"] if q["key"]]
    assert len({q["speaker"] for q in one}) == len(one)
    assert len({q["speaker"] for q in two}) < len(two) <= 5


def test_a_bad_order_is_one_line() -> None:
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--order", "latest"])
    assert result.exit_code == 2
    assert "'latest' is not one of" in result.output


def test_the_composed_briefing_is_deterministic_and_round_trips() -> None:
    first = run_build()
    assert run_build() == first
    briefing = newsbrief.from_json(json.dumps(first))
    assert [i.sentence.key for i in briefing.summary] == [
        (i["doc_id"], i["start"], i["end"]) for i in first["summary"]
    ]
    assert briefing.title == first["title"]


@pytest.mark.parametrize(
    ("language", "words"),
    [("uk", "в одному файлі"), ("ru", "в одном файле"), ("de", "in einer Datei"),
     ("fr", "dans un seul fichier"), ("es", "en un solo archivo"), ("en", "in one file")],
)  # fmt: skip
def test_coverage_notes_speak_the_briefings_language(
    briefing: Briefing, language: str, words: str
) -> None:
    from newsbrief.pipeline import coverage_notes

    notes = coverage_notes(
        briefing.documents, briefing.stories, sources=briefing.sources, language=language
    )
    (one_file,) = [note for note in notes if note.kind == "one_file"]
    assert one_file.message.startswith("[4]") and words in one_file.message
