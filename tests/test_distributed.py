"""Loading and story briefings on a real Dask cluster are identical to the local run."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsbrief
from helpers.runners import local_cluster
from newsbrief.cli import cli
from newsbrief.scaling import briefings_to_jsonl, build_story_briefings, story_briefings_jsonl

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")
dask_load = pytest.importorskip("newsbrief.distributed").load

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def corpus_file(synthetic_feed, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "feed.jsonl"
    return synthetic_feed(path, 60, seed=3)


@pytest.fixture(scope="module")
def mixed_inputs(corpus_file: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Inputs as a user names them, with the bad ones a real batch has: the seeds, a feed,
    a binary file, an empty file, a repeated article, a clash of file stems, a damaged byte,
    a missing path."""
    root = tmp_path_factory.mktemp("mixed")
    articles = root / "articles"
    shutil.copytree(SEEDS, articles, ignore=shutil.ignore_patterns("README*"))
    first = sorted(articles.glob("*.txt"))[0]
    (articles / "zz_copy.txt").write_bytes(first.read_bytes())
    (articles / "empty.txt").write_bytes(b"")
    (articles / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    # Same stem as a seed, another article: its id must become "<stem>-2" in both runs.
    (articles / "more").mkdir()
    (articles / "more" / first.name).write_text(
        "Harbour reopens after storm\n\nThe harbour at Elgin reopened on Tuesday after "
        "repairs to the sea wall damaged in last week's storm. Fishing boats returned to "
        "their moorings and the ferry service resumed its usual timetable.\n",
        encoding="utf-8",
    )
    # A BOM says UTF-8, so one bad byte is replaced and noted rather than refused.
    (articles / "damaged.txt").write_bytes(
        "\ufeffBridge closes for repairs\n\nThe old bridge at Carlow will close for "
        "six weeks from Monday while engineers replace its worn bearings, the county "
        "council said.".encode()
        + b" Detours \xff are signposted.\n"
    )
    listed = root / "list.txt"
    listed.write_text(f"{corpus_file}\nnot-there.txt\n", encoding="utf-8")
    return [str(articles), f"@{listed}", str(first), str(root / "nowhere" / "*.txt")]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A real cluster of two worker processes on 127.0.0.1, shared by this module's tests."""
    with local_cluster() as dask_client:
        yield dask_client


@pytest.mark.parametrize("grouped_on_workers", [False, True])
def test_dask_briefings_are_byte_identical_to_local(
    corpus_file: Path, client, monkeypatch, grouped_on_workers: bool
) -> None:
    # Stories grouped on the client from gathered features, or on the workers by the shuffle
    # on blocking keys (large collections).
    monkeypatch.setattr(
        "newsbrief.pipeline.dask.SHUFFLE_DOCUMENTS", 0 if grouped_on_workers else 10**9
    )
    corpus = newsbrief.load(str(corpus_file))
    local = list(briefings_to_jsonl(build_story_briefings(corpus, words=80)))
    # Small partitions and batches, so documents of one story come from several partitions
    # and the shuffle does real work.
    remote = build_story_briefings(
        corpus, client=client, words=80, partition_size=7, batch_documents=5
    )
    assert list(briefings_to_jsonl(remote)) == local
    assert len(local) > 5  # several stories, several of more than one document
    assert any(len(b.stories[0].documents) > 1 for b in remote)


def test_cli_scheduler_matches_the_local_command(corpus_file: Path, client) -> None:
    runner = CliRunner()
    args = ["build", str(corpus_file), "--per-story", "-q", "--sentences", "3"]
    local = runner.invoke(cli, args)
    assert local.exit_code == 0, local.output
    remote = runner.invoke(cli, [*args, "--scheduler", client.scheduler.address])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout
    lines = local.stdout.splitlines()
    first = newsbrief.from_json(lines[0])
    assert first.stories[0].id == "s1" and first.title == first.stories[0].label


def test_dask_load_parses_on_the_workers_like_a_local_load(mixed_inputs: list[str], client) -> None:
    local = newsbrief.load(*mixed_inputs)
    with distributed.get_task_stream(client) as stream:
        remote = dask_load(client, *mixed_inputs, batch_inputs=3)
        documents = remote.documents()
    assert remote.skipped == local.skipped
    assert {item.kind for item in local.skipped} == {"error", "duplicate"}
    assert len(local.errors) >= 4  # binary, empty, missing file, unmatched glob
    assert remote.errors == local.errors
    assert documents == list(local.documents)
    assert remote.document_ids == tuple(document.id for document in local.documents)
    assert len(remote) == len(local)
    assert any(doc_id.endswith("-2") for doc_id in remote.document_ids)
    for size in (1, 4, 25):  # partitions cut anywhere within and across parse tasks
        parts = remote.partitions(size)
        assert [len(ids) for _, ids in parts[:-1]] == [size] * (len(parts) - 1)
        gathered = client.gather([future for future, _ in parts])
        assert [document for part in gathered for document in part] == documents
    parse_tasks = [task for task in stream.data if task["key"].startswith("parse_batch")]
    # 10 inputs to parse, 3 a task: the 5 seeds, the 2 other articles, the empty and the
    # binary file, the feed. Repeats and missing files never leave the client.
    assert len(parse_tasks) == 4


def test_dask_briefings_of_a_dask_load_are_identical(mixed_inputs: list[str], client) -> None:
    local = story_briefings_jsonl(newsbrief.load(*mixed_inputs), words=60)
    remote = dask_load(client, *mixed_inputs, batch_inputs=2)
    # Partitions cut across inputs and parse tasks, and stories across partitions.
    assert story_briefings_jsonl(remote, words=60, partition_size=9, batch_documents=6) == local
    assert story_briefings_jsonl(remote, client=client, words=60) == local


def test_cli_scheduler_reports_bad_inputs_as_the_local_command(
    mixed_inputs: list[str], client
) -> None:
    runner = CliRunner()
    # Standard input too: read on the client like any other input, parsed on a worker.
    stdin = "Ferry fares rise\n\nFerry fares to the islands rise by a tenth from June.\n"
    # Not -q: notes (bytes replaced) are part of what both commands must report alike.
    args = ["build", *mixed_inputs, "-", "--per-story", "--sentences", "2", "-j", "2"]
    local = runner.invoke(cli, args, input=stdin)
    assert local.exit_code == 1, local.output
    assert "newsbrief: skipped" in local.stderr and "binary data" in local.stderr
    assert "damaged.txt: utf-8-sig (1 undecodable byte replaced)" in local.stderr
    assert '"title":"Ferry fares rise"' in local.stdout  # the article from standard input
    remote = runner.invoke(cli, [*args, "--scheduler", client.scheduler.address], input=stdin)
    assert (remote.exit_code, remote.stdout, remote.stderr) == (1, local.stdout, local.stderr)
    strict = [*args, "--strict"]
    local = runner.invoke(cli, strict, input=stdin)
    remote = runner.invoke(cli, [*strict, "--scheduler", client.scheduler.address], input=stdin)
    assert (remote.exit_code, remote.stdout, remote.stderr) == (1, local.stdout, local.stderr)
    assert local.stdout == ""


def test_cli_scheduler_with_no_readable_article(tmp_path: Path, client) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    args = ["build", str(tmp_path), "--per-story", "--scheduler", client.scheduler.address]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "no readable article among the inputs" in result.stderr


def test_cli_scheduler_that_cannot_be_reached() -> None:
    args = ["build", "x.txt", "--per-story", "--scheduler", "tcp://127.0.0.1:9"]
    with dask.config.set({"distributed.comm.timeouts.connect": "0.5s"}):
        result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_stories_are_grouped_on_the_workers_as_in_one_process(
    corpus_file: Path, client, monkeypatch
) -> None:
    """The shuffle on blocking keys (``newsbrief.stories.blocking``) on two worker processes:
    the stories of the single-process grouping, and the client gathers no features."""
    from newsbrief.nlp.segmenter import segmented
    from newsbrief.pipeline.dask import group_on_cluster
    from newsbrief.stories.features import DocumentFeatures, extract_features
    from newsbrief.stories.grouping import StoryGrouper, headline

    documents = [segmented(d) for d in newsbrief.load(str(SEEDS), str(corpus_file)).documents]
    features = [extract_features(d) for d in documents]
    headlines = [headline(d) for d in documents]
    size = 13  # partitions cutting across stories
    parts = [
        (features[i : i + size], headlines[i : i + size]) for i in range(0, len(features), size)
    ]
    futures = client.scatter(parts)
    gathered: list = []
    gather = client.gather

    def recording(values):
        results = gather(values)
        gathered.extend(results)
        return results

    monkeypatch.setattr(client, "gather", recording)
    stories = group_on_cluster(client, futures, [[f.doc_id for f in p[0]] for p in parts])
    assert stories == StoryGrouper().group_features(features, headlines)
    assert any(len(story.documents) > 1 for story in stories)
    # Linked pairs (arrays), labels and shared names (dicts by story): no features.
    assert gathered
    for value in gathered:
        assert not isinstance(value, DocumentFeatures)
        if isinstance(value, dict):
            for item in value.values():
                assert item is None or isinstance(item, (str, tuple))
        else:
            assert value.dtype.kind == "i" and value.shape[1:] == (2,)
