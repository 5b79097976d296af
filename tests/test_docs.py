"""The documentation cannot drift from the code.

* every hook in ``newsbrief.hookspecs`` is documented in ``docs/plugins/hooks.md`` with its exact
  arguments, what it returns, when it is called, and an example that really works;
* every hook has a test named ``test_hook_<name>`` somewhere in the suite;
* ``docs/cli.md`` is what ``docs/gen_cli.py`` generates from ``--help`` today;
* the tutorial's plugin installs, is listed by ``newsbrief plugins`` and passes its own tests;
* the site builds with ``mkdocs build --strict``, and every page in ``docs/`` is in the nav.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import os
import re
import subprocess
import sys
import tomllib
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import click
import pytest
import yaml

from newsbrief import hookspecs
from newsbrief.plugins import COMPONENT_HOOKS, PluginHost, get_host, reset_host

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
HOOKS_PAGE = DOCS / "plugins" / "hooks.md"
TUTORIAL = DOCS / "plugins" / "tutorial.md"


def hook_specs() -> dict[str, list[str]]:
    """Hook name -> argument names, read from the hookspecs module (so new hooks are included)."""
    return {
        name: list(inspect.signature(function).parameters)
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, "newsbrief_spec")
    }


def documented_hooks() -> dict[str, tuple[list[str], str]]:
    """Hook name -> (documented argument names, the section's text), from ``## name(args)``."""
    text = HOOKS_PAGE.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    out = {}
    for section in sections:
        heading, _, body = section.partition("\n")
        found = re.fullmatch(r"(\w+)\((.*)\)", heading.strip())
        if found:
            args = [arg.strip() for arg in found.group(2).split(",") if arg.strip()]
            out[found.group(1)] = (args, body)
    return out


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_hookspecs_are_found() -> None:
    assert {"register_parsers", "register_summarizers", "register_exporters"} <= set(hook_specs())


@pytest.mark.parametrize("hook", sorted(hook_specs()))
def test_hook_is_documented_with_its_exact_arguments(hook: str) -> None:
    documented = documented_hooks()
    assert hook in documented, f"{hook} has no '## {hook}(...)' section in {HOOKS_PAGE.name}"
    args, body = documented[hook]
    assert args == hook_specs()[hook], f"documented arguments of {hook} differ from the spec"
    for part in ("**Arguments:**", "**Returns:**", "**Called:**"):
        assert part in body, f"the {hook} section does not say {part}"
    for arg in args:
        assert f"`{arg}`" in body.split("**Returns:**")[0], f"argument {arg} of {hook} unexplained"
    assert python_blocks(body), f"the {hook} section has no Python example"


def test_no_hook_is_documented_that_does_not_exist() -> None:
    assert set(documented_hooks()) <= set(hook_specs())


def _test_sources() -> str:
    return "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "tests").rglob("test_*.py")
    )


@pytest.mark.parametrize("hook", sorted(hook_specs()))
def test_hook_has_a_test(hook: str) -> None:
    assert re.search(rf"^def test_hook_{hook}\(", _test_sources(), flags=re.M), (
        f"no test named test_hook_{hook} in tests/"
    )


@contextlib.contextmanager
def _only_builtin_plugins() -> Iterator[None]:
    """A plugin host with newsbrief's own plugins and no installed ones, inside the block."""
    previous = reset_host(PluginHost(entry_points=lambda: ()))
    try:
        yield
    finally:
        reset_host(previous)


@pytest.fixture
def builtin_plugins_only() -> Iterator[None]:
    """A plugin host with newsbrief's own plugins and no installed ones, for the test only: a
    user's installed plugin (the README's ``shout`` exporter) must not clash with the docs'
    examples, which use the same names."""
    with _only_builtin_plugins():
        yield


def _check_example(hook: str, register: Callable[..., str]) -> None:
    """Run the example of ``hook``'s section as a plugin module (registered with ``register``,
    the ``newsbrief_plugin`` fixture) and check that it supplies what the hook promises."""
    _, body = documented_hooks()[hook]
    module = types.ModuleType(f"hooks_md_{hook}")
    exec(compile(python_blocks(body)[0], f"{HOOKS_PAGE}:{hook}", "exec"), module.__dict__)
    name = register(module, name=module.__name__)
    kinds = {hook_name: kind for kind, (hook_name, _) in COMPONENT_HOOKS.items()}
    if hook in kinds:
        entries = get_host().registry(kinds[hook]).entries()
        assert [entry for entry in entries if entry.plugin == name], (
            f"{hook} example registered nothing"
        )
    elif hook == "register_commands":
        group = click.Group(name="stand-in")
        get_host().pm.hook.register_commands(cli=group)
        assert group.commands, "the register_commands example added no command"
    else:
        pytest.fail(f"no check for the example of the new hook {hook}: add one here")


