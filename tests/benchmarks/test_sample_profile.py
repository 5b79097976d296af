"""The sampling profile benchmark: shares of the samples and the report it prints."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    """``benchmarks/sample_profile.py`` (a script, not a package) as a module."""
    if "sample_profile" in sys.modules:
        return sys.modules["sample_profile"]
    spec = importlib.util.spec_from_file_location(
        "sample_profile", ROOT / "benchmarks" / "sample_profile.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sample_profile"] = module
    spec.loader.exec_module(module)
    return module


def _profile(samples: int, own: dict[str, int], inclusive: dict[str, int]) -> dict[str, Any]:
    return {"samples": samples, "self": own, "inclusive": inclusive}


def test_shares_are_fractions_of_the_samples() -> None:
    profile = _profile(200, {"a.py:1(read)": 50}, {"a.py:1(read)": 50, "b.py:3(run)": 200})
    assert _benchmark().shares(profile, "inclusive") == {"a.py:1(read)": 0.25, "b.py:3(run)": 1.0}
    assert _benchmark().shares(_profile(0, {}, {}), "self") == {}


def test_the_report_lists_both_trees_by_the_current_share_and_filters_names() -> None:
    current = _profile(100, {"x/seg.py:5(cut)": 30}, {"x/seg.py:5(cut)": 30, "y/io.py:2(go)": 90})
    baseline = _profile(100, {"x/seg.py:5(cut)": 60}, {"x/seg.py:5(cut)": 60})
    report = _benchmark().table(current, baseline, top=10, match=r"x/", interval=0.01)
    assert "| `x/seg.py:5(cut)` | 60.0% | 30.0% |" in report
    assert "y/io.py" not in report
    alone = _benchmark().table(current, None, top=1, match=None, interval=0.01)
    # The top one by inclusive share only.
    assert "| `y/io.py:2(go)` | 90.0% |" in alone and "| `x/seg.py:5(cut)` | 30.0% |" in alone


def test_a_build_is_sampled_in_a_fresh_process() -> None:
    profile = _benchmark().sampled(ROOT, ["build", str(ROOT / "seeds"), "-f", "json"], 0.001)
    inclusive = _benchmark().shares(profile, "inclusive")
    assert profile["samples"] > 0
    assert any(name.startswith("newsbrief/pipeline/") for name in inclusive)
