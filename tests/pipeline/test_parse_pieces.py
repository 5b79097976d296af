"""A large JSON Lines input parsed in pieces (``-j N``, :func:`parse_input` with ``spread=``):
the pieces really run, give what the parse in one piece gives, and a fault around them is
raised rather than hidden by that parse; the load stage's three entries share one set of
options (:class:`~newsbrief.pipeline.load.LoadOptions`)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# The records and the stand-in spread of the parallel parse's own tests.
from helpers.pieces import KINDS, TEXT, InThisProcess, outcome, record
from newsbrief.errors import InputError
from newsbrief.fetch import FetchOptions
from newsbrief.model.raw import RawInput
from newsbrief.parsers import jsonl
from newsbrief.parsers.jsonl import JsonParser
from newsbrief.pipeline.corpus import Corpus, Skipped
from newsbrief.pipeline.load import LoadOptions, load, load_inputs
from newsbrief.pipeline.parse import PieceFault, parse_input
from newsbrief.pipeline.progress import Progress
from newsbrief.pipeline.runners import Dask
from newsbrief.pipeline.settings import Settings

# The module (``newsbrief.pipeline.load`` is also the name of its function there).
load_module = importlib.import_module("newsbrief.pipeline.load")

T = TypeVar("T")
R = TypeVar("R")


class Here(InThisProcess):
    """A spread that parses the pieces here, in order, and counts them."""

    def __init__(self, piece_records: int = 3, min_records: int = 1) -> None:
        super().__init__(piece_records, min_records)
        self.pieces = 0

    def __call__(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        self.pieces += len(items)
        return super().__call__(function, items)


class Failing(InThisProcess):
    """A spread that fails with ``error`` (workers that could not start, a refused document,
    a bug in the pieces)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def __call__(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        self.calls += 1
        raise self.error


def _raw(lines: list[str]) -> RawInput:
    return RawInput("feed.jsonl", "\n".join(lines).encode(), "feed", path="feed.jsonl")


def _no_parse_in_one_piece(self: JsonParser, raw: RawInput) -> Any:
    raise AssertionError("parsed in one piece")


@settings(max_examples=60, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=40),
    piece=st.integers(1, 9),
    parser=st.sampled_from([None, "json", "json:language=de", ":language=uk"]),
)
def test_the_pieces_run_and_give_what_one_piece_gives(
    kinds: list[str], piece: int, parser: str | None
) -> None:
    # A good first record: the JSON parser is chosen (by sniffing too) and the input has a
    # usable record, so nothing may fall back to the parse in one piece, which is made to fail
    # while the pieces run: a broken piece path cannot hide behind it.
    lines = [record("good", 0), *(record(kind, n) for n, kind in enumerate(kinds, start=1))]
    expected = outcome(lines, None, parser)
    records = sum(1 for line in lines if line.strip())
    spread = Here(piece_records=piece)
    with pytest.MonkeyPatch.context() as patch:
        if records > piece:  # two pieces or more: parsed in pieces
            patch.setattr(JsonParser, "parse", _no_parse_in_one_piece)
        assert outcome(lines, spread, parser) == expected
    assert spread.pieces == (-(-records // piece) if records > piece else 0)


@pytest.mark.parametrize("method", ["split_lines", "joined"])
def test_a_bug_in_this_process_around_the_pieces_is_raised(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The parse in one piece would report it as the parser's fault in one line (it uses
    # ``joined`` too), and so hide that the pieces' own code is broken.
    lines = [record("good", n) for n in range(8)]

    def broken(*args: Any) -> Any:
        raise TypeError("a bug")

    monkeypatch.setattr(JsonParser, method, broken)
    with pytest.raises(TypeError, match="a bug"):
        parse_input(_raw(lines), "json", spread=Here())


@pytest.mark.parametrize(
    "error",
    [
        BrokenProcessPool("a child process terminated abruptly"),
        OSError("no semaphores here"),
        NotImplementedError("no process pools here"),
        PieceFault("document 'x': refused"),
        TypeError("a bug in a piece"),
        MemoryError(),
    ],
    ids=type,
)
def test_a_failed_spread_leaves_the_input_to_one_piece(error: BaseException) -> None:
    lines = [record(kind, n) for n, kind in enumerate(KINDS * 3)]
    spread = Failing(error)
    assert outcome(lines, spread) == outcome(lines)
    assert spread.calls == 1


def _decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = jsonl.decode

    def counted(raw: RawInput) -> Any:
        calls.append(raw.name)
        return real(raw)

    monkeypatch.setattr(jsonl, "decode", counted)
    return calls


def test_an_input_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [record(kind, n) for n, kind in enumerate(KINDS * 3)]
    decodes = _decodes(monkeypatch)
    spread = Here()
    assert outcome(lines, spread, "json") == outcome(lines, None, "json")
    assert spread.calls == 1
    assert len(decodes) == 2  # once in pieces, once in one piece


def test_an_input_refused_whole_is_decoded_and_counted_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Too many lines: refused from the count made while splitting, not again by a parse in
    # one piece.
    lines = [record("good", n) for n in range(6)]
    monkeypatch.setattr(jsonl, "MAX_RECORDS", 5)
    decodes = _decodes(monkeypatch)
    spread = Here()
    refused = outcome(lines, spread, "json")
    assert len(decodes) == 1 and spread.calls == 0
    assert refused == outcome(lines, None, "json")
    assert "over the 5-record limit" in refused[2][0][1]
    # No valid line: refused by ``joined`` after the pieces, as the parse in one piece does.
    bad = [record("bad", n) for n in range(5)]
    decodes.clear()
    spread = Here()
    refused = outcome(bad, spread, "json")
    assert len(decodes) == 1 and spread.calls == 1
    assert refused == outcome(bad, None, "json")


# -- the load stage's options ----------------------------------------------------------------


def _keyword_names(function: Callable[..., Any]) -> set[str]:
    return {
        name
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }


def test_load_options_are_the_keywords_of_every_load() -> None:
    # One definition: a keyword added to load (or to the Dask load) and not to the options
    # would be left at its default by the runners.
    from newsbrief.pipeline import dask

    fields = {field.name for field in LoadOptions.__attrs_attrs__}
    assert fields == _keyword_names(load) - {"language"}
    assert fields == _keyword_names(dask.load) - {"batch_inputs"}
    assert set(LoadOptions().keywords()) == fields


def test_load_options_take_every_setting() -> None:
    fetch = FetchOptions(timeout=3.0, deadline=9.0)
    settings = Settings(parser="json", strict=True, jobs=3, cache="pages", fetch=fetch)
    skips: list[Skipped] = []
    progress: list[Progress] = []
    options = LoadOptions.of(settings, on_skip=skips.append, on_progress=progress.append)
    assert options == LoadOptions(
        parser="json",
        strict=True,
        on_skip=skips.append,
        jobs=3,
        cache="pages",
        fetch_options=fetch,
        on_progress=progress.append,
    )


def test_the_dask_runner_loads_with_the_settings_options(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.pipeline import dask

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def recorded(*args: Any, **keywords: Any) -> Any:
        calls.append((args, keywords))
        return "corpus"

    monkeypatch.setattr(dask, "load", recorded)
    settings = Settings(parser="json:language=de", strict=True, jobs=2, cache="pages")
    client: Any = object()
    skips: list[Skipped] = []
    assert Dask(client).load(["a", "b"], settings, on_skip=skips.append) == "corpus"
    expected = LoadOptions.of(settings, on_skip=skips.append).keywords()
    assert calls == [((client, "a", "b"), expected)]


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """A JSON Lines feed with bad records among good ones, a text file, a bad JSON file."""
    lines = [record(kind, n) for n, kind in enumerate(["good", *KINDS * 3])]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "story.txt").write_text(f"Headline\n\n{TEXT}", encoding="utf-8")
    (tmp_path / "zz.json").write_text("{not json", encoding="utf-8")
    return [str(tmp_path)]


def _loaded(function: Callable[..., Corpus], *args: Any, **keywords: Any) -> tuple[Any, ...]:
    skips: list[Skipped] = []
    progress: list[Progress] = []
    corpus = function(*args, on_skip=skips.append, on_progress=progress.append, **keywords)
    return corpus.documents, corpus.skipped, skips, progress


def test_load_inputs_with_a_spread_loads_what_load_loads(
    inputs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(parser=None)
    expected = _loaded(load, *inputs)
    assert _loaded(load_inputs, inputs, settings) == expected
    spread = Here()
    with monkeypatch.context() as patch:
        patch.setattr(JsonParser, "parse", _no_parse_in_one_piece)
        assert _loaded(load_inputs, inputs, settings, spread=spread) == expected
    assert spread.calls == 1  # the feed, in pieces
    assert len(expected[1]) > 5 and list(expected[1]) == expected[2]


def test_load_inputs_with_a_spread_is_strict_as_load_is(inputs: list[str]) -> None:
    settings = Settings(strict=True)
    with pytest.raises(InputError) as loaded:
        load(*inputs, strict=True)
    with pytest.raises(InputError) as spread:
        load_inputs(inputs, settings, spread=Here())
    assert str(spread.value) == str(loaded.value)


def test_load_inputs_with_a_spread_reads_in_one_thread(
    inputs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The spread is this process's: with it, no pool of readers or parsers is started, whatever
    # the settings' jobs.
    started: list[int] = []
    monkeypatch.setattr(load_module, "process_pool", lambda jobs: started.append(jobs))
    load_inputs(inputs, Settings(jobs=3), spread=Here())
    assert started == []
