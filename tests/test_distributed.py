"""Story briefings on a real Dask cluster are byte-identical to the local run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsbrief
from newsbrief.cli import cli
from newsbrief.scaling import briefings_to_jsonl, build_story_briefings

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus_file(synthetic_feed, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "feed.jsonl"
    return synthetic_feed(path, 60, seed=3)


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A real cluster of two worker processes on 127.0.0.1, shared by this module's tests."""
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def test_dask_briefings_are_byte_identical_to_local(corpus_file: Path, client) -> None:
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
