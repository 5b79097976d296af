"""Fixtures for the parser tests: the seed articles and a way to wrap bytes as input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief.parsers.base import RawInput

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def make_raw(data: bytes, name: str = "input.txt") -> RawInput:
    """Raw input named ``name`` holding ``data``."""
    return RawInput(name=name, data=data, doc_id=Path(name).stem or "input", path=name)


@pytest.fixture
def raw() -> Callable[..., RawInput]:
    """Build a :class:`RawInput` from bytes (``raw(data, name=...)``)."""
    return make_raw


@pytest.fixture
def seed() -> Callable[[str], RawInput]:
    """The seed article whose file name starts with the given number (``seed("003")``)."""

    def load(number: str) -> RawInput:
        (path,) = SEEDS.glob(f"{number}_*.txt")
        return RawInput(name=str(path), data=path.read_bytes(), doc_id=path.stem, path=str(path))

    return load
