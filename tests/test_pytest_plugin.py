"""The pytest plugin for plugin authors, and one test per hook written the way an author would.

The ``test_hook_<name>`` functions are what ``tests/test_docs.py`` looks for: every hook in
``newsbrief.hookspecs`` must have one somewhere in the suite.
"""

from __future__ import annotations

import filecmp
import importlib.metadata
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import newsbrief
from newsbrief.cli import NewsbriefGroup
from newsbrief.plugins import get_host
from newsbrief.pytest_plugin import SEEDS_DIR, seed_paths

pytest_plugins = ("pytester",)

ROOT = Path(__file__).resolve().parents[1]


def test_the_plugin_is_registered_with_pytest() -> None:
    entry_points = importlib.metadata.entry_points(group="pytest11")
    assert "newsbrief.pytest_plugin" in {ep.value for ep in entry_points}


def test_packaged_seeds_equal_the_repository_seeds_byte_for_byte() -> None:
    repo_seeds = ROOT / "seeds"
    names = sorted(path.name for path in repo_seeds.iterdir())
    assert names == sorted(path.name for path in SEEDS_DIR.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(repo_seeds, SEEDS_DIR, names, shallow=False)
    assert (mismatch, errors) == ([], [])
    assert len(match) == len(names)


def test_seed_documents_are_the_parsed_seed_files(newsbrief_seed_documents) -> None:
    assert [d.id for d in newsbrief_seed_documents] == [p.stem for p in seed_paths()]
    for document, path in zip(newsbrief_seed_documents, seed_paths(), strict=True):
        assert isinstance(document, newsbrief.Document)
        assert document.text == path.read_text(encoding="utf-8")
        assert document.metadata.source_path == str(path)


def test_briefing_cites_verbatim_sentences_of_the_seeds(
    newsbrief_briefing, newsbrief_seed_documents
) -> None:
    texts = {d.id: d.text for d in newsbrief_seed_documents}
    assert newsbrief_briefing.title == "Seed briefing"
    assert len(newsbrief_briefing.sources) >= len(texts)
    assert newsbrief_briefing.summary
    for item in newsbrief_briefing.summary:
        s = item.sentence
        assert texts[s.doc_id][s.start : s.end] == s.text


def test_newsbrief_plugin_unregisters_even_when_the_test_fails(pytester) -> None:
    pytester.makepyfile(
        """
        import newsbrief

        class Upper:
            name = "upper-for-one-test"
            description = "Upper case."
            extensions = (".upper",)

            def export(self, briefing, options):
                return "X"

        class Plugin:
            @newsbrief.hookimpl
            def register_exporters(self, register):
                register(Upper())

        def test_passes(newsbrief_plugin, newsbrief_briefing):
            newsbrief_plugin(Plugin(), name="upper-plugin")
            assert newsbrief.export(newsbrief_briefing, "upper-for-one-test") == "X"

        def test_fails(newsbrief_plugin):
            newsbrief_plugin(Plugin(), name="upper-plugin")
            assert False, "on purpose"

        def test_gone_afterwards():
            assert "upper-for-one-test" not in newsbrief.get_exporters()
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    assert get_host().pm.get_plugin("upper-plugin") is None
    assert "upper-for-one-test" not in newsbrief.get_exporters()


def test_newsbrief_plugin_fails_loudly_on_a_misspelled_hook(pytester) -> None:
    pytester.makepyfile(
        """
        import newsbrief

        class Typo:
            @newsbrief.hookimpl
            def register_exporter(self, register):  # the hook is register_exporters
                pass

        def test_typo(newsbrief_plugin):
            newsbrief_plugin(Typo(), name="typo-plugin")
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-W", "ignore")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*typo-plugin*register_exporter*"])


# -- one test per hook, through the fixtures -------------------------------------------------


class _Reversed:
    """A parser for ``.rev`` files: each line is an article written backwards."""

    name = "reversed-lines"
    description = "Articles written backwards, one per line."
    extensions = (".rev",)

    def sniff(self, raw):
        # Only files named *.rev: backwards text cannot be recognised by content.
        return 1.0 if raw.suffix == ".rev" else 0.0

    def parse(self, raw):
        for number, line in enumerate(raw.data.decode("utf-8").splitlines(), start=1):
            yield newsbrief.Document.from_text(
                line[::-1], id=f"{raw.doc_id}-{number}", metadata=newsbrief.Metadata(language="en")
            )


