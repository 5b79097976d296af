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
from newsbrief.model import Document, Section
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


@pytest.mark.parametrize("count", [9, 40])
def test_this_process_and_the_workers_share_the_chunks_in_order(
    inputs: list[str], count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One chunk (taken by the worker) or several (this process takes them from the back):
    # either way every document comes back once, in order, with the features grouping reads.
    from newsbrief.nlp.analysis import analyse_documents
    from newsbrief.stories.features import extract_features
    from newsbrief.stories.grouping import group_stories, headline

    monkeypatch.setattr(runners, "PREPARE_MIN_DOCUMENTS", 8)
    corpus = pipeline.load(inputs[0])
    # One page that repeats its own paragraph, for the coverage notes' count made ahead.
    pasted = corpus.documents[0].text.split("\n\n")[0]
    twice = Document(id="pasted", text=f"{pasted}\n\n{pasted}\n", sections=[Section(0, 1)])
    twice = attrs.evolve(twice, sections=[Section(0, len(twice.text))])
    documents = [*corpus.documents[: count - 1], twice]
    seen: list[int] = []
    monkeypatch.setattr(runners, "report", lambda stage, done, total, name="": seen.append(done))
    ahead = ProcessPool(2).prepare(documents, Settings())
    assert ahead is not None and ahead.grouping is not None
    ids = [d.id for d in documents]
    assert [d.id for d in ahead.documents] == list(ahead.analyses) == ids
    assert seen[0] == 0 and seen[-1] == count and seen == sorted(seen)
    analyses = analyse_documents(ahead.documents)
    features, headlines = ahead.grouping
    assert [f.doc_id for f in features] == ids
    assert [(f.terms, f.entities) for f in features] == [
        (g.terms, g.entities)
        for g in (extract_features(d, analyses[d.id]) for d in ahead.documents)
    ]
    assert headlines == [headline(d) for d in ahead.documents]
    counted = pipeline.repeated_sentences(ahead.documents)
    assert ahead.repeats == {doc_id: counted.get(doc_id, 0) for doc_id in ids}
    assert ahead.repeats["pasted"] > 0
    briefing = pipeline.build_briefing(
        ahead.documents, analyses=ahead.analyses, grouping=ahead.grouping, repeats=ahead.repeats
    )
    assert briefing == pipeline.build_briefing(ahead.documents)
    assert briefing.stories == group_stories(ahead.documents)
    assert any(note.kind == "duplicate" for note in briefing.notes)


def test_grouping_features_of_other_documents_are_not_used(inputs: list[str]) -> None:
    # Features made ahead for more documents than are briefed (a date window cut some) are
    # left alone: the briefing groups its own documents.
    from newsbrief.pipeline.analyse import prepare_chunk

    documents = pipeline.load(inputs[0]).documents[:30]
    grouping = prepare_chunk(documents).grouping
    expected = pipeline.build_briefing(documents[:20], words=80)
    assert pipeline.build_briefing(documents[:20], words=80, grouping=grouping) == expected


def test_one_file_is_parsed_in_this_process(
    inputs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # One feed is one parse task: no worker is started for it, and the corpus is the same.
    import importlib

    load = importlib.import_module("newsbrief.pipeline.load")  # the module, not its function
    expected = InProcess().load(inputs[:1], Settings())

    def no_pool(jobs: int) -> None:
        raise AssertionError(f"a pool of {jobs} started for one file")

    monkeypatch.setattr(load, "process_pool", no_pool)
    corpus = ProcessPool(2).load(inputs[:1], Settings(jobs=2))
    assert corpus.documents == expected.documents and corpus.skipped == expected.skipped
    with pytest.raises(AssertionError, match="a pool of 2"):
        ProcessPool(2).load(inputs[:2], Settings(jobs=2))  # two inputs: parsed on workers


def test_results_come_in_order_made_by_the_workers_and_this_process() -> None:
    # Per-story batches (runners._in_order): each given in order as soon as it is made; this
    # process makes some itself instead of waiting, and all of them without workers.
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    here = threading.get_ident()
    makers: dict[int, int] = {}

    def slow(item: int) -> int:
        makers[item] = threading.get_ident()
        time.sleep(0.02 if threading.get_ident() != here else 0.002)
        return item * item

    items = list(range(30))
    with ThreadPoolExecutor(1) as pool:
        assert list(runners._in_order(pool, 1, slow, items)) == [i * i for i in items]
    assert here in makers.values() and set(makers.values()) != {here}
    makers.clear()
    assert list(runners._in_order(None, 0, slow, items)) == [i * i for i in items]
    assert set(makers.values()) == {here}


def test_an_item_whose_worker_failed_is_made_here_and_the_loss_reported() -> None:
    # A worker that dies (here: raises in the pool's thread) loses nothing: its item is made in
    # this process, nothing more is sent to the pool, and the caller learns to close it.
    import threading
    from concurrent.futures import ThreadPoolExecutor

    here = threading.get_ident()

    def fragile(item: int) -> int:
        if threading.get_ident() != here:
            raise RuntimeError("worker lost")
        return item + 1

    losses: list[bool] = []
    items = list(range(12))
    with ThreadPoolExecutor(1) as pool:
        assert list(runners._in_order(pool, 1, fragile, items, losses)) == [i + 1 for i in items]
    assert losses and all(losses)  # (each pending item of the failed worker reports it)


def test_the_last_story_batches_are_cut_finer() -> None:
    # At the end this process waits for a worker's last batches: the last ``4 * jobs`` are cut
    # in quarters, whole stories still, in the same order; the others are left as they were.
    from newsbrief.model import Story
    from newsbrief.pipeline.stories import story_batches

    stories = [
        Story(
            id=f"s{i}", label=f"story {i}", documents=tuple(f"d{i}.{k}" for k in range(i % 7 + 1))
        )
        for i in range(80)
    ]
    batches = story_batches(stories, 20)
    finer = runners._finer_end(batches, 2)
    assert [story for batch in finer for story in batch] == stories
    assert finer[: len(batches) - 8] == batches[:-8]
    assert len(finer) > len(batches)
    assert all(sum(len(s.documents) for s in batch) <= 7 for batch in finer[len(batches) - 8 :])
    assert runners._finer_end([], 2) == [] and runners._finer_end(batches[:1], 2) != []


def test_the_analyses_made_ahead_are_let_go_before_the_views(inputs: list[str]) -> None:
    # ``run`` hands what the runner made ahead over to the briefing, which lets the analyses go
    # before composing: they are not held through the views and the export.
    import gc
    import pickle
    import weakref

    from newsbrief.pipeline import brief
    from newsbrief.pipeline.analyse import prepare_chunk

    refs: list[weakref.ref[object]] = []

    class Ahead:
        def load(self, *args: object, **kwargs: object) -> pipeline.Corpus:
            return InProcess().load(*args, **kwargs)  # type: ignore[arg-type]

        def prepare(self, documents: list[Document], settings: Settings) -> object:
            # As a worker sends them: copies, not the ones this process remembers.
            made = pickle.loads(pickle.dumps(prepare_chunk(documents)))
            refs.extend(weakref.ref(analysis) for analysis in made.analyses.values())
            return runners.PreparedBriefing(
                tuple(made.documents), made.analyses, made.drafts, made.grouping, made.repeats
            )

    alive: list[int] = []
    real = brief.compose

    def compose(*args: object, **kwargs: object) -> object:
        gc.collect()
        alive.append(sum(ref() is not None for ref in refs))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    settings = Settings(exporter="json").updated(words=80)
    expected = pipeline.run(settings, inputs[:1]).output
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(brief, "compose", compose)
        result = pipeline.run(settings, inputs[:1], runner=Ahead())  # type: ignore[arg-type]
    assert len(refs) == 60 and alive == [0]
    assert result.output == expected
