"""``--per-story`` tasks encode (and write) each story's briefing as soon as it is made: a batch's
briefings are never all held at once, and the lines and files are those of briefing them all
first."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import newsbrief
from newsbrief.pipeline import stories as story_tasks
from newsbrief.pipeline.settings import Settings
from newsbrief.stories.grouping import group_stories

ROOT = Path(__file__).resolve().parents[2]


def _corpus():
    documents = newsbrief.load(str(ROOT / "seeds")).documents
    found = group_stories(documents)
    assert len(found) >= 3
    return documents, found


def _tracking(monkeypatch) -> tuple[list[int], list[str]]:
    """Patch ``story_briefing`` to note how many earlier briefings are alive at each call."""
    alive: list[weakref.ref] = []
    peaks: list[int] = []
    events: list[str] = []
    real = story_tasks.story_briefing

    def tracked(story, documents, settings, *ahead):
        gc.collect()
        peaks.append(sum(ref() is not None for ref in alive))
        events.append(f"brief {story.id}")
        briefing = real(story, documents, settings, *ahead)
        alive.append(weakref.ref(briefing))
        return briefing

    monkeypatch.setattr(story_tasks, "story_briefing", tracked)
    return peaks, events


def test_jsonl_lines_are_made_one_briefing_at_a_time(monkeypatch) -> None:
    documents, found = _corpus()
    settings = Settings()
    expected = list(
        story_tasks.briefings_to_jsonl(story_tasks.brief_stories(found, settings, documents))
    )
    peaks, _ = _tracking(monkeypatch)
    lines = story_tasks.brief_stories_jsonl(found, settings, documents)
    assert lines == expected
    # Each briefing was let go once encoded (gathering them all would keep 0, 1, 2... alive).
    assert max(peaks) <= 1


def test_story_files_are_written_as_each_story_is_briefed(monkeypatch, tmp_path: Path) -> None:
    documents, found = _corpus()
    settings = Settings(exporter="json")
    expected = story_tasks.brief_stories_jsonl(found, settings, documents)
    peaks, events = _tracking(monkeypatch)
    real_write = story_tasks.write_story_file

    def writing(folder, name, content):
        events.append(f"write {name}")
        real_write(folder, name, content)

    monkeypatch.setattr(story_tasks, "write_story_file", writing)
    lines = story_tasks.StoryFiles(str(tmp_path))(found, settings, documents)
    assert lines == expected
    assert events == [e for story in found for e in (f"brief {story.id}", f"write {story.id}.json")]
    assert max(peaks) <= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{s.id}.json" for s in found)
