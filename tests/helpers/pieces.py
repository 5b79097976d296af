"""Records of every kind a JSON Lines input can hold and a stand-in spread that runs the pieces
in this process, for the tests of the parse in pieces (``parse_input(..., spread=)``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from newsbrief.model.raw import RawInput
from newsbrief.pipeline.parse import Outcome, parse_input

T = TypeVar("T")
R = TypeVar("R")

TEXT = "The council approved the budget on Tuesday. Members said the vote was close."


class InThisProcess:
    """A spread that runs the pieces here, in order (the property tests' stand-in for the
    workers: the pieces are the same, only where they run differs)."""

    def __init__(self, piece_records: int = 3, min_records: int = 1) -> None:
        self.piece_records = piece_records
        self.min_records = min_records
        self.calls = 0

    def __call__(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        self.calls += 1
        return [function(item) for item in items]


class Failing(InThisProcess):
    """A spread whose workers could not start."""

    def __call__(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        self.calls += 1
        raise BrokenProcessPool("a child process terminated abruptly")


def record(kind: str, number: int) -> str:
    """One JSON Lines record of ``kind`` (one of :data:`KINDS`), numbered ``number``."""
    if kind == "good":
        return json.dumps({"text": f"{TEXT} Item {number}.", "title": f"Item {number}"})
    if kind == "same-id":
        return json.dumps({"id": "same", "text": f"{TEXT} Copy {number}."})
    if kind == "no-text":
        return json.dumps({"title": "only a title"})
    if kind == "not-object":
        return "[1, 2]"
    if kind == "surrogate":
        return '{"id": "x\\ud800", "text": "Lone \\udc00 surrogate in the text here."}'
    if kind == "long":
        return json.dumps({"text": "Long. " * 40})
    if kind == "blank":
        return "   "
    return '{"text": broken'  # not valid JSON


KINDS = ["good", "same-id", "no-text", "not-object", "surrogate", "long", "blank", "bad"]


def outcome(
    lines: list[str], spread: Any = None, parser: str | None = None, limit: int = 200
) -> tuple[Any, ...]:
    """The comparable outcome of parsing ``lines`` as one input (in pieces when ``spread``)."""
    raw = RawInput("feed.jsonl", "\n".join(lines).encode(), "feed", path="feed.jsonl")
    return comparable(parse_input(raw, parser, limit, spread=spread))


def comparable(outcome: Outcome) -> tuple[Any, ...]:
    """What two parses of one input must agree on."""
    return (outcome.name, outcome.documents, outcome.problems, outcome.duplicates)
