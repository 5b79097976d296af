"""One options layer: ``-S``, ``-O`` and ``--parser`` options checked by each component's spec."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.cli import cli, listed_options
from newsbrief.options import Option, OptionError, OptionSpec, component_options, spec_of
from newsbrief.plugins import DEFAULT_PLUGINS, get_host
from newsbrief.summarizers.selection import select_items

ROOT = Path(__file__).resolve().parents[1]

SPEC = OptionSpec(
    Option("flag", bool, False, "A switch."),
    Option("count", int, 3, "A count.", minimum=1),
    Option("ratio", float, 0.5, "A fraction.", minimum=0.0, maximum=1.0),
    Option("name", str, None, "Any text."),
    Option("mode", str, "fast", "A choice.", choices=("fast", "exact"), aliases={"true": "exact"}),
    Option("words", list, (), "A comma list."),
    Option("parts", list, ("a", "b"), "A comma list of choices.", choices=("a", "b", "c")),
)


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def builtin_specs() -> list[tuple[str, str, OptionSpec]]:
    """(kind, name, spec) of every built-in component (all of them declare their options)."""
    out = []
    for kind in ("parser", "summarizer", "exporter"):
        for entry in get_host().registry(kind).entries():
            if entry.plugin in DEFAULT_PLUGINS:
                spec = listed_options(kind, entry.component)
                assert spec is not None, f"the built-in {kind} {entry.name} declares no options"
                out.append((kind, entry.name, spec))
    return out


@pytest.fixture(scope="module")
def seeds_briefing() -> newsbrief.Briefing:
    return newsbrief.build_briefing(newsbrief.load(str(ROOT / "seeds")))


# --- the spec ------------------------------------------------------------------------------------


def test_strings_and_typed_values_parse_to_the_same_typed_values() -> None:
    from_strings = SPEC.parse(
        {"flag": "Yes", "count": " 7 ", "ratio": "0.25", "mode": "EXACT", "words": "x, y,,z"}
    )
    typed = SPEC.parse(
        {"flag": True, "count": 7, "ratio": 0.25, "mode": "exact", "words": ["x", "y", "z"]}
    )
    assert from_strings == typed
    assert dict(typed) == {
        "flag": True,
        "count": 7,
        "ratio": 0.25,
        "name": None,
        "mode": "exact",
        "words": ("x", "y", "z"),
        "parts": ("a", "b"),
    }
    assert SPEC.parse({"words": {"z", "y"}})["words"] == ("y", "z")  # a set, in a stable order
    assert SPEC.parse({"mode": True})["mode"] == "exact"  # through the alias
    assert [SPEC.parse({"flag": w})["flag"] for w in ("off", "0", "no", "FALSE")] == [False] * 4


def test_only_given_keys_without_defaults_and_none_is_not_given() -> None:
    assert dict(SPEC.parse({"count": "2", "name": None}, defaults=False)) == {"count": 2}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"cuont": 1}, "thing: unknown option 'cuont' (did you mean 'count'?); known: count, "),
        ({"zzz": 1}, "thing: unknown option 'zzz'; known: count, flag, mode"),
        ({"flag": "maybe"}, "thing: option 'flag' takes true or false (bool), not 'maybe'"),
        ({"count": "0"}, "option 'count' takes an integer of at least 1 (int), not '0'"),
        ({"count": True}, "option 'count' takes an integer of at least 1 (int), not True"),
        ({"ratio": "nan"}, "option 'ratio' takes a number from 0 to 1 (float), not 'nan'"),
        ({"ratio": 2}, "option 'ratio' takes a number from 0 to 1 (float), not 2"),
        ({"mode": "slow"}, "option 'mode' takes one of fast, exact (choice), not 'slow'"),
        ({"parts": "a,d"}, "option 'parts' takes a comma list of a, b, c (list), not 'd'"),
        ({"words": 3}, "option 'words' takes a comma list (list), not 3"),
    ],
)
def test_bad_options_are_one_line_naming_option_type_and_value(options, message) -> None:
    with pytest.raises(OptionError) as caught:
        SPEC.parse(options, "thing")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, newsbrief.NewsbriefError) and isinstance(
        caught.value, ValueError
    )


def test_a_name_declared_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        OptionSpec(Option("a", int), Option("a", str))
    with pytest.raises(TypeError, match="option type"):
        Option("a", dict)


mappings = st.dictionaries(
    st.one_of(st.sampled_from(SPEC.names), st.text(max_size=12)), st.text(max_size=20), max_size=6
)


@settings(max_examples=300, deadline=None)
@given(mappings)
def test_parse_never_crashes_on_strings(options: dict[str, str]) -> None:
    try:
        parsed = SPEC.parse(options, "thing")
    except OptionError as error:
        assert "\n" not in str(error)
    else:
        assert set(parsed) == set(SPEC.names)
        assert SPEC.parse(parsed) == parsed  # parsing is idempotent: typed values stay


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_builtin_spec_parses_strings_or_refuses_them(data: st.DataObject) -> None:
    kind, name, spec = data.draw(st.sampled_from(builtin_specs()), label="component")
    if not len(spec):
        return
    keys = st.one_of(st.sampled_from(spec.names), st.text(max_size=10))
    options = data.draw(st.dictionaries(keys, st.text(max_size=12), max_size=4), label="options")
    try:
        parsed = spec.parse(options, f"{name} {kind}")
    except OptionError as error:
        assert str(error).startswith(f"{name} {kind}: ") and "\n" not in str(error)
    else:
        assert spec.parse(parsed) == parsed


# --- through the command line -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["-S", "redundncy=0.3"],
            "Error: newsbrief summarizer: unknown option 'redundncy' (did you mean 'redundancy'?)",
        ),
        (
            ["--summarizer", "random", "-S", "sede=1"],
            "Error: random summarizer: unknown option 'sede' (did you mean 'seed'?); known: seed",
        ),
        (
            ["-f", "text", "-O", "widht=60"],
            "Error: text exporter: unknown option 'widht' (did you mean 'width'?)",
        ),
        (
            ["--parser", "json:titel=headline"],
            "Error: --parser json:titel=headline: json parser: unknown option 'titel' "
            "(did you mean 'title'?)",
        ),
        (
            ["-S", "story_coverage=sometimes"],
            "Error: newsbrief summarizer: option 'story_coverage' takes one of proportional, "
            "all, off (choice), not 'sometimes'",
        ),
        (
            ["-f", "text", "-O", "width=5"],
            "Error: text exporter: option 'width' takes an integer of at least 20 (int), not '5'",
        ),
    ],
)
def test_cli_refuses_bad_options_in_one_line_before_reading(args, message, tmp_path) -> None:
    # The input does not exist: the options are refused before any input is read.
    result = invoke("build", str(tmp_path / "missing.txt"), *args)
    assert result.exit_code != 0
    assert result.output.startswith(message)
    assert len(result.output.strip().splitlines()) == 1


def test_cli_values_arrive_typed(seeds_dir: Path) -> None:
    result = invoke(
        "build", str(seeds_dir), "-f", "json", "-S", "redundancy=0.3", "-S", "story_coverage=yes"
    )
    assert result.exit_code == 0, result.output
    recorded = json.loads(result.stdout)["settings"]["options"]
    assert recorded == {"redundancy": 0.3, "story_coverage": "all"}
    same = newsbrief.build_briefing(
        newsbrief.load(str(seeds_dir)), options={"redundancy": 0.3, "story_coverage": True}
    )
    assert json.loads(newsbrief.export(same, "json")) == json.loads(result.stdout)


# --- through the Python API ---------------------------------------------------------------------


def test_python_api_checks_like_the_cli(seeds_briefing: newsbrief.Briefing) -> None:
    documents = seeds_briefing.documents
    with pytest.raises(OptionError, match=r"did you mean 'position_weight'\?"):
        newsbrief.build_briefing(documents, options={"position_wieght": 0.5})
    with pytest.raises(OptionError, match=r"^lexrank summarizer: unknown option 'redundancy'"):
        newsbrief.summarize(documents[0], "lexrank", options={"redundancy": 0.5})
    with pytest.raises(OptionError, match=r"^html exporter: unknown option 'tilte' \(did you"):
        newsbrief.export(seeds_briefing, "html", tilte="Week")
    assert newsbrief.export(seeds_briefing, "text", width="40") == newsbrief.export(
        seeds_briefing, "text", width=40
    )


def test_specs_are_reachable_through_the_guard() -> None:
    parser = newsbrief.get_parser("html")
    assert type(parser).__name__ == "GuardedParser"
    assert spec_of(parser) is spec_of(parser.component) is not None
    assert (
        spec_of(newsbrief.get_exporter("text"))
        is type(newsbrief.get_exporter("text").component).options
    )


class _Undeclared:
    """A summarizer and exporter written before option specs."""

    name = "undeclared"
    description = "No option spec."
    multi_document = False
    extensions = (".undeclared",)
    seen: ClassVar[list[Any]] = []

    def summarize(self, request):
        self.seen.append(dict(request.options))
        sentences = [s for d in request.documents for s in d.sentences]
        return select_items(sentences, [1.0] * len(sentences), request.budget)

    def export(self, briefing, options):
        self.seen.append(dict(options))
        return "ok\n"


class _Plugin:
    @newsbrief.hookimpl
    def register_summarizers(self, register):
        register(_Undeclared())

    @newsbrief.hookimpl
    def register_exporters(self, register):
        register(_Undeclared())


def test_components_without_a_spec_get_options_unchanged(newsbrief_plugin, seeds_dir) -> None:
    newsbrief_plugin(_Plugin(), name="undeclared-options")
    _Undeclared.seen.clear()
    result = invoke(
        "build",
        str(seeds_dir),
        "--summarizer",
        "undeclared",
        "-f",
        "undeclared",
        "-S",
        "depth=3",
        "-S",
        "word=x",
        "-O",
        "depth=3",
    )
    assert result.exit_code == 0, result.output
    # As before specs: JSON literals for a summarizer, strings for an exporter.
    assert _Undeclared.seen == [{"depth": 3, "word": "x"}, {"depth": "3"}]
    assert component_options("exporter", _Undeclared(), {"x": 1}) == {"x": 1}
    listing = invoke("list", "--options").output
    assert "summarizer undeclared" in listing
    assert "(options not declared: passed to it unchecked)" in listing


# --- the listing and the docs -------------------------------------------------------------------


def test_list_options_shows_every_components_options() -> None:
    result = invoke("list", "--options")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    after = {line: lines[i + 1] for i, line in enumerate(lines[:-1])}
    for line in (
        "    redundancy (float, default 0.4): TF-IDF cosine with an already chosen sentence at "
        "which a candidate is skipped (lower: more diverse; 1: off).",
        "    story_coverage (choice: proportional|all|off, default proportional): Which stories "
        "are promised a sentence before the general selection: proportional (stories whose "
        "share of the articles is worth one), all (true) or off (false).",
        "    seed (int, default 0): Seed of the shuffle (as random.seed takes it).",
        "    width (int, default 80): Line width in characters (code points).",
        "    include_text (bool, default true): Include each document's original text (needed "
        "to rebuild the briefing).",
        "    fetch_linked (bool, default false): Read each entry's linked page (through the html "
        "parser) instead of the entry's text.",
    ):
        assert line in lines
    lead = next(line for line in lines if line.startswith("summarizer lead "))
    assert after[lead] == "    (no options)"
    text = next(line for line in lines if line.startswith("parser     text "))
    assert after[text].startswith("    language (str): ")
    # Without --options: one line per component, as before.
    plain = invoke("list").output.splitlines()
    assert plain and not any(line.startswith("    ") for line in plain)


def test_options_reference_is_generated_from_the_current_specs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "gen_options.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr + "\nRun: python docs/gen_options.py"
    page = (ROOT / "docs" / "options.md").read_text(encoding="utf-8")
    for _kind, name, spec in builtin_specs():
        assert f"### {name}" in page
        for option in spec:
            assert f"| `{option.name}` |" in page
