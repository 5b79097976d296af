"""The Golden Rules and multilingual budget benchmarks run and hold their targets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` (a script, not a package) as a module."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_golden_rules_english_and_no_language_below_nupunkt(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "golden-rules"
    if not folder.is_dir():
        pytest.skip(f"shared data not found: {folder}")
    table = {name: counts for name, _, counts, _ in _script("golden_rules").score(folder)}
    assert table["en"]["newsbrief"] >= 46
    for name, counts in table.items():
        assert counts["newsbrief"] >= counts["nupunkt"], name


@pytest.mark.shared
def test_budgets_and_no_furniture_in_caseless_scripts(shared_dir: Path) -> None:
    corpus = shared_dir / "data" / "ntrex128"
    if not corpus.is_dir():
        pytest.skip(f"shared data not found: {corpus}")
    rows = _script("multilingual_budget").run(corpus, ["hi", "ar", "he"], 150)
    assert [row["language"] for row in rows] == ["hi", "ar", "he"]
    for row in rows:
        assert row["detected"] == row["language"]
        assert 0.95 <= float(row["ratio"]) <= 1.0, row  # type: ignore[arg-type]
        assert row["furniture"] == 0, row