class _ParserPlugin:
    @newsbrief.hookimpl
    def register_parsers(self, register):
        register(_Reversed())


def test_hook_register_parsers(newsbrief_plugin, tmp_path) -> None:
    newsbrief_plugin(_ParserPlugin())
    path = tmp_path / "wire.rev"
    path.write_text(".nwot ni si sucric ehT\n.yadot nepo era sloohcs llA\n", encoding="utf-8")
    corpus = newsbrief.load(str(path))
    assert [d.text for d in corpus] == ["The circus is in town.", "All schools are open today."]
    assert [d.id for d in corpus] == ["wire-1", "wire-2"]


class _LastSentence:
    name = "last-sentence"
    description = "The last sentence of every document."
    multi_document = True

    def summarize(self, request):
        return [
            newsbrief.SummaryItem(document.sentences[-1], 1.0)
            for document in request.documents
            if document.sentences
        ]


class _SummarizerPlugin:
    @newsbrief.hookimpl
    def register_summarizers(self, register):
        register(_LastSentence())


def test_hook_register_summarizers(newsbrief_plugin, newsbrief_seed_documents) -> None:
    newsbrief_plugin(_SummarizerPlugin())
    # order="input": the summarizer's own choice and order, not the composed briefing's.
    briefing = newsbrief.build_briefing(
        newsbrief_seed_documents, summarizer="last-sentence", order="input"
    )
    assert briefing.settings["summarizer"] == "last-sentence"
    assert len(briefing.summary) == len(newsbrief_seed_documents)
    for item, document in zip(briefing.summary, briefing.documents, strict=True):
        assert item.sentence == document.sentences[-1]


class _CountExporter:
    name = "count"
    description = "How many sentences the summary has."
    extensions = (".count",)

    def export(self, briefing, options):
        return f"{options.get('prefix', '')}{len(briefing.summary)}\n"


class _ExporterPlugin:
    @newsbrief.hookimpl
    def register_exporters(self, register):
        register(_CountExporter())


def test_hook_register_exporters(newsbrief_plugin, newsbrief_briefing) -> None:
    newsbrief_plugin(_ExporterPlugin())
    expected = f"n={len(newsbrief_briefing.summary)}\n"
    assert newsbrief.export(newsbrief_briefing, "count", prefix="n=") == expected
    assert newsbrief.exporter_for_path("out.count").name == "count"


class _CommandPlugin:
    @newsbrief.hookimpl
    def register_commands(self, cli):
        @cli.command()
        @click.argument("path")
        def documents(path):
            "Count the documents newsbrief reads from PATH."
            click.echo(len(newsbrief.load(path)))


