"""Output written as the run makes it (issue 18): ``run(..., out=)`` and ``newsbrief build``.

The ``json`` export goes to the output a document at a time and ``--per-story`` lines as each
story is made, so neither is ever held whole; the bytes are those of the run without ``out``.
A file is still only ever seen whole, and a failed run leaves it as it was.
"""

from __future__ import annotations

import gc
import io
import subprocess
import sys
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsbrief
from newsbrief import pipeline
from newsbrief.cli import cli
from newsbrief.model import Document
from newsbrief.pipeline.memory import release_free_memory
from newsbrief.pipeline.runners import InProcess
from newsbrief.pipeline.settings import Settings
from newsbrief.pipeline.stories import StoryTask

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_run_writes_to_out_the_bytes_it_would_return() -> None:
    settings = Settings(exporter="json")
    whole = pipeline.run(settings, [str(SEEDS)])
    out = io.BytesIO()
    streamed = pipeline.run(settings, [str(SEEDS)], out=out)
    assert streamed.streamed and streamed.output == "" and streamed.briefing is not None
    assert not whole.streamed
    assert isinstance(whole.output, str)
    assert out.getvalue() == whole.output.encode("utf-8")


def test_cli_writes_the_same_json_to_a_file_and_to_stdout(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    runner = CliRunner()
    to_file = runner.invoke(cli, ["build", str(SEEDS), "-f", "json", "-q", "-o", str(target)])
    to_stdout = runner.invoke(cli, ["build", str(SEEDS), "-f", "json", "-q"])
    assert to_file.exit_code == to_stdout.exit_code == 0, to_file.output
    expected = pipeline.run(Settings(exporter="json"), [str(SEEDS)]).output
    assert isinstance(expected, str)
    assert target.read_bytes() == to_stdout.stdout_bytes == expected.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_a_failed_run_leaves_the_output_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("before\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(empty), "-f", "json", "-o", str(target)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "before\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "out.json"]


def test_an_unwritable_output_fails_in_one_line(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.json"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-f", "json", "-o", str(target)])
    assert result.exit_code == 1
    assert "cannot write" in result.output and "no such folder" in result.output
    assert len(result.output.strip().splitlines()) == 1


class _Watched:
    """An in-process runner that records each story result as it hands it on."""

    def __init__(self) -> None:
        self.given: list[Any] = []
        self._runner = InProcess()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._runner, name)

    def story_results(
        self, documents: Sequence[Document], settings: Settings, task: StoryTask
    ) -> Iterator[Any]:
        for result in self._runner.story_results(documents, settings, task):
            self.given.append(result)
            yield result


class _Counting(io.BytesIO):
    """A binary stream that notes, at each write, how many results ``runner`` had given."""

    def __init__(self, runner: _Watched) -> None:
        super().__init__()
        self.runner = runner
        self.seen: list[int] = []

    def write(self, data: Any) -> int:
        self.seen.append(len(self.runner.given))
        return super().write(data)


def test_per_story_lines_are_written_as_each_story_is_made(synthetic_feed, tmp_path: Path) -> None:
    feed = str(synthetic_feed(tmp_path / "feed.jsonl", 40, seed=5))
    settings = Settings(per_story=True, batch_documents=1)
    whole = pipeline.run(settings, [feed], runner=InProcess())
    runner = _Watched()
    out = _Counting(runner)
    streamed = pipeline.run(settings, [feed], runner=runner, out=out)  # type: ignore[arg-type]
    assert streamed.streamed
    assert isinstance(whole.output, str)
    assert out.getvalue() == whole.output.encode("utf-8")
    stories = len(whole.output.splitlines())
    assert stories > 3
    # Story k is written when k stories have been made, not once all of them are.
    assert out.seen == list(range(1, stories + 1))


def test_analyses_are_released_before_the_export(
    synthetic_feed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the briefing is composed, no analysis of the run is held (but the few the
    analysis memory keeps for code outside a run): the export never holds them."""
    import newsbrief.nlp.analysis as analysis
    import newsbrief.pipeline.brief as brief

    monkeypatch.setattr(analysis, "CACHE_SIZE", 2)
    made: list[weakref.ref[Any]] = []
    original = brief.analyse

    def recording(documents: Any, given: Any = None) -> Any:
        plain, analyses = original(documents, given)
        made.extend(weakref.ref(item) for item in analyses.values())
        return plain, analyses

    monkeypatch.setattr(brief, "analyse", recording)

    class Probe(io.BytesIO):
        alive: int | None = None

        def write(self, data: Any) -> int:
            if self.alive is None:
                gc.collect()
                self.alive = sum(ref() is not None for ref in made)
            return super().write(data)

    feed = str(synthetic_feed(tmp_path / "feed.jsonl", 12, seed=7))
    out = Probe()
    pipeline.run(Settings(exporter="json"), [feed], out=out)
    assert len(made) == 12
    assert out.alive is not None and out.alive <= 2


def test_analyses_are_released_before_the_views(
    synthetic_feed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What composing reads of the analyses (the repeats, the timeline's term counts) is
    counted first: no analysis of the run is held while the views are built."""
    import newsbrief.nlp.analysis as analysis
    import newsbrief.pipeline.brief as brief
    import newsbrief.pipeline.compose as compose

    monkeypatch.setattr(analysis, "CACHE_SIZE", 2)
    made: list[weakref.ref[Any]] = []
    alive: list[int] = []
    original, views = brief.analyse, compose.briefing_views

    def recording(documents: Any, given: Any = None) -> Any:
        plain, analyses = original(documents, given)
        made.extend(weakref.ref(item) for item in analyses.values())
        return plain, analyses

    def probing(*args: Any, **kwargs: Any) -> Any:
        gc.collect()
        alive.append(sum(ref() is not None for ref in made))
        return views(*args, **kwargs)

    monkeypatch.setattr(brief, "analyse", recording)
    monkeypatch.setattr(compose, "briefing_views", probing)
    feed = synthetic_feed(tmp_path / "feed.jsonl", 12, seed=7)
    briefing = pipeline.build_briefing(newsbrief.load(str(feed)))
    assert briefing.timeline and len(made) == 12
    assert len(alive) == 1 and alive[0] <= 2


def test_release_free_memory_is_safe_to_call() -> None:
    # glibc gives its free pages back; elsewhere nothing is done (and nothing fails).
    assert release_free_memory() in (True, False)
    assert release_free_memory() == release_free_memory()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("options", [["-f", "json"], ["--per-story"]])
def test_a_full_standard_output_is_one_line_not_a_traceback(
    options: list[str], tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "NATO air defence over Kyiv was strengthened on Monday, officials said.\n", "utf-8"
    )
    with open("/dev/full", "wb") as full:
        run = subprocess.run(
            [sys.executable, "-m", "newsbrief", "build", *options, str(article)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        "Error: cannot write standard output: no space left on device"
    ]
