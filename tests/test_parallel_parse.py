"""One large JSON Lines input parsed in pieces on several processes (``-j N``): the same
documents, ids, problems and messages as the parse in one piece, and the same briefing."""

from __future__ import annotations

import importlib
import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from helpers.pieces import KINDS, TEXT, Failing, InThisProcess, outcome, record
from newsbrief import pipeline
from newsbrief.model.raw import RawInput
from newsbrief.parsers import jsonl
from newsbrief.parsers.jsonl import JsonParser
from newsbrief.pipeline import runners
from newsbrief.pipeline.load import process_pool
from newsbrief.pipeline.parse import PieceFault
from newsbrief.pipeline.runners import InProcess, ProcessPool
from newsbrief.pipeline.settings import Settings

# The module (``newsbrief.pipeline.parse`` is also the name of its function there).
parse_module = importlib.import_module("newsbrief.pipeline.parse")


def test_many_skipped_records_are_counted_once() -> None:
    lines = [record("good", 0), *(record("bad", n) for n in range(30)), record("good", 1)]
    spread = InThisProcess(piece_records=4)
    pieces = outcome(lines, spread)
    assert spread.calls == 1
    assert pieces == outcome(lines)
    problems = pieces[2]
    assert len(problems) == 21 and problems[-1] == (
        "feed.jsonl",
        "10 more records skipped (not listed)",
    )
    assert problems[0][0] == "feed.jsonl:2" and problems[0][1].startswith("invalid JSON: ")


def test_an_input_refused_whole_is_refused_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = [record("bad", n) for n in range(6)]
    spread = InThisProcess()
    assert outcome(bad, spread, "json") == outcome(bad, None, "json")
    assert outcome(bad, None, "json")[2][0][1].startswith(
        "not JSON or JSON Lines: line 1: invalid JSON"
    )
    # Too many records: refused from the count of lines, before any line is parsed.
    monkeypatch.setattr(jsonl, "MAX_RECORDS", 5)
    spread = InThisProcess()
    assert outcome(bad, spread, "json") == outcome(bad, None, "json")
    assert spread.calls == 0
    assert "over the 5-record limit" in outcome(bad, None, "json")[2][0][1]


def test_a_lost_worker_leaves_the_parse_to_this_process() -> None:
    lines = [record(kind, n) for n, kind in enumerate(KINDS * 3)]
    spread = Failing()
    assert outcome(lines, spread) == outcome(lines)
    assert spread.calls == 1


def test_a_bug_in_the_pieces_is_reported_by_the_whole_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pieces run outside the guard: whatever goes wrong there, the parse in one piece
    # (inside the guard) meets it again and reports it as a one-line fault, never a traceback.
    lines = [record("good", n) for n in range(8)]

    def broken(self: JsonParser, part: Any) -> Any:
        raise TypeError("a bug")

    monkeypatch.setattr(JsonParser, "parse_lines", broken)
    spread = InThisProcess()
    assert outcome(lines, spread, "json") == outcome(lines, None, "json")
    assert spread.calls == 1


def test_a_document_the_guard_refuses_is_reported_by_the_whole_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A piece's refused document stops the pieces (with a fault that pickles, to travel back
    # from a worker); the parse in one piece meets the same refusal and reports it as always.
    from newsbrief import guard

    lines = [record("good", n) for n in range(8)]

    def refuse(results: Any) -> None:
        if any(getattr(r, "id", None) for r in results):
            raise guard.ContractViolation("document 'x': refused for the test")

    monkeypatch.setattr(guard, "check_documents", refuse)
    spread = InThisProcess()
    assert outcome(lines, spread, "json") == outcome(lines, None, "json")
    assert spread.calls == 1
    assert "refused for the test" in outcome(lines, None, "json")[2][0][1]
    fault = PieceFault("refused")
    assert str(pickle.loads(pickle.dumps(fault))) == "refused"


def test_small_inputs_and_json_documents_are_parsed_in_one_piece() -> None:
    spread = InThisProcess(min_records=50)
    lines = [record("good", n) for n in range(10)]
    assert outcome(lines, spread) == outcome(lines)
    assert spread.calls == 0  # under min_records
    spread = InThisProcess()
    whole = ["[" + ",".join(lines) + "]"]  # one JSON document: not JSON Lines
    assert outcome(whole, spread) == outcome(whole)
    assert spread.calls == 0


