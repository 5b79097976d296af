"""Per-story briefings of large collections: results, partitioning, and linear growth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from helpers.timing import least_cpu_seconds
from newsbrief.cli import cli
from newsbrief.model import Story
from newsbrief.scaling import briefings_to_jsonl, build_story_briefings, story_batches
from newsbrief.stories import group_stories


def _corpus(synthetic_feed, tmp_path: Path, count: int, seed: int = 1) -> newsbrief.Corpus:
    return newsbrief.load(str(synthetic_feed(tmp_path / f"feed{count}.jsonl", count, seed)))


def test_synthetic_corpus_is_deterministic_and_news_sized(synthetic_feed, tmp_path: Path) -> None:
    first = synthetic_feed(tmp_path / "a.jsonl", 40, seed=5).read_bytes()
    again = synthetic_feed(tmp_path / "b.jsonl", 40, seed=5).read_bytes()
    other = synthetic_feed(tmp_path / "c.jsonl", 40, seed=6).read_bytes()
    assert first == again != other
    assert 2_000 < len(first) / 40 < 3_000  # about 2.5 KB an article


def test_one_briefing_per_story_of_the_whole_collection(synthetic_feed, tmp_path: Path) -> None:
    corpus = _corpus(synthetic_feed, tmp_path, 40)
    briefings = build_story_briefings(corpus, sentences=3)
    stories = group_stories(list(corpus))
    assert [b.stories for b in briefings] == [(story,) for story in stories]
    for briefing, story in zip(briefings, stories, strict=True):
        assert [d.id for d in briefing.documents] == list(story.documents)
        assert briefing.title == story.label
        assert 0 < len(briefing.summary) <= 3
        assert {item.story for item in briefing.summary} == {story.id}
    # The same as building each story's briefing on its own.
    story = next(s for s in stories if len(s.documents) > 1)
    by_id = {d.id: d for d in corpus}
    alone = newsbrief.build_briefing(
        [by_id[i] for i in story.documents], sentences=3, stories=[story], title=story.label
    )
    assert alone == briefings[stories.index(story)]


def test_partitioning_and_processes_do_not_change_the_result(
    synthetic_feed, tmp_path: Path
) -> None:
    corpus = _corpus(synthetic_feed, tmp_path, 30, seed=2)
    expected = list(briefings_to_jsonl(build_story_briefings(corpus, words=60)))
    small = build_story_briefings(corpus, words=60, partition_size=4, batch_documents=3)
    assert list(briefings_to_jsonl(small)) == expected
    parallel = build_story_briefings(corpus, words=60, jobs=2, partition_size=8)
    assert list(briefings_to_jsonl(parallel)) == expected


def test_cli_per_story_writes_json_lines(synthetic_feed, tmp_path: Path) -> None:
    feed = synthetic_feed(tmp_path / "feed.jsonl", 25, seed=4)
    out = tmp_path / "stories.jsonl"
    result = CliRunner().invoke(
        cli, ["build", str(feed), "--per-story", "-q", "-o", str(out), "--words", "50"]
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    briefings = [newsbrief.from_json(line) for line in lines]
    # Each line holds what the json exporter writes, compacted.
    exporter = newsbrief.get_exporter("json")
    assert [json.loads(line) for line in lines] == [
        json.loads(exporter.export(b, {})) for b in briefings
    ]
    assert [b.stories[0].id for b in briefings] == [f"s{i}" for i in range(1, len(lines) + 1)]
    assert sum(len(b.documents) for b in briefings) == 25


@pytest.mark.parametrize(
    "extra", [["--scheduler", "tcp://127.0.0.1:1"], ["--per-story", "--title", "x"]]
)
def test_cli_per_story_rejects_options_it_cannot_honour(
    synthetic_feed, tmp_path: Path, extra: list[str]
) -> None:
    feed = synthetic_feed(tmp_path / "feed.jsonl", 3)
    result = CliRunner().invoke(cli, ["build", str(feed), "-q", *extra])
    assert result.exit_code == 2
    assert "--per-story" in result.output or "--scheduler" in result.output


@st.composite
def _stories(draw: st.DrawFn) -> list[Story]:
    sizes = draw(st.lists(st.integers(1, 12), max_size=30))
    return [
        Story(id=f"s{k}", documents=tuple(f"d{k}-{i}" for i in range(size)))
        for k, size in enumerate(sizes, 1)
    ]


@given(_stories(), st.integers(1, 20))
def test_story_batches_keep_whole_stories_in_order(stories: list[Story], limit: int) -> None:
    batches = story_batches(stories, limit)
    assert [story for batch in batches for story in batch] == stories
    for batch in batches:
        # A batch overflows the limit only when a single story is larger than it.
        assert len(batch) == 1 or sum(len(s.documents) for s in batch) <= limit


def test_cost_grows_linearly(synthetic_feed, tmp_path: Path) -> None:
    """Four times the articles cost well under six times the CPU time (quadratic would be 16)."""
    small, large = (
        _corpus(synthetic_feed, tmp_path, 60, seed=8),
        _corpus(synthetic_feed, tmp_path, 240, seed=8),
    )
    build_story_briefings(small[:10])  # warm up: imports, compiled patterns, plugin host
    times = [
        least_cpu_seconds(lambda corpus=corpus: build_story_briefings(corpus), repeat=2)
        for corpus in (small, large)
    ]
    assert times[1] / times[0] < 6, times
