"""The example plugin distributions in ``plugins/``: complete projects that install and are listed.

Their own tests (``plugins/*/tests``) run in CI after the core's, with each plugin installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = sorted(path for path in (ROOT / "plugins").iterdir() if path.is_dir())


def metadata(plugin: Path) -> dict:
    return tomllib.loads((plugin / "pyproject.toml").read_text(encoding="utf-8"))


def module_path(plugin: Path) -> Path:
    (target,) = metadata(plugin)["project"]["entry-points"]["newsbrief"].values()
    return plugin / "src" / target.replace(".", "/") / "__init__.py"


def hooks_of(plugin: Path) -> set[str]:
    source = module_path(plugin).read_text(encoding="utf-8")
    return set(re.findall(r"^def (register_\w+)\(", source, flags=re.M))


def test_there_are_at_least_three() -> None:
    assert len(PLUGINS) >= 3


@pytest.mark.parametrize("plugin", PLUGINS, ids=lambda path: path.name)
def test_plugin_is_a_complete_distribution(plugin: Path) -> None:
    project = metadata(plugin)["project"]
    assert project["name"] == plugin.name
    assert plugin.name.startswith("newsbrief-")
    assert any(dep.startswith("newsbrief") for dep in project["dependencies"])
    assert module_path(plugin).is_file()
    readme = (plugin / "README.md").read_text(encoding="utf-8")
    assert f"pip install ./plugins/{plugin.name}" in readme
    tests = list((plugin / "tests").glob("test_*.py"))
    assert tests, f"{plugin.name} has no tests"


def test_each_plugin_uses_a_different_hook() -> None:
    hooks = [frozenset(hooks_of(plugin)) for plugin in PLUGINS]
    assert all(hooks)
    assert len(set(hooks)) == len(hooks)


def test_test_module_names_are_unique() -> None:
    # Plugin tests may run in one pytest session, which needs unique basenames.
    names = [path.name for plugin in PLUGINS for path in (plugin / "tests").glob("test_*.py")]
    names += [path.name for path in (ROOT / "tests").rglob("test_*.py")]
    assert len(names) == len(set(names))


def test_ci_installs_and_tests_every_plugin() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "plugins/*/" in ci
    assert re.search(r"pip install -e \"\$\{?plugin\}?\[test\]\"", ci)
    assert re.search(r"python -m pytest \"\$\{?plugin\}?\"", ci)


@pytest.mark.slow
def test_installed_plugins_are_listed_with_their_versions(tmp_path) -> None:
    target = tmp_path / "site"
    # The core's own dependencies are already here; --no-deps keeps the install offline and fast.
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    # Copies, so that the build leaves no build/ or egg-info folders in the checkout.
    copies = [shutil.copytree(plugin, tmp_path / plugin.name) for plugin in PLUGINS]
    subprocess.run(
        [*pip, "--target", str(target), *map(str, copies)],
        check=True,
        capture_output=True,
    )
    names = [next(iter(metadata(p)["project"]["entry-points"]["newsbrief"])) for p in PLUGINS]
    env = {**os.environ, "PYTHONPATH": str(target), "NEWSBRIEF_LOAD_PLUGINS": ",".join(names)}
    listed = subprocess.run(
        [sys.executable, "-m", "newsbrief", "plugins"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    by_name = {plugin["name"]: plugin for plugin in json.loads(listed.stdout)}
    for plugin, name in zip(PLUGINS, names, strict=True):
        project = metadata(plugin)["project"]
        info = by_name[name]
        assert (info["distribution"], info["version"]) == (project["name"], project["version"])
        assert info["hooks"] == sorted(hooks_of(plugin))
    errors = subprocess.run(
        [sys.executable, "-m", "newsbrief", "plugins", "--errors"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert json.loads(errors.stdout) == []
