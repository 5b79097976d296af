"""``--per-story`` analyses each document once: grouping's analyses reach the story briefings.

Each document is analysed for story grouping; its story's briefing reuses that analysis
(packed while it waits, :class:`newsbrief.pipeline.stories.Analysed` and ``Packed``) instead
of analysing the document again, and the briefings are the same as from plain documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.nlp import analysis as analysis_module
from newsbrief.pipeline import stories as story_tasks
from newsbrief.pipeline.per_story import story_briefings_jsonl
from newsbrief.pipeline.runners import InProcess
from newsbrief.pipeline.settings import Settings
from newsbrief.stories import group_stories

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeds() -> list[newsbrief.Document]:
    return list(newsbrief.load(str(ROOT / "seeds")).documents)


def _counting(monkeypatch) -> list[str]:
    """Count every analysis made, with the analysis memory off (it would hide a second one)."""
    made: list[str] = []
    real = analysis_module.analyse

    def counted(document):
        made.append(document.id)
        return real(document)

    monkeypatch.setattr(analysis_module, "CACHE_SIZE", 0)
    monkeypatch.setattr(analysis_module, "analyse", counted)
    analysis_module._cache.clear()
    return made


def test_each_document_is_analysed_once_per_story_run(monkeypatch, seeds) -> None:
    expected = story_briefings_jsonl(seeds, partition_size=3, batch_documents=4)
    made = _counting(monkeypatch)
    lines = story_briefings_jsonl(seeds, runner=InProcess(), partition_size=3, batch_documents=4)
    assert lines == expected
    assert sorted(made) == sorted(document.id for document in seeds)


def test_briefings_from_packed_analyses_equal_plain_ones(seeds) -> None:
    found = group_stories(seeds)
    settings_ = Settings()
    plain = story_tasks.brief_stories_jsonl(found, settings_, seeds)
    prepared = story_tasks.prepare_partition(seeds, annotators=())
    by_id, held = story_tasks.held_documents([prepared])
    assert set(held.analyses) == set(held.repeats) == set(by_id) == {d.id for d in seeds}
    analysed = story_tasks.take_stories(by_id, held, found)
    assert not by_id and not held.analyses and not held.repeats and not held.flags  # released
    assert story_tasks.brief_stories_jsonl(found, settings_, analysed) == plain
    features, headlines, blobs = story_tasks.packed_partition(seeds)
    assert (features, headlines) == story_tasks.features_of(seeds)
    assert story_tasks.brief_stories_jsonl(found, settings_, blobs) == plain


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=0, max_size=400), st.sampled_from([None, "en", "de"]), st.booleans())
def test_packed_analysis_round_trips(text: str, language: str | None, compress: bool) -> None:
    from newsbrief.model import Document, Metadata
    from newsbrief.nlp.analysis import analyse
    from newsbrief.nlp.segmenter import segmented

    document = segmented(Document.from_text(text, id="d", metadata=Metadata(language=language)))
    made = analyse(document)
    back_document, back = story_tasks.unpack(story_tasks.pack((document, made), compress))
    assert back_document == document
    for field in ("sentences", "sentence_tokens", "norms", "stems", "stops", "candidates"):
        assert getattr(back, field) == getattr(made, field)
    assert back.starts.tolist() == made.starts.tolist()
    assert back.ends.tolist() == made.ends.tolist()
    assert back.calendar == made.calendar and back.language == made.language
