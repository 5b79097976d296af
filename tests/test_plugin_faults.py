"""Plugin faults through the command line: one line naming the plugin, no traceback, a non-zero
exit, and every other input (and component) still used.

Inline plugins are registered with a fresh host for each test; faults at import time go through
fake installed distributions whose entry points the host discovers.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner, Result

import newsbrief
from newsbrief.cli import cli
from newsbrief.model.annotations import Annotation
from newsbrief.plugins import PluginHost, reset_host

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def host(monkeypatch: pytest.MonkeyPatch) -> Iterator[PluginHost]:
    """A process-wide host with the built-ins only (installed plugins ignored) for one test."""
    monkeypatch.delenv("NEWSBRIEF_STRICT_PLUGINS", raising=False)
    fresh = PluginHost(entry_points=lambda: [])
    previous = reset_host(fresh)
    try:
        yield fresh
    finally:
        reset_host(previous)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def fault_lines(result: Result, needle: str) -> list[str]:
    """The stderr lines mentioning ``needle``; asserts there is no traceback at all."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return [line for line in result.stderr.splitlines() if needle in line]


def one_plugin(hook: str, component: object) -> object:
    """A plugin object registering ``component`` through ``hook``."""

    class Plugin:
        pass

    def implementation(self: object, register) -> None:  # type: ignore[no-untyped-def]
        register(component)

    implementation.__name__ = hook
    setattr(Plugin, hook, newsbrief.hookimpl(implementation))
    return Plugin()


# -- parsers ---------------------------------------------------------------------------------


class ExplodingParser:
    name = "exploding"
    description = "Claims .boom files and raises on them."
    extensions = (".boom",)

    def sniff(self, raw):
        return 1.0

    def parse(self, raw):
        yield newsbrief.Document.from_text("A first article.", id=raw.doc_id)
        raise RuntimeError("the parser broke halfway")


def test_a_raising_parser_costs_its_input_only(host: PluginHost, tmp_path: Path) -> None:
    host.register(one_plugin("register_parsers", ExplodingParser()), name="nb_exploding")
    bad = tmp_path / "wire.boom"
    bad.write_text("anything", encoding="utf-8")
    result = run("build", *map(str, SEEDS), str(bad), "-f", "json", "--sentences", "3")
    assert result.exit_code == 1
    [line] = fault_lines(result, "newsbrief: skipped")
    assert str(bad) in line
    assert "parser 'exploding' (plugin nb_exploding)" in line
    assert "parse() raised RuntimeError: the parser broke halfway" in line
    briefing = json.loads(result.stdout)
    assert len(briefing["documents"]) == len(SEEDS)  # every other input used
    strict = run("build", *map(str, SEEDS), str(bad), "--strict")
    assert strict.exit_code == 1
    assert fault_lines(strict, "parser 'exploding'")


class ExitingSniffer:
    name = "exiting"
    description = "Claims .txt and exits while sniffing."
    extensions = (".txt",)

    def sniff(self, raw):
        sys.exit(3)

    def parse(self, raw):
        return []


def test_a_sniff_that_exits_is_passed_over_and_reported(host: PluginHost) -> None:
    host.register(one_plugin("register_parsers", ExitingSniffer()), name="nb_exiting")
    result = run("build", *map(str, SEEDS[:2]), "-f", "json")
    assert result.exit_code == 1
    lines = [x for x in fault_lines(result, "sniff() raised SystemExit: 3") if "skipped" in x]
    assert len(lines) == 2 and all("parser 'exiting' (plugin nb_exiting)" in x for x in lines)
    # The built-in text parser read both anyway.
    assert len(json.loads(result.stdout)["documents"]) == 2


class CrookedParser:
    name = "crooked"
    description = "Documents with spans out of order."
    extensions = (".crooked",)

    def sniff(self, raw):
        return 1.0

    def parse(self, raw):
        text = raw.data.decode()
        sections = [newsbrief.Section(5, len(text)), newsbrief.Section(0, 10)]
        yield newsbrief.Document.from_text(text, id=raw.doc_id, sections=sections)


def test_a_parser_breaking_the_contract_costs_its_input(host: PluginHost, tmp_path: Path) -> None:
    host.register(one_plugin("register_parsers", CrookedParser()), name="nb_crooked")
    bad = tmp_path / "x.crooked"
    bad.write_text("Some article text that is long enough.", encoding="utf-8")
    result = run("build", str(SEEDS[0]), str(bad), "-f", "json")
    assert result.exit_code == 1
    [line] = fault_lines(result, "newsbrief: skipped")
    assert "parser 'crooked' (plugin nb_crooked) parse() broke the contract" in line
    assert "section 0-10" in line
    assert len(json.loads(result.stdout)["documents"]) == 1