@pytest.mark.parametrize("hook", sorted(hook_specs()))
def test_documented_example_works(hook: str, builtin_plugins_only, newsbrief_plugin) -> None:
    """Each section's example, run as a plugin module, supplies what its hook promises."""
    _check_example(hook, newsbrief_plugin)


def test_documented_examples_pass_beside_an_installed_plugin_of_the_same_name(
    tmp_path, monkeypatch, newsbrief_plugin
) -> None:
    """A user who installed the README's ``shout`` exporter can still run these tests."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    plugin = re.search(r"## A plugin\n\n```python\n(.*?)```", readme, flags=re.S)
    assert plugin is not None
    site = tmp_path / "site"
    info = site / "newsbrief_shout-0.1.dist-info"
    info.mkdir(parents=True)
    (site / "newsbrief_shout.py").write_text(plugin.group(1), encoding="utf-8")
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newsbrief-shout\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[newsbrief]\nshout = newsbrief_shout\n", encoding="utf-8"
    )
    # In this process (a nested pytest run took about 10 s): the host a user's session has, which
    # loads the installed plugin, then the docs' example as its test runs it.
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "newsbrief_shout", raising=False)
    environ = {k: v for k, v in os.environ.items() if k != "NEWSBRIEF_LOAD_PLUGINS"}
    previous = reset_host(PluginHost(environ=environ))
    try:
        # The installed plugin is there, so the example's own ``shout`` would clash with it.
        owners = {e.name: e.plugin for e in get_host().registry("exporter").entries()}
        assert owners.get("shout") == "shout", owners
        with _only_builtin_plugins():
            _check_example("register_exporters", newsbrief_plugin)
    finally:
        reset_host(previous)
        sys.modules.pop("newsbrief_shout", None)


# -- the CLI reference --------------------------------------------------------------------------


def test_cli_reference_is_generated_from_the_current_help() -> None:
    result = subprocess.run(
        [sys.executable, str(DOCS / "gen_cli.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr + "\nRun: python docs/gen_cli.py"


def test_cli_reference_covers_every_command() -> None:
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    from newsbrief.cli import cli

    builtin = {name for name, command in cli.commands.items() if not command.hidden}
    assert {f"## newsbrief {name}" for name in builtin} <= set(page.splitlines())


# -- the tutorial -------------------------------------------------------------------------------


def tutorial_files() -> dict[str, str]:
    """Relative path -> content, for every tutorial block opening with ``# newsbrief-slack/...``."""
    text = TUTORIAL.read_text(encoding="utf-8")
    files = {}
    for block in re.findall(r"```(?:python|toml)\n(.*?)```", text, flags=re.S):
        first, _, rest = block.partition("\n")
        found = re.fullmatch(r"# newsbrief-slack/(\S+)", first)
        if found:
            files[found.group(1)] = rest
    return files


