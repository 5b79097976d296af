"""Firehose scale (issue 18): bounded near-duplicate work and per-story files from every runner."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import attrs
import numpy as np
import pytest
import scipy.sparse as sp
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.runners import RUNNERS
from newsbrief import pipeline
from newsbrief.cli import cli
from newsbrief.model import Document
from newsbrief.nlp.near_duplicates import clusters, collect, linked_pairs, repeats_within
from newsbrief.pipeline.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

_POOL = [
    "The minister said the talks in Geneva would resume on Monday.",
    "Rescue teams reached the village after the flood waters fell.",
    "Prices rose by four percent in the third quarter, the bureau said.",
    "The council voted to close the old bridge to heavy traffic.",
]


def _all_pairs_repeats(documents: list[Document]) -> dict[str, int]:
    """The former computation: every pair of the collection, then the within-document ones."""
    candidates = collect(documents)
    if len(candidates) < 2:
        return {}
    linked = linked_pairs(candidates)
    rank = candidates.doc_rank
    same = rank[linked.row] == rank[linked.col]
    within = sp.coo_matrix(
        (linked.data[same], (linked.row[same], linked.col[same])), shape=linked.shape
    )
    cluster = clusters(within)
    copies = np.bincount(rank[cluster != np.arange(len(cluster))], minlength=len(documents))
    return {documents[i].id: int(copies[i]) for i in np.flatnonzero(copies).tolist()}


_SENTENCE = st.tuples(st.sampled_from(_POOL), st.integers(0, 12), st.sampled_from(["", "new"]))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=8), min_size=1, max_size=5))
def test_repeats_within_documents_match_the_all_pairs_count(docs: list) -> None:
    documents = []
    for number, sentences in enumerate(docs):
        text = []
        for base, at, word in sentences:
            words = base.split()
            if word:  # a light edit: still a copy, or not, by the threshold
                words[at % len(words)] = word
            text.append(" ".join(words))
        document = Document.from_text(" ".join(text), id=f"d{number}")
        documents.append(pipeline.segmented(document))
    assert repeats_within(documents) == _all_pairs_repeats(documents)


def test_repeats_within_a_long_pasted_page_stay_linear() -> None:
    # One sentence pasted 5,000 times: every pair would be 12.5 million.
    text = " ".join([_POOL[0]] * 5000)
    document = pipeline.segmented(Document.from_text(text, id="page"))
    assert repeats_within([document]) == {"page": len(document.sentences) - 1}


@pytest.fixture(scope="module")
def feed(synthetic_feed, tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(synthetic_feed(tmp_path_factory.mktemp("firehose") / "feed.jsonl", 50, seed=9))


def _story_files(runner_name: str, folder: Path, feed: str, exporter: str) -> Path:
    settings = Settings(
        per_story=True,
        story_dir=str(folder),
        exporter=exporter,
        partition_size=16,
        batch_documents=20,
    ).updated(words=60)
    with RUNNERS[runner_name]() as runner:
        result = pipeline.run(settings, [feed], runner=runner)
    (folder / "stream.jsonl").write_text(str(result.output), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def in_process_files(feed: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _story_files("in-process", tmp_path_factory.mktemp("local"), feed, "markdown")


@pytest.mark.parametrize("name", ["process-pool", "dask"])
def test_every_runner_writes_the_same_story_files(
    name: str, feed: str, in_process_files: Path, tmp_path: Path
) -> None:
    folder = _story_files(name, tmp_path, feed, "markdown")
    local = {path.name: path.read_bytes() for path in in_process_files.iterdir()}
    remote = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert remote == local


def test_story_files_are_the_stories_of_the_stream(in_process_files: Path, feed: str) -> None:
    lines = (in_process_files / "stream.jsonl").read_text(encoding="utf-8").splitlines()
    names = sorted(p.name for p in in_process_files.glob("s*.md"))
    assert len(lines) == len(names) > 5
    first = json.loads(lines[0])
    assert (
        (in_process_files / "s1.md").read_text(encoding="utf-8").startswith(f"# {first['title']}")
    )
    # The stream is the one --per-story writes without a folder.
    plain = pipeline.run(
        attrs.evolve(Settings(per_story=True), budget=Settings().updated(words=60).budget),
        [feed],
    )
    assert plain.output == "\n".join(lines) + "\n"
    assert not list(in_process_files.glob(".newsbrief-*"))  # no temporary file left


def test_cli_story_dir_in_html_and_json(tmp_path: Path) -> None:
    runner = CliRunner()
    base = ["build", str(SEEDS), "--per-story", "-q", "--sentences", "2"]
    plain = runner.invoke(cli, base)
    for fmt, extension in (("html", ".html"), ("json", ".json")):
        folder = tmp_path / fmt
        result = runner.invoke(cli, [*base, "--story-dir", str(folder), "-f", fmt])
        assert result.exit_code == 0, result.output
        assert result.stdout == plain.stdout
        files = sorted(folder.iterdir())
        assert [f.suffix for f in files] == [extension] * len(plain.stdout.splitlines())
    story = json.loads((tmp_path / "json" / "s1.json").read_text(encoding="utf-8"))
    assert story == json.loads(plain.stdout.splitlines()[0])


def test_cli_story_dir_needs_per_story(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--story-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "--story-dir needs --per-story" in result.output


def test_each_document_is_analysed_once_beyond_the_analysis_memory(
    synthetic_feed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summarizer and the coverage notes read the run's analyses: with more documents than
    the analysis memory holds, none is analysed again (each was analysed three times)."""
    import newsbrief
    import newsbrief.nlp.analysis as analysis

    monkeypatch.setattr(analysis, "CACHE_SIZE", 4)
    calls: list[str] = []
    original = analysis.analyse

    def counting(document: Document) -> analysis.Analysis:
        calls.append(document.id)
        return original(document)

    monkeypatch.setattr(analysis, "analyse", counting)
    corpus = newsbrief.load(str(synthetic_feed(tmp_path / "feed.jsonl", 12, seed=11)))
    briefing = newsbrief.build_briefing(corpus, words=80)
    assert briefing.summary
    assert sorted(calls) == sorted(document.id for document in corpus.documents)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_story_files_get_the_umask_mode(tmp_path: Path, mask: int) -> None:
    from newsbrief.pipeline import stories

    old = os.umask(mask)
    stories._umask.cache_clear()  # read once per process: read again under this umask
    try:
        stories.write_story_file(str(tmp_path / "out"), "s1.md", "# Story\n")
    finally:
        os.umask(old)
        stories._umask.cache_clear()
    written = tmp_path / "out" / "s1.md"
    assert written.read_text("utf-8") == "# Story\n"
    assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in written.parent.iterdir()] == ["s1.md"]  # no temporary left


def test_the_language_model_is_held_once_and_scores_as_py3langid() -> None:
    """Only what scoring reads is kept (not py3langid's unrestricted table, nor its DFA
    tables as lists of Python ints), and the scores stay py3langid's own, to the bit."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from newsbrief.languages import identifier

    keep = {"en", "de", "uk", "fr", "ja", "zh"}.__contains__
    fast = identifier.load(keep)
    assert isinstance(fast, identifier.FastIdentifier)
    assert fast._full_model[0] is fast._table is fast.nb_ptc
    assert isinstance(fast.tk_output, np.ndarray) and isinstance(fast._rowbase, np.ndarray)
    plain = LanguageIdentifier.from_model_file(MODEL_FILE)
    plain.set_languages([label for label in plain.labels if keep(label)])
    # Featureless texts (nothing to walk, or no feature visited) included.
    for text in ("", " ", "!", "1", "Der Präsident sagte am Dienstag.", *_POOL, "总统周二表示"):
        assert fast.rank(text) == plain.rank(text)
        assert fast.classify(text) == plain.classify(text)