# -- summarizers -----------------------------------------------------------------------------


class RaisingSummarizer:
    name = "raising"
    description = "Raises."
    multi_document = True

    def summarize(self, request):
        raise ZeroDivisionError("division by zero\nsecond line of the message")


def test_a_raising_summarizer_is_one_line(host: PluginHost) -> None:
    host.register(one_plugin("register_summarizers", RaisingSummarizer()), name="nb_raising")
    result = run("build", *map(str, SEEDS), "--summarizer", "raising")
    assert result.exit_code == 1
    [line] = fault_lines(result, "Error:")
    assert "summarizer 'raising' (plugin nb_raising) on 5 document(s)" in line
    assert "summarize() raised ZeroDivisionError: division by zero" in line
    assert "second line" not in result.stderr


def _items(request):
    return [
        newsbrief.SummaryItem(sentence, 1.0)
        for document in request.documents
        for sentence in document.sentences
    ]


def _not_verbatim(request):
    first = _items(request)[0]
    sentence = attrs.evolve(first.sentence, text=first.sentence.text.upper())
    return [attrs.evolve(first, sentence=sentence)]


BROKEN_SUMMARIES = {
    "not-verbatim": (_not_verbatim, "item 1 is not verbatim"),
    "too-many": (lambda request: _items(request)[:20], "20 items for a budget of 3 sentence(s)"),
    "out-of-order": (lambda request: _items(request)[:3][::-1], "not in reading order"),
    "duplicates": (lambda request: _items(request)[:1] * 2, "item 2 repeats"),
    "foreign": (
        lambda request: [
            attrs.evolve(
                _items(request)[0],
                sentence=attrs.evolve(_items(request)[0].sentence, doc_id="elsewhere"),
            )
        ],
        "cites document 'elsewhere', which is not in the request",
    ),
    "nan-score": (
        lambda request: [attrs.evolve(_items(request)[0], score=float("nan"))],
        "score nan",
    ),
    "not-items": (lambda request: ["a sentence"], "item 1 is a str, not a SummaryItem"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_SUMMARIES))
def test_a_summary_breaking_the_contract_is_never_exported(host: PluginHost, case: str) -> None:
    produce, expected = BROKEN_SUMMARIES[case]

    class Broken:
        name = "broken"
        description = "Breaks the contract."
        multi_document = True

        def summarize(self, request):
            return produce(request)

    host.register(one_plugin("register_summarizers", Broken()), name="nb_broken")
    for strict in ((), ("--strict",)):
        result = run(
            "build",
            *map(str, SEEDS),
            "--summarizer",
            "broken",
            "--sentences",
            "3",
            "-f",
            "json",
            *strict,
        )
        assert result.exit_code == 1
        assert result.stdout == ""  # nothing exported
        [line] = fault_lines(result, "Error:")
        assert "summarizer 'broken' (plugin nb_broken)" in line, line
        assert "summarize() broke the contract" in line
        assert expected in line, line


# -- annotators ------------------------------------------------------------------------------


class RaisingAnnotator:
    name = "raising-annotator"
    description = "Raises."
    requires = ()

    def annotate(self, documents):
        raise KeyError("missing")


class NeedsRaising:
    name = "needs-raising"
    description = "Requires the raising one."
    requires = ("raising-annotator",)

    def annotate(self, documents):
        return documents


class NotVerbatim:
    name = "not-verbatim"
    description = "Annotations that are not the text they point at."
    requires = ()

    def annotate(self, documents):
        return [
            attrs.evolve(d, annotations=(*d.annotations, Annotation("x", 0, 3, "zzz", "nv")))
            for d in documents
        ]


class AnnotatorsPlugin:
    @newsbrief.hookimpl
    def register_annotators(self, register):
        register(RaisingAnnotator())
        register(NeedsRaising())
        register(NotVerbatim())


