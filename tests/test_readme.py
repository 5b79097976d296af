"""The README's two commands are the ones CI and users run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bash_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, flags=re.S)


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = bash_blocks(readme)[1].strip()
    assert "pytest" in test_command
    assert test_command in ci.splitlines()


def test_readme_main_command_builds_the_seeds() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert bash_blocks(readme)[0].strip().endswith("newsbrief build seeds/")
