"""Parsing raw inputs in batches (what a Dask run does) keeps every outcome, in input order."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.loading import Outcome, load_outcomes, parse_inputs
from newsbrief.parsers.base import RawInput

EXTENSIONS = (".txt", ".md", ".json", ".jsonl", ".html")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Articles interleaved with every kind of outcome: repeats, empty and binary files."""
    root = tmp_path_factory.mktemp("batch")
    for number in range(9):
        body = f"Item {number} of the council's budget was approved on Monday by {number} votes."
        (root / f"a{number}.txt").write_text(f"Budget item {number}\n\n{body}\n", encoding="utf-8")
    (root / "a2_again.txt").write_bytes((root / "a2.txt").read_bytes())
    (root / "a5_empty.txt").write_bytes(b"")
    (root / "a7_binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return root


def outcomes(folder: Path, **options: object) -> list[Outcome]:
    return list(load_outcomes([str(folder), str(folder / "a3.txt")], EXTENSIONS, **options))


@settings(max_examples=25, deadline=None)
@given(
    size=st.integers(1, 6),
    max_bytes=st.sampled_from([1, 200, 10_000]),
    window=st.integers(1, 8),
)
def test_any_batching_gives_the_outcomes_of_one_by_one(
    folder: Path, size: int, max_bytes: int, window: int
) -> None:
    batches: list[list[str]] = []

    def parse_batch(raws: list[RawInput]) -> Future[list[Outcome]]:
        batches.append([raw.name for raw in raws])
        future: Future[list[Outcome]] = Future()
        future.set_result(parse_inputs(raws))
        return future

    batched = outcomes(
        folder, parse_batch=parse_batch, batch_inputs=size, batch_bytes=max_bytes, window=window
    )
    assert batched == outcomes(folder)
    # Every input read (repeats are not) was parsed once, in order, in batches within bounds.
    parsed = [name for batch in batches for name in batch]
    assert parsed == [o.name for o in batched if not o.duplicates]
    assert all(len(batch) <= size for batch in batches)
    if max_bytes == 10_000:  # more than all the inputs hold: batches are cut by count only
        assert len(batches) == -(-len(parsed) // size)


def test_outcomes_wait_for_their_batch(folder: Path) -> None:
    # A repeat met while a batch is open is handed on only after the batch before it.
    names = [o.name for o in outcomes(folder, batch_inputs=4)]
    assert names == [o.name for o in outcomes(folder)]
    assert any(o.duplicates for o in outcomes(folder, batch_inputs=4))