def test_failing_annotators_are_left_out_and_the_briefing_built(host: PluginHost) -> None:
    host.register(AnnotatorsPlugin(), name="nb_annotators")
    result = run("build", *map(str, SEEDS), "-f", "json")
    assert result.exit_code == 1
    raised = fault_lines(result, "newsbrief: skipped annotator 'raising-annotator'")
    assert len(raised) == 1 and "annotate() raised KeyError: 'missing'" in raised[0]
    assert "(plugin nb_annotators)" in raised[0]
    [blocked] = fault_lines(result, "newsbrief: skipped annotator 'needs-raising'")
    assert "requires annotator 'raising-annotator', which failed" in blocked
    [crooked] = fault_lines(result, "newsbrief: skipped annotator 'not-verbatim'")
    assert "broke the contract" in crooked and "'zzz'" in crooked
    briefing = json.loads(result.stdout)
    kinds = {a["kind"] for d in briefing["documents"] for a in d.get("annotations", [])}
    assert "x" not in kinds and {"date", "entity"} <= kinds  # the built-ins still ran
    notes = " ".join(note["message"] for note in briefing["notes"])
    assert "annotator 'raising-annotator'" in notes
    strict = run("build", *map(str, SEEDS), "--strict")
    assert strict.exit_code == 1 and strict.stdout == ""
    assert fault_lines(strict, "Error: annotator ")


def test_an_annotator_fault_raises_through_the_python_api_when_nobody_collects(
    host: PluginHost,
) -> None:
    host.register(AnnotatorsPlugin(), name="nb_annotators")
    documents = newsbrief.load(str(SEEDS[0])).documents
    from newsbrief.annotate import annotate

    with pytest.raises(newsbrief.PluginError, match="raising-annotator"):
        annotate(documents, ["raising-annotator"])
    briefing = newsbrief.build_briefing(documents, annotators=["raising-annotator", "dates"])
    assert any("raising-annotator" in note.message for note in briefing.notes)


# -- exporters -------------------------------------------------------------------------------


class NoneExporter:
    name = "none"
    description = "Returns None."
    extensions = (".none",)

    def export(self, briefing, options):
        return None


class ExitingExporter:
    name = "exiting"
    description = "Exits."
    extensions = (".exit",)

    def export(self, briefing, options):
        raise SystemExit("bye")


@pytest.mark.parametrize(
    ("exporter", "expected"),
    [
        (NoneExporter(), "export() broke the contract: returned a NoneType, not str or bytes"),
        (ExitingExporter(), "export() raised SystemExit: bye"),
    ],
)
def test_a_failing_exporter_is_one_line(
    host: PluginHost, tmp_path: Path, exporter: object, expected: str
) -> None:
    host.register(one_plugin("register_exporters", exporter), name="nb_exporter")
    result = run("build", *map(str, SEEDS), "-f", exporter.name)  # type: ignore[attr-defined]
    assert result.exit_code == 1
    [line] = fault_lines(result, "Error:")
    assert "(plugin nb_exporter)" in line and expected in line


# -- registration ----------------------------------------------------------------------------


class Incomplete:
    name = "incomplete"
    description = "No summarize, and multi_document is not a bool."
    multi_document = "yes"


class Markdown:
    name = "markdown"
    description = "Reuses a built-in's name."
    extensions = (".md",)

    def export(self, briefing, options):
        return "not the built-in"


def test_clashes_and_incomplete_components_disable_only_themselves(host: PluginHost) -> None:
    host.register(one_plugin("register_summarizers", Incomplete()), name="nb_incomplete")
    host.register(one_plugin("register_exporters", Markdown()), name="nb_markdown")
    result = run("build", *map(str, SEEDS), "--sentences", "2")
    assert result.exit_code == 0
    assert result.stdout.startswith("#")  # the built-in markdown exporter
    [incomplete] = fault_lines(result, "summarizer 'incomplete'")
    assert "it has no summarize" in incomplete and "multi_document is 'yes'" in incomplete
    [clash] = fault_lines(result, "exporter 'markdown'")
    assert "nb_markdown" in clash and "built-in" in clash
    errors = json.loads(run("plugins", "--errors").stdout)
    assert {e["plugin"] for e in errors} == {"nb_incomplete", "nb_markdown"}


def test_two_plugins_one_name(host: PluginHost) -> None:
    class Shout(Markdown):
        name = "shout"

    host.register(one_plugin("register_exporters", Shout()), name="nb_one")
    host.register(one_plugin("register_exporters", Shout()), name="nb_two")
    result = run("build", *map(str, SEEDS), "-f", "shout")
    assert result.exit_code == 1
    [line] = fault_lines(result, "Error:")
    assert "no exporter named 'shout' is used" in line and "nb_one" in line and "nb_two" in line
    [error] = json.loads(run("plugins", "--errors").stdout)
    assert "nb_one" in error["error"] and "nb_two" in error["error"]


def test_a_wrong_hook_argument_is_named(host: PluginHost) -> None:
    class WrongArgument:
        @newsbrief.hookimpl
        def register_exporters(self, registr):
            pass

    with pytest.raises(newsbrief.PluginError) as raised:
        host.register(WrongArgument(), name="nb_wrong")
    message = str(raised.value)
    assert "\n" not in message and "registr" in message and "nb_wrong" in message