def test_hook_register_commands(newsbrief_plugin) -> None:
    newsbrief_plugin(_CommandPlugin())

    # A new group, so the plugin command is not left on the real ``newsbrief`` group.
    @click.group(cls=NewsbriefGroup)
    def cli() -> None:
        """A stand-in for the newsbrief group."""

    result = CliRunner().invoke(cli, ["documents", str(SEEDS_DIR)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(len(seed_paths()))


class _Shouting:
    """Marks every word written in capitals (NATO, US): an annotator of a plugin's own kind."""

    name = "capitals"
    description = "Words in capitals."
    requires = ()

    def annotate(self, documents):
        import re

        import attrs

        from newsbrief.model.annotations import Annotation

        out = []
        for document in documents:
            found = tuple(
                Annotation("capitals", m.start(), m.end(), m.group(), annotator=self.name)
                for m in re.finditer(r"\b[A-Z]{2,}\b", document.text)
            )
            out.append(attrs.evolve(document, annotations=document.annotations + found))
        return out


class _AnnotatorPlugin:
    @newsbrief.hookimpl
    def register_annotators(self, register):
        register(_Shouting())


def test_hook_register_annotators(newsbrief_plugin, newsbrief_seed_documents) -> None:
    newsbrief_plugin(_AnnotatorPlugin())
    briefing = newsbrief.build_briefing(newsbrief_seed_documents, annotators=["capitals"])
    marked = [a for d in briefing.documents for a in d.annotations if a.kind == "capitals"]
    assert {a.text for a in marked} >= {"NATO"}
    for document in briefing.documents:
        for annotation in document.annotations:
            assert annotation.annotator == "capitals"
            assert document.text[annotation.start : annotation.end] == annotation.text


class _BinaryExporter:
    name = "bin"
    description = "Bytes that are not UTF-8."
    extensions = (".bin",)

    def export(self, briefing, options):
        return bytes([0xFF, 0x00, len(briefing.summary)])


class _BinaryPlugin:
    @newsbrief.hookimpl
    def register_exporters(self, register):
        register(_BinaryExporter())


def test_a_binary_exporter_is_written_unchanged(newsbrief_plugin, tmp_path) -> None:
    from newsbrief.cli import cli

    newsbrief_plugin(_BinaryPlugin())
    result = CliRunner().invoke(cli, ["build", str(SEEDS_DIR), "-f", "bin", "--sentences", "3"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == bytes([0xFF, 0x00, 3])
    out = tmp_path / "briefing.bin"
    result = CliRunner().invoke(cli, ["build", str(SEEDS_DIR), "-o", str(out), "--sentences", "2"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == bytes([0xFF, 0x00, 2])


# -- the tutorial, followed in order: install the plugin (step 4), then test it (step 5) ---------

TUTORIAL = ROOT / "docs" / "plugins" / "tutorial.md"

COMMAND_TESTS = """
import click
import newsbrief
from click.testing import CliRunner
from newsbrief.cli import cli


class Commands:
    @newsbrief.hookimpl
    def register_commands(self, cli):
        @cli.command()
        def greet():
            "Say hello."
            click.echo("hello")


def test_a_uses_the_command(newsbrief_plugin):
    newsbrief_plugin(Commands())
    result = CliRunner().invoke(cli, ["greet"])
    assert result.exit_code == 0 and result.output == "hello\\n"


def test_b_the_command_is_gone():
    assert "greet" not in CliRunner().invoke(cli, ["--help"]).output
    assert CliRunner().invoke(cli, ["greet"]).exit_code == 2
"""


def _tutorial_files() -> dict[str, str]:
    text = TUTORIAL.read_text(encoding="utf-8")
    files = {}
    for block in re.findall(r"```(?:python|toml)\n(.*?)```", text, flags=re.S):
        first, _, rest = block.partition("\n")
        found = re.fullmatch(r"# newsbrief-slack/(\S+)", first)
        if found:
            files[found.group(1)] = rest
    return files


@pytest.mark.slow
def test_the_tutorial_followed_in_order_passes(tmp_path: Path) -> None:
    project = tmp_path / "newsbrief-slack"
    for relative, content in _tutorial_files().items():
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_text(content, encoding="utf-8")
    (project / "README.md").write_text("# newsbrief-slack\n", encoding="utf-8")
    (project / "tests" / "test_commands.py").write_text(COMMAND_TESTS, encoding="utf-8")
    target = tmp_path / "site"
    # Step 4: install it (offline: the build backend and newsbrief are in this environment).
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*pip, "--target", str(target), str(project)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("NEWSBRIEF_LOAD_PLUGINS", None)
    listed = subprocess.run(
        [sys.executable, "-m", "newsbrief", "plugins"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=project,
    )
    assert "slack" in {plugin["name"] for plugin in json.loads(listed.stdout)}
    # Step 5: its tests, with the fixtures, while the installed plugin is loaded; the command
    # tests in both orders.
    pytest_run = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"]
    for order in (["a", "b"], ["b", "a"]):
        ids = [f"tests/test_commands.py::test_{x}_{_COMMAND_TESTS[x]}" for x in order]
        result = subprocess.run(
            [*pytest_run, "tests/test_slack.py", *ids],
            capture_output=True,
            text=True,
            env=env,
            cwd=project,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "5 passed" in result.stdout, result.stdout
        assert "already registered" not in result.stdout


_COMMAND_TESTS = {"a": "uses_the_command", "b": "the_command_is_gone"}