def test_the_pieces_are_runs_of_lines_in_order() -> None:
    lines = ["", record("good", 1), "  ", record("bad", 2), record("good", 3), ""]
    raw = RawInput("f.jsonl", "\n".join(lines).encode(), "f")
    pieces = JsonParser().split_lines(raw, 2)
    assert pieces is not None
    assert [[(line, number) for line, number, _ in p.lines] for p in pieces] == [
        [(2, 1), (4, 2)],
        [(5, 3)],
    ]
    assert all(p.raw.data == b"" and p.several for p in pieces)  # the bytes stay here


@pytest.fixture(scope="module")
def feed(synthetic_feed: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory) -> str:
    """60 synthetic articles with bad, blank, repeated-id and over-long records among them."""
    path = synthetic_feed(tmp_path_factory.mktemp("parallel") / "feed.jsonl", 60, seed=3)
    lines = path.read_text(encoding="utf-8").splitlines()
    extra = [record(kind, n) for n, kind in enumerate(KINDS * 2) if kind != "long"]
    for offset, line in enumerate(extra):
        lines.insert(3 + offset * 4, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Pieces of 7 records from 10 records on, and each pool started counted (worker counts);
    checks after the test that the input was parsed in pieces (not left to one piece)."""
    monkeypatch.setattr(runners._Spread, "min_records", 10)
    monkeypatch.setattr(runners._Spread, "piece_records", 7)
    started: list[int] = []
    real = runners.process_pool

    def counted(jobs: int) -> Any:
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(runners, "process_pool", counted)
    in_pieces: list[bool] = []
    real_spread = parse_module._spread_parse

    def spread_parse(*args: Any) -> Any:
        made = real_spread(*args)
        in_pieces.append(made is not None)
        return made

    monkeypatch.setattr(parse_module, "_spread_parse", spread_parse)
    yield started
    assert in_pieces == [True]


def test_worker_processes_parse_the_same_corpus(feed: str, small_pieces: list[int]) -> None:
    expected = InProcess().load([feed], Settings())
    corpus = ProcessPool(2).load([feed], Settings(jobs=2))
    assert small_pieces == [1]  # one worker beside this process
    assert corpus.documents == expected.documents
    assert corpus.skipped == expected.skipped
    assert len(corpus) > 60 and len(corpus.skipped) > 5


def test_a_run_parses_and_prepares_on_the_same_workers(
    feed: str, small_pieces: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runners, "PREPARE_MIN_DOCUMENTS", 8)
    base = Settings(exporter="json").updated(words=120)
    expected = pipeline.run(base, [feed])
    result = pipeline.run(attrs.evolve(base, jobs=2), [feed])
    assert small_pieces == [1]  # started once, for both stages
    assert result.output == expected.output
    assert result.skipped == expected.skipped


def test_a_directory_of_small_files_gives_the_same_briefing(tmp_path: Path) -> None:
    for number in range(24):
        body = f"Headline {number}\n\n{TEXT} Story {number % 5} continued here."
        (tmp_path / f"{number:03}.txt").write_text(body, encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    base = Settings(exporter="json").updated(words=80)
    expected = pipeline.run(base, [str(tmp_path)])
    result = pipeline.run(attrs.evolve(base, jobs=2), [str(tmp_path)])
    assert (result.output, result.skipped) == (expected.output, expected.skipped)
    assert [item.input for item in result.skipped] == [str(tmp_path / "bad.json")]


def test_pieces_carry_problems_as_pairs_that_pickle() -> None:
    # An InputError does not survive pickling (a worker's results would be lost with it):
    # a piece's problems travel as (input, reason) pairs, named by line.
    raw = RawInput("f.jsonl", "\n".join([record("bad", 0), record("good", 1)]).encode(), "f")
    (piece,) = JsonParser().split_lines(raw, 10) or []
    made = JsonParser().parse_lines(piece)
    assert made.valid == 1
    assert made.results[0] == ("f.jsonl:1", made.results[0][1])  # type: ignore[index]
    assert pickle.loads(pickle.dumps(made)) == made


def _double_or_die(item: tuple[int, int]) -> int:
    number, parent = item
    if os.getpid() != parent:
        os._exit(3)  # the worker process is lost (killed, out of memory)
    return number * 2


def test_the_items_of_a_lost_worker_are_made_here() -> None:
    # Real processes: the worker dies on its first item; every item is still made, here, in
    # order, and the pool is known to be lost (it is not used again).
    pool = process_pool(1)
    try:
        items = [(number, os.getpid()) for number in range(12)]
        made, lost = runners._shared(pool, 1, _double_or_die, items)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    assert made == [number * 2 for number in range(12)]
    assert lost
