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


def test_readme_summarizer_option_example_changes_something_and_names_the_default() -> None:
    from newsbrief.api import get_summarizer
    from newsbrief.options import spec_of
    from newsbrief.pipeline.settings import DEFAULT_SUMMARIZER

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = "\n".join(bash_blocks(readme)).splitlines()
    line = next(line for line in lines if " -S " in line)
    found = re.search(r"-S (\w+)=(\S+)\s+#.*\(default ([^;)]+)", line)
    assert found is not None, f"the -S example does not say the default: {line}"
    key, value, said_default = found.groups()
    spec = spec_of(get_summarizer(DEFAULT_SUMMARIZER))
    assert spec is not None
    default = spec[key].shown_default()
    assert said_default == default, f"README says default {said_default}, the spec {default}"
    assert value != default, f"-S {key}={value} is the default: the example changes nothing"