@pytest.fixture(scope="module")
def tutorial_project(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("tutorial") / "newsbrief-slack"
    for relative, content in tutorial_files().items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    (project / "README.md").write_text("# newsbrief-slack\n", encoding="utf-8")
    return project


def test_tutorial_holds_a_whole_plugin() -> None:
    assert set(tutorial_files()) == {
        "src/newsbrief_slack/__init__.py",
        "pyproject.toml",
        "tests/test_slack.py",
    }
    meta = tomllib.loads(tutorial_files()["pyproject.toml"])
    assert meta["project"]["entry-points"]["newsbrief"] == {"slack": "newsbrief_slack"}


class _Passed:
    """A pytest plugin that records the tests of a session that pass."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" and report.passed:
            self.names.append(report.nodeid)


def test_tutorial_plugin_passes_its_own_tests(tutorial_project, tmp_path, monkeypatch) -> None:
    # In this process, whose modules and caches are warm: a separate process spent about 8 s
    # importing newsbrief and building the seed briefing cold. pytest.main is called directly:
    # pytester's runs drop the modules they imported when they end, and a later import of a
    # compiled one (NumPy) then fails in this process.
    folder = tmp_path / "run"
    folder.mkdir()
    test_file = tutorial_project / "tests" / "test_slack.py"
    (folder / "test_slack_tutorial.py").write_text(
        test_file.read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.chdir(folder)
    monkeypatch.syspath_prepend(str(tutorial_project / "src"))
    monkeypatch.delitem(sys.modules, "newsbrief_slack", raising=False)
    passed = _Passed()
    try:
        code = pytest.main(
            ["-p", "no:cacheprovider", "-q", "--rootdir", str(folder), str(folder)],
            plugins=[passed],
        )
    finally:
        for name in ("newsbrief_slack", "test_slack_tutorial"):
            sys.modules.pop(name, None)
    assert code == pytest.ExitCode.OK
    assert len(passed.names) == 3, passed.names


@pytest.mark.slow
def test_tutorial_plugin_installs_and_is_listed_with_its_version(
    tutorial_project, tmp_path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(tutorial_project),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "NEWSBRIEF_LOAD_PLUGINS": "slack"}
    listed = subprocess.run(
        [sys.executable, "-m", "newsbrief", "plugins"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    (plugin,) = json.loads(listed.stdout)
    assert plugin["name"] == "slack"
    assert (plugin["distribution"], plugin["version"]) == ("newsbrief-slack", "0.1.0")
    assert plugin["exporters"] == ["slack"]
    seeds = ROOT / "seeds"
    built = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", str(seeds), "-f", "slack"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert built.stdout.startswith("*") and "\n• " in built.stdout


# -- the site -----------------------------------------------------------------------------------


def nav_pages(nav: list) -> list[str]:
    pages = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        pages.extend(nav_pages(value) if isinstance(value, list) else [value])
    return pages


def mkdocs_config() -> dict:
    # mkdocs.yml holds no custom YAML tags, so the safe loader reads it.
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def test_every_page_is_in_the_nav() -> None:
    pages = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    assert set(nav_pages(mkdocs_config()["nav"])) == pages


@pytest.mark.slow
def test_site_builds_in_strict_mode(tmp_path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            str(tmp_path / "site"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert "build_briefing" in api and "newsbrief_plugin" in api
    assert ":class:" not in api  # docs/griffe_roles.py turned Sphinx roles into code
    cookbook = (tmp_path / "site" / "cookbook" / "index.html").read_text(encoding="utf-8")
    assert "Centroid" in cookbook and "select_items" in cookbook  # the example was included


# -- the JSON format page -------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["docs/json-schema.md", "the schema's description"])
def test_the_command_named_for_json_output_writes_a_briefing(where: str, tmp_path) -> None:
    from click.testing import CliRunner

    from newsbrief import load_schema
    from newsbrief.cli import cli

    if where == "docs/json-schema.md":
        text = (DOCS / "json-schema.md").read_text(encoding="utf-8").split("\n\n")[1]
    else:
        text = load_schema()["description"]
    command = re.search(r"`newsbrief ([^`]+)`", text)
    assert command is not None, f"{where} names no newsbrief command"
    article = tmp_path / "story.txt"
    article.write_text(
        "The library reopened on Monday after a month of repairs. Readers queued at the door "
        "before nine. The new reading room has twice as many seats as the old one.\n",
        encoding="utf-8",
    )

    result = CliRunner().invoke(cli, [*command.group(1).split(), str(article)])

    assert result.exit_code == 0, f"{where}: `newsbrief {command.group(1)}`: {result.output}"
    assert json.loads(result.output)["schema"] == "newsbrief.briefing/1"


# -- the quickstart -------------------------------------------------------------------------------


def test_quickstart_python_runs(monkeypatch, capsys) -> None:
    """The quickstart's Python block runs as written, from a checkout (its asserts included)."""
    (block,) = python_blocks((DOCS / "quickstart.md").read_text(encoding="utf-8"))
    monkeypatch.chdir(ROOT)
    exec(compile(block, str(DOCS / "quickstart.md"), "exec"), {"__name__": "quickstart"})
    assert "# " in capsys.readouterr().out  # the Markdown briefing was printed
