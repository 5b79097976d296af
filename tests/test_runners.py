"""Every runner gives the same output: runners decide where a stage runs, never what it computes.

One run of ``newsbrief.pipeline.run`` per runner (this process, a process pool, a Dask cluster
of worker processes) over the same inputs, with the same settings: the loaded documents, the
skipped inputs and the rendered output must be identical, byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from helpers.runners import RUNNERS
from newsbrief import pipeline
from newsbrief.pipeline import runners
from newsbrief.pipeline.runners import Dask, InProcess, ProcessPool, runner_for
from newsbrief.pipeline.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def inputs(synthetic_feed, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A feed of 60 articles, a bad input and a repeated one."""
    folder = tmp_path_factory.mktemp("runners")
    feed = synthetic_feed(folder / "feed.jsonl", 60, seed=5)
    (folder / "empty.txt").write_bytes(b"")
    return [str(feed), str(folder / "empty.txt"), str(feed)]


#: Small partitions and batches, so every runner really cuts the work into several tasks.
SETTINGS = Settings(per_story=True, partition_size=16, batch_documents=20).updated(words=60)


def _run(name: str, settings: Settings, inputs: list[str]) -> tuple[object, ...]:
    with RUNNERS[name]() as runner:
        result = pipeline.run(settings, inputs, runner=runner)
        ids = getattr(result.corpus, "document_ids", None) or [d.id for d in result.corpus]
        return tuple(ids), result.skipped, result.output


@pytest.fixture(scope="module")
def expected(inputs: list[str]) -> tuple[object, ...]:
    return _run("in-process", SETTINGS, inputs)


@pytest.mark.parametrize("name", sorted(RUNNERS))
def test_every_runner_gives_the_same_per_story_output(
    name: str, inputs: list[str], expected: tuple[object, ...]
) -> None:
    ids, skipped, output = _run(name, SETTINGS, inputs)
    assert (ids, skipped) == expected[:2]
    assert output == expected[2]
    lines = str(output).splitlines()
    assert len(lines) > 3  # several stories, in several batches
    assert [item.kind for item in skipped] == ["error", "duplicate"]


def test_the_process_pool_gives_the_in_process_briefing() -> None:
    settings = Settings(exporter="json").updated(words=100)
    with RUNNERS["in-process"]() as runner:
        expected = pipeline.run(settings, [str(SEEDS)], runner=runner).output
    with RUNNERS["process-pool"]() as runner:
        assert pipeline.run(settings, [str(SEEDS)], runner=runner).output == expected


def test_the_settings_choose_the_runner() -> None:
    assert isinstance(runner_for(Settings()), InProcess)
    assert runner_for(Settings(jobs=3)) == ProcessPool(3)
    client = object()
    assert runner_for(Settings(jobs=3), client) == Dask(client)  # type: ignore[arg-type]


def test_settings_changes_are_checked() -> None:
    with pytest.raises(TypeError, match="did you mean 'summarizer'"):
        Settings().updated(sumarizer="lead")
    settings = Settings().updated(words=50, summarizer="lead", annotators=[])
    assert (settings.budget.words, settings.summarizer, settings.annotators) == (50, "lead", ())
    assert Settings().updated(sentences=None) == Settings()  # None leaves a field as it is
    assert attrs.evolve(settings, jobs=2).jobs == 2


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"stopwords": {"*": ["said", "officials"]}, "annotators": ("dates", "quotes")},
        {"annotators": ()},
    ],
)
def test_the_process_pool_prepares_one_briefing_byte_for_byte(
    inputs: list[str], changes: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Segmentation, analysis and the annotators' drafts of one briefing on the workers, from
    # 8 documents on (not 200), in chunks of 16: the same briefing as in this process.
    monkeypatch.setattr(runners, "PREPARE_MIN_DOCUMENTS", 8)
    settings = attrs.evolve(Settings(exporter="json", jobs=2), **changes).updated(words=120)
    expected = pipeline.run(attrs.evolve(settings, jobs=1), inputs)
    corpus = expected.corpus
    assert isinstance(corpus, pipeline.Corpus) and len(corpus) == 60
    ahead = ProcessPool(2).prepare(corpus.documents, settings)
    assert ahead is not None and list(ahead.analyses) == [d.id for d in corpus]
    assert all(document.sentences for document in ahead.documents)
    if changes.get("annotators") != ():
        assert len(ahead.drafts) == 60  # the quotes and entities annotators draft ahead
    result = pipeline.run(settings, inputs)
    assert result.output == expected.output
    assert result.skipped == expected.skipped
