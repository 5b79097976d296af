"""The plugin host: discovery through real distributions, isolation of broken plugins, clashes."""

from __future__ import annotations

import importlib.metadata
import json
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsbrief
from newsbrief.cli import cli
from newsbrief.errors import PluginError
from newsbrief.plugins import DEFAULT_PLUGINS, PluginHost, reset_host

GOOD = """
import newsbrief

class Shout:
    name = "shout"
    description = "Upper-cases the summary."
    extensions = (".shout",)

    def export(self, briefing, options):
        return " ".join(item.sentence.text for item in briefing.summary).upper()

@newsbrief.hookimpl
def register_exporters(register):
    register(Shout())

@newsbrief.hookimpl
def register_commands(cli):
    import click

    @cli.command()
    def hello():
        "Say hello."
        click.echo("hello from a plugin")

    @cli.command(name="build")
    def shadow():
        "Tries to replace the built-in build command."
"""

BROKEN = """
raise ImportError("this plugin needs a module that is not installed")
"""

TYPO = """
import newsbrief

@newsbrief.hookimpl
def register_exporter(register):  # misspelled: the hook is register_exporters
    pass
"""

CLASH = """
import newsbrief

class Markdownish:
    name = "shout"
    description = "Same name as another plugin's exporter."
    extensions = (".x",)

    def export(self, briefing, options):
        return ""

@newsbrief.hookimpl
def register_exporters(register):
    register(Markdownish())
"""

RAISES_IN_HOOK = """
import newsbrief

class Half:
    name = "half"
    description = "Registered before the hook fails."
    extensions = (".half",)

    def export(self, briefing, options):
        return ""

@newsbrief.hookimpl
def register_exporters(register):
    register(Half())
    raise RuntimeError("boom")
"""