# -- import time and commands, through installed distributions ----------------------------------

SYSEXIT_AT_IMPORT = """
import sys
sys.exit("this plugin refuses to load")
"""

RAISING_HOOKS = """
import newsbrief

@newsbrief.hookimpl
def register_commands(cli):
    @cli.command()
    def half():
        "Added before the hook raised: must not stay."
    raise RuntimeError("commands broke")

@newsbrief.hookimpl
def register_exporters(register):
    raise SystemExit(2)
"""

RAISING_COMMAND = """
import newsbrief

@newsbrief.hookimpl
def register_commands(cli):
    @cli.command()
    def crash():
        "Raises when run."
        return 1 / 0
"""

WRONG_ARGUMENT = """
import newsbrief

@newsbrief.hookimpl
def register_parsers(registr):
    pass
"""


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PluginHost]:
    """A host discovering four broken distributions and a good one (through entry points)."""
    monkeypatch.delenv("NEWSBRIEF_STRICT_PLUGINS", raising=False)
    site = tmp_path / "site"
    site.mkdir()
    for dist, module, source in [
        ("newsbrief-exits", "nb_fault_exits", SYSEXIT_AT_IMPORT),
        ("newsbrief-hooks", "nb_fault_hooks", RAISING_HOOKS),
        ("newsbrief-crash", "nb_fault_crash", RAISING_COMMAND),
        ("newsbrief-wrong", "nb_fault_wrong", WRONG_ARGUMENT),
    ]:
        (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = site / f"{dist.replace('-', '_')}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
        (info / "entry_points.txt").write_text(f"[newsbrief]\n{module} = {module}\n")
    monkeypatch.syspath_prepend(str(site))
    host = PluginHost(
        entry_points=lambda: [
            ep
            for dist in importlib.metadata.distributions(path=[str(site)])
            for ep in dist.entry_points
            if ep.group == "newsbrief"
        ]
    )
    previous = reset_host(host)
    try:
        yield host
    finally:
        reset_host(previous)
        for name in [name for name in sys.modules if name.startswith("nb_fault_")]:
            del sys.modules[name]


def test_broken_distributions_leave_every_command_working(installed: PluginHost) -> None:
    help_result = run("--help")
    assert help_result.exit_code == 0, help_result.output
    fault_lines(help_result, "")
    assert "crash" in help_result.stdout and "half" not in help_result.stdout
    listed = run("list")
    assert listed.exit_code == 0 and "markdown" in listed.stdout
    errors = {e["plugin"]: e for e in json.loads(run("plugins", "--errors").stdout)}
    assert errors["nb_fault_exits"]["distribution"] == "newsbrief-exits 0.1"
    assert "SystemExit: this plugin refuses to load" in errors["nb_fault_exits"]["error"]
    assert "register_exporters raised SystemExit: 2" in errors["nb_fault_hooks"]["error"]
    assert "registr" in errors["nb_fault_wrong"]["error"]  # the argument at fault, named
    for error in errors.values():
        assert "\n" not in error["error"]
    built = run("build", *map(str, SEEDS), "--sentences", "2")
    assert built.exit_code == 0 and built.stdout.startswith("#")


def test_a_raising_register_commands_is_reported(installed: PluginHost) -> None:
    result = run("--help")
    [line] = fault_lines(result, "nb_fault_hooks")
    assert "register_commands raised RuntimeError: commands broke" in line


def test_a_raising_plugin_command_is_one_line(installed: PluginHost) -> None:
    result = run("crash")
    assert result.exit_code == 1
    [line] = [x for x in fault_lines(result, "Error:") if x.startswith("Error:")]
    assert "command 'crash' (plugin nb_fault_crash, newsbrief-crash 0.1)" in line
    assert "ZeroDivisionError" in line


def test_tracing_covers_hooks_and_component_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_TRACE_PLUGINS", "1")
    previous = reset_host(PluginHost(entry_points=lambda: []))
    try:
        listed = run("list")
        assert "newsbrief: trace: register_parsers(register) in plugin" in listed.stderr
        assert "-> registered" in listed.stderr
        built = run("build", str(SEEDS[0]), "--sentences", "2")
        assert built.exit_code == 0
        trace = built.stderr
        assert ".sniff(" in trace and ".parse(" in trace
        assert "summarizer 'newsbrief'" in trace and ".summarize(1 document(s)) ->" in trace
        assert "annotator 'dates'" in trace and "exporter 'markdown'" in trace
    finally:
        reset_host(previous)
