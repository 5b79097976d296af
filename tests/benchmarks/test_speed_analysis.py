"""The side-by-side stage benchmark: its worker's figures and the report it prints."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    """``benchmarks/speed_analysis.py`` (a script, not a package) as a module."""
    if "speed_analysis" in sys.modules:
        return sys.modules["speed_analysis"]
    spec = importlib.util.spec_from_file_location(
        "speed_analysis", ROOT / "benchmarks" / "speed_analysis.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["speed_analysis"] = module
    spec.loader.exec_module(module)
    return module


def _run(seconds: float, **extra: Any) -> dict[str, Any]:
    stages = {stage: seconds for stage in _benchmark().STAGES}
    return {
        "documents": 3,
        "stories": 2,
        "segmentation": 0.1,
        "total": 10 * seconds,
        "stages": stages,
        "summary": [["a", 0, 5]],
        "annotations": {"date": 4, "entity": 9},
        "skipped": [],
        **extra,
    }


def test_report_gives_the_ratio_side_by_side_and_each_sides_annotations() -> None:
    benchmark = _benchmark()
    args = argparse.Namespace(corpus="synthetic", articles=3, seed=0, rounds=1)
    sides = {
        "baseline": [_run(0.9)],
        "current": [_run(0.3, annotations={"date": 4}, skipped=["annotator 'x': failed"])],
    }
    table = benchmark.report(sides, args)
    # Five stages of 0.9 s against five of 0.3 s: 3x, the target.
    assert "| **annotation + stories** | 4.500 | 1.500 | 3.00x |" in table
    assert "3.00x faster than the baseline (target 3x: yes)" in table
    assert "current: annotations date 4." in table
    # An annotator left out makes its side fast for the wrong reason: the report says so.
    assert "current: SKIPPED annotator 'x': failed" in table


def test_one_run_times_every_stage_of_one_build(capsys: pytest.CaptureFixture[str]) -> None:
    # Through the command (the worker runs in its own process: it wraps the stages' functions).
    assert _benchmark().main(["--articles", "6", "--rounds", "1"]) == 0
    table = capsys.readouterr().out
    for stage in ("analysis", "entities", "dates", "quotes", "stories", "summarizer"):
        assert f"| {stage} | " in table
    assert "6 documents" in table
    assert "current: annotations date " in table and "SKIPPED" not in table


def test_the_per_round_ratio_pairs_each_round_with_its_own_baseline() -> None:
    benchmark = _benchmark()
    args = argparse.Namespace(corpus="synthetic", articles=3, seed=0, rounds=3)
    # A loaded round (the third) slows both sides: paired, two rounds of three give 3x; the
    # ratio of the medians says 1.50x.
    sides = {
        "baseline": [_run(0.9), _run(0.9), _run(1.8)],
        "current": [_run(0.3), _run(0.6), _run(0.6)],
    }
    table = benchmark.report(sides, args)
    assert "annotation + stories 1.50x faster than the baseline" in table
    assert "per-round ratio (baseline / current, same round) median 3.00x" in table
    assert "range 1.50x-3.00x over 3 round(s)" in table
