"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsbrief.plugins import PluginHost, reset_host

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
#: ``../shared`` beside the checkout: evaluation data that a user's clone does not have.
SHARED = ROOT.parent / "shared"

_CACHE_DIR = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """newsbrief's cache folder (``NEWSBRIEF_CACHE_DIR``: the language model's arrays) is a
    temporary folder for the session, never the user's: set in ``os.environ`` before any test
    runs, so the commands tests start in subprocesses share it too. Deleted at the end."""
    from newsbrief.languages.array_cache import CACHE_ENV

    folder = tempfile.mkdtemp(prefix="newsbrief-test-cache-")
    config.stash[_CACHE_DIR] = folder
    os.environ[CACHE_ENV] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_CACHE_DIR, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


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


@pytest.fixture(scope="session")
def synthetic_feed():
    """``write(path, count, seed=1) -> path``: a deterministic news-like JSONL feed.

    Loads ``benchmarks/synthetic_corpus.py`` (a script, not a package), the generator the speed
    benchmarks use, so tests and benchmarks measure the same kind of collection.
    """
    import importlib.util
    import sys

    name = "synthetic_corpus"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(
            name, ROOT / "benchmarks" / "synthetic_corpus.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module.write_jsonl


@pytest.fixture
def outputs_under_hash_seeds() -> Callable[[str], set[str]]:
    """Runs a Python script under two ``PYTHONHASHSEED`` values; the distinct outputs.

    One distinct output means the result does not depend on set or dict iteration order.
    """

    def run(script: str) -> set[str]:
        return {
            subprocess.run(
                [sys.executable, "-c", script],
                env={**os.environ, "PYTHONHASHSEED": seed},
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            for seed in ("1", "2")
        }

    return run
