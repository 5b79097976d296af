"""The package's type hints hold: mypy, configured in pyproject.toml, reports no error.

newsbrief ships ``py.typed``, so plugin authors' type checkers read these hints; a wrong hint
misleads them. The strictness is chosen in ``[tool.mypy]`` and documented in docs/api.md.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The strictness newsbrief promises (docs/api.md, "Type checking"): lowering it needs a
#: deliberate change here too, not only in pyproject.toml.
PROMISED = (
    "check_untyped_defs",
    "disallow_incomplete_defs",
    "no_implicit_optional",
    "strict_equality",
    "warn_unused_ignores",
    "warn_redundant_casts",
)


def _mypy_config() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["tool"]["mypy"]


@pytest.mark.slow
def test_mypy_reports_no_error() -> None:
    # The configuration (files, strictness, third-party modules without types) comes from
    # pyproject.toml, as in .ci/run: the test and CI check the same thing.
    run = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, f"mypy failed:\n{run.stdout}{run.stderr}"


def test_the_promised_strictness_is_configured() -> None:
    config = _mypy_config()
    assert config["files"] == ["src/newsbrief"]
    assert {flag: config.get(flag) for flag in PROMISED} == dict.fromkeys(PROMISED, True)
    # Missing imports are ignored only for named third-party modules, never globally.
    assert "ignore_missing_imports" not in config
    for override in config.get("overrides", []):
        if override.get("ignore_missing_imports"):
            assert not any(module.startswith("newsbrief") for module in override["module"])


def test_the_documented_strictness_is_the_configured_one() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for flag in PROMISED:
        assert f"`{flag}`" in api, f"docs/api.md does not mention {flag}"
