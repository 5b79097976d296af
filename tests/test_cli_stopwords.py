"""``--stopwords [LANG:]FILE``: read once, checked before any input, in force for one run only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.cli import cli
from newsbrief.nlp.analysis import analysis_of
from newsbrief.nlp.stopwords import (
    MAX_STOPWORDS_BYTES,
    extra_stopwords,
    read_stopwords,
    read_stopwords_spec,
    using_stopwords,
)
from newsbrief.pipeline import Settings


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def words(tmp_path: Path) -> Path:
    path = tmp_path / "stop.txt"
    path.write_text("# topic words every article shares\nNATO\n\n  Ukraine \nrussia\n", "utf-8")
    return path


def _summary(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [item["text"] for item in json.loads(result.stdout)["summary"]]


def test_stop_words_change_the_summary_deterministically(seeds_dir: Path, words: Path) -> None:
    plain = _summary(invoke("build", str(seeds_dir), "-f", "json"))
    first = invoke("build", str(seeds_dir), "-f", "json", "--stopwords", str(words))
    again = invoke("build", str(seeds_dir), "-f", "json", "--stopwords", str(words))
    assert _summary(first) != plain
    assert first.stdout == again.stdout
    assert json.loads(first.stdout)["settings"]["stopwords"] == {"*": 3}
    # The run's words end with it: the next run in this process is the plain one again.
    assert _summary(invoke("build", str(seeds_dir), "-f", "json")) == plain


def test_a_language_prefix_applies_to_that_language_only(seeds_dir: Path, words: Path) -> None:
    plain = _summary(invoke("build", str(seeds_dir), "-f", "json"))
    ukrainian = invoke("build", str(seeds_dir), "-f", "json", "--stopwords", f"uk:{words}")
    english = invoke("build", str(seeds_dir), "-f", "json", "--stopwords", f"en:{words}")
    assert _summary(ukrainian) == plain  # the seeds are English
    assert _summary(english) != plain


def test_summarize_takes_them_too(seeds_dir: Path, words: Path) -> None:
    path = str(seeds_dir / "002_202fb73025d70099.txt")
    plain = invoke("summarize", path, "--sentences", "2")
    custom = invoke("summarize", path, "--sentences", "2", "--stopwords", str(words))
    assert plain.exit_code == custom.exit_code == 0
    assert plain.stdout != custom.stdout


def test_bad_files_are_one_line_usage_errors(seeds_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a\n" * (MAX_STOPWORDS_BYTES // 2 + 1))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9\n".encode("latin-1"))
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"a\0b")
    cases = {
        str(tmp_path / "missing.txt"): "no such file or directory",
        str(big): f"more than {MAX_STOPWORDS_BYTES}",
        str(latin): "not UTF-8",
        str(binary): "binary data",
        str(tmp_path): "is a folder",
        f"xx:{latin}": "'xx' is not a language code",
    }
    for spec, message in cases.items():
        result = invoke("build", str(seeds_dir), "--stopwords", spec)
        assert result.exit_code == 2, spec
        assert message in result.output and "Traceback" not in result.output
        assert (
            result.output.strip()
            .splitlines()[-1]
            .startswith("Error: Invalid value for --stopwords")
        )


def test_file_format(tmp_path: Path) -> None:
    path = tmp_path / "a:b.txt"  # a colon in the name of a file that exists: still the file
    path.write_text("\ufeffThe\n#not\n It’s \n\nÉTÉ\n", "utf-8")
    assert read_stopwords_spec(str(path)) == ("*", frozenset({"the", "it's", "été"}))
    assert read_stopwords(str(path)) == frozenset({"the", "it's", "été"})
    assert read_stopwords_spec(f"uk-UA:{path}")[0] == "uk"


def test_scoped_to_the_block_and_keyed_in_the_analysis_cache(seeds_dir: Path) -> None:
    document = newsbrief.load(str(seeds_dir / "004_2c1dc2b1a7e2b655.txt")).documents[0]
    plain = analysis_of(document)
    with using_stopwords({"en": ["nato"], "*": ["kyiv"]}):
        assert extra_stopwords("en") == {"nato", "kyiv"}
        assert extra_stopwords("uk") == {"kyiv"}
        custom = analysis_of(document)
    assert extra_stopwords("en") == frozenset()
    assert analysis_of(document) is plain  # the plain analysis was not replaced
    nato = [i for i, norm in enumerate(custom.norms) if norm == "nato"]
    assert nato and all(custom.stops[i] and not plain.stops[i] for i in nato)


@given(st.dictionaries(st.sampled_from(["*", "en", "uk"]), st.lists(st.text(max_size=5))))
def test_settings_hold_them_folded_and_frozen(table: dict[str, list[str]]) -> None:
    settings = Settings(stopwords=table)
    for key, words in table.items():
        folded = {w.strip().lower().replace("’", "'") for w in words} - {""}
        assert settings.stopwords[key] == folded
    assert settings == Settings(stopwords=table)  # equal settings, equal runs


_FERRY = (
    "The harbour ferry strike closed the harbour ferry terminal. "
    "Harbour ferry workers marched past the ferry terminal. "
)
_BODIES = {
    "bakers": _FERRY + "Bakers sold bread at the market on Monday.",
    "chapel": _FERRY + "Painters restored the chapel roof with copper.",
    "comet": "Astronomers watched a comet above the desert observatory all night.",
}


def test_per_story_groups_with_them_in_every_runner(tmp_path: Path) -> None:
    # Two articles alike only in words listed as stop words are two stories, not one.
    for name, body in _BODIES.items():
        (tmp_path / f"{name}.txt").write_text(body, "utf-8")
    stop = tmp_path / "stop.list"
    stop.write_text("harbour\nferry\nstrike\nterminal\nworkers\nmarched\nclosed\npast\n", "utf-8")
    corpus = newsbrief.load(*(str(tmp_path / f"{name}.txt") for name in _BODIES))
    table = {"*": read_stopwords(str(stop))}

    def stories(**changes: object) -> list[tuple[str, ...]]:
        briefings = newsbrief.build_story_briefings(corpus, annotators=(), **changes)
        return [briefing.stories[0].documents for briefing in briefings]

    assert stories() == [("bakers", "chapel"), ("comet",)]
    split = [("bakers",), ("chapel",), ("comet",)]
    assert stories(stopwords=table) == stories(stopwords=table, partition_size=1) == split
    # As one briefing groups them, with the same words.
    one = newsbrief.build_briefing(corpus, annotators=(), stopwords=table)
    assert [story.documents for story in one.stories] == split
    args = ["build", *(str(tmp_path / f"{n}.txt") for n in _BODIES), "--per-story", "-q"]
    args += ["--stopwords", str(stop)]
    # With -j 2 the features are extracted in a worker process: the words must reach it.
    serial, pooled = invoke(*args, "-j", "1"), invoke(*args, "-j", "2")
    assert serial.exit_code == 0, serial.output
    lines = [json.loads(line) for line in serial.stdout.splitlines()]
    assert [[d["id"] for d in line["documents"]] for line in lines] == [list(s) for s in split]
    assert pooled.exit_code == 0, pooled.output
    assert pooled.stdout == serial.stdout
