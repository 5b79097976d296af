"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.plugins import PluginHost, reset_host

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
#: ``../shared`` beside the checkout: evaluation data that a user's clone does not have.
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seeds_dir() -> Path:
    """The seed articles shipped with the project."""
    return SEEDS


@pytest.fixture
def shared_dir() -> Path:
    """``../shared``; tests using it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def fresh_host() -> Iterator[PluginHost]:
    """A new process-wide plugin host for one test, the previous one restored afterwards."""
    host = PluginHost()
    previous = reset_host(host)
    try:
        yield host
    finally:
        reset_host(previous)