def make_distribution(site: Path, dist: str, module: str, source: str) -> None:
    """Write an installed distribution (module + dist-info with an entry point) into ``site``."""
    (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = site / f"{dist.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.2.3\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[newsbrief]\n{module} = {module}\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site directory whose distributions the host discovers through their entry points."""
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    yield site
    for name in list(sys.modules):
        if name.startswith("nb_test_"):
            del sys.modules[name]


def host_for(site: Path, **environ: str) -> tuple[PluginHost, list[str]]:
    warnings: list[str] = []
    host = PluginHost(
        environ=environ,
        # Only the distributions this test wrote, whatever else is installed.
        entry_points=lambda: [
            entry_point
            for dist in importlib.metadata.distributions(path=[str(site)])
            for entry_point in dist.entry_points
            if entry_point.group == "newsbrief"
        ],
        warn=warnings.append,
    )
    return host, warnings


def test_builtins_are_plugins_registered_through_the_hooks() -> None:
    host = PluginHost(environ={}, entry_points=lambda: [])
    described = {p["name"]: p for p in host.describe(include_builtin=True)}
    assert set(DEFAULT_PLUGINS) <= set(described)
    assert "markdown" in described["newsbrief.default_plugins.exporters"]["exporters"]
    assert "newsbrief" in described["newsbrief.default_plugins.summarizers"]["summarizers"]
    assert "text" in described["newsbrief.default_plugins.parsers"]["parsers"]
    assert host.describe() == []  # built-ins hidden without include_builtin


def test_a_good_plugin_is_discovered_with_its_distribution(site: Path) -> None:
    make_distribution(site, "newsbrief-shout", "nb_test_good", GOOD)
    host, warnings = host_for(site)
    assert host.registry("exporter").get("shout").name == "shout"
    [info] = host.describe()
    assert info["name"] == "nb_test_good"
    assert info["distribution"] == "newsbrief-shout"
    assert info["version"] == "1.2.3"
    assert info["exporters"] == ["shout"]
    assert "register_exporters" in info["hooks"]
    assert warnings == []


def test_a_broken_plugin_is_reported_in_one_line_and_the_rest_keeps_working(site: Path) -> None:
    make_distribution(site, "newsbrief-shout", "nb_test_good", GOOD)
    make_distribution(site, "newsbrief-broken", "nb_test_broken", BROKEN)
    host, warnings = host_for(site)
    assert "shout" in host.registry("exporter")
    assert "markdown" in host.registry("exporter")
    [error] = host.errors
    assert error.plugin == "nb_test_broken"
    assert error.distribution == "newsbrief-broken 1.2.3"
    assert "ImportError: this plugin needs a module" in error.message
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert "newsbrief-broken" in warnings[0]


def test_a_misspelled_hook_is_reported_and_the_plugin_dropped(site: Path) -> None:
    make_distribution(site, "newsbrief-typo", "nb_test_typo", TYPO)
    host, _ = host_for(site)
    host.load()
    [error] = host.errors
    assert error.plugin == "nb_test_typo"
    assert "register_exporter" in error.message
    assert host.pm.get_plugin("nb_test_typo") is None
    assert "markdown" in host.registry("exporter")


def test_two_components_with_one_name_disable_that_name_only(site: Path) -> None:
    make_distribution(site, "newsbrief-shout", "nb_test_good", GOOD)
    make_distribution(site, "newsbrief-clash", "nb_test_clash", CLASH)
    host, warnings = host_for(site)
    exporters = host.registry("exporter")
    # Neither is used (choosing one would be arbitrary); everything else still is.
    assert "shout" not in exporters and "markdown" in exporters
    [error] = host.errors
    assert error.plugin == "nb_test_clash"
    assert "'shout'" in error.message
    assert "nb_test_good, newsbrief-shout 1.2.3" in error.message
    assert "nb_test_clash, newsbrief-clash 1.2.3" in error.message
    assert len(warnings) == 1 and "\n" not in warnings[0]
    with pytest.raises(newsbrief.ComponentNotFound, match=r"nb_test_good.*nb_test_clash"):
        exporters.get("shout")
    with pytest.raises(PluginError, match="'shout'"):
        host_for(site, NEWSBRIEF_STRICT_PLUGINS="1")[0].registry("exporter")


def test_a_hook_that_raises_leaves_nothing_half_registered(site: Path) -> None:
    make_distribution(site, "newsbrief-half", "nb_test_half", RAISES_IN_HOOK)
    host, _ = host_for(site)
    exporters = host.registry("exporter")
    assert "half" not in exporters
    assert "markdown" in exporters
    assert "RuntimeError: boom" in host.errors[0].message


def test_strict_mode_raises_for_plugin_authors(site: Path) -> None:
    make_distribution(site, "newsbrief-broken", "nb_test_broken", BROKEN)
    host, _ = host_for(site, NEWSBRIEF_STRICT_PLUGINS="1")
    with pytest.raises(PluginError, match="newsbrief-broken"):
        host.load()


@pytest.mark.parametrize(
    ("environ", "loaded"),
    [
        ({}, {"nb_test_good", "nb_test_half"}),
        ({"NEWSBRIEF_LOAD_PLUGINS": ""}, set()),
        ({"NEWSBRIEF_LOAD_PLUGINS": "newsbrief-shout"}, {"nb_test_good"}),
        ({"NEWSBRIEF_LOAD_PLUGINS": "nb_test_half"}, {"nb_test_half"}),
        ({"NEWSBRIEF_DISABLE_PLUGINS": "nb_test_half"}, {"nb_test_good"}),
        ({"NEWSBRIEF_DISABLE_PLUGINS": "newsbrief-shout,nb_test_half"}, set()),
    ],
)
def test_allowlist_and_blocklist(site: Path, environ: dict[str, str], loaded: set[str]) -> None:
    make_distribution(site, "newsbrief-shout", "nb_test_good", GOOD)
    make_distribution(site, "newsbrief-half", "nb_test_half", RAISES_IN_HOOK)
    host, _ = host_for(site, **environ)
    host.load()
    names = {name for name, plugin in host.pm.list_name_plugin() if plugin is not None}
    assert names - set(DEFAULT_PLUGINS) == loaded


def test_builtins_can_be_disabled(site: Path) -> None:
    host, _ = host_for(site, NEWSBRIEF_DISABLE_PLUGINS="newsbrief.default_plugins.exporters")
    assert len(host.registry("exporter")) == 0
    assert "newsbrief" in host.registry("summarizer")


def test_inline_plugin_registered_at_run_time(fresh_host: PluginHost) -> None:
    class Inline:
        name = "inline"
        description = "An exporter defined in a test."
        extensions = (".inline",)

        def export(self, briefing, options):
            return "inline"

    class Plugin:
        @newsbrief.hookimpl
        def register_exporters(self, register):
            register(Inline())

    plugin = Plugin()
    fresh_host.register(plugin, name="inline-plugin")
    try:
        assert newsbrief.get_exporter("inline").export(None, {}) == "inline"
    finally:
        fresh_host.unregister(plugin)
    assert "inline" not in newsbrief.get_exporters()


def test_a_component_missing_part_of_the_interface_is_left_out(fresh_host: PluginHost) -> None:
    class NoExport:
        name = "noexport"
        description = "Lacks export()."
        extensions = ()

    class Plugin:
        @newsbrief.hookimpl
        def register_exporters(self, register):
            register(NoExport())

    plugin = Plugin()
    fresh_host.register(plugin, name="bad-plugin")
    try:
        exporters = newsbrief.get_exporters()
        assert "noexport" not in exporters and "markdown" in exporters
        [error] = [e for e in fresh_host.errors if e.plugin == "bad-plugin"]
        assert "exporter 'noexport'" in error.message
        assert "it has no export" in error.message  # the missing member, named
    finally:
        fresh_host.unregister(plugin)


def test_cli_lists_plugins_errors_and_plugin_commands(site: Path) -> None:
    make_distribution(site, "newsbrief-shout", "nb_test_good", GOOD)
    make_distribution(site, "newsbrief-broken", "nb_test_broken", BROKEN)
    host, warnings = host_for(site)
    previous = reset_host(host)
    try:
        runner = CliRunner()
        plugins = json.loads(runner.invoke(cli, ["plugins"]).output)
        assert [p["name"] for p in plugins] == ["nb_test_good"]
        everything = json.loads(runner.invoke(cli, ["plugins", "--all"]).output)
        assert {p["name"] for p in everything} >= set(DEFAULT_PLUGINS)
        errors = json.loads(runner.invoke(cli, ["plugins", "--errors"]).output)
        assert errors[0]["plugin"] == "nb_test_broken"
        assert errors[0]["distribution"] == "newsbrief-broken 1.2.3"
        hello = runner.invoke(cli, ["hello"])
        assert hello.exit_code == 0 and hello.stdout == "hello from a plugin\n"
        assert any(
            "'build' (plugin nb_test_good, newsbrief-shout 1.2.3) would shadow" in line
            for line in warnings
        )
        assert "hello" in runner.invoke(cli, ["--help"]).stdout
        assert cli.commands["build"].callback.__name__ == "build"
        # Plugin commands stay out of the built-in table, so nothing reading it sees them.
        assert "hello" not in cli.commands
        # Another host, without these plugins: their commands are gone.
        reset_host(PluginHost(environ={}, entry_points=lambda: []))
        assert "hello" not in runner.invoke(cli, ["--help"]).stdout
        assert "hello" not in cli.commands and {"build", "list", "plugins"} <= set(cli.commands)
    finally:
        reset_host(previous)
