"""Where ``build_briefing`` spends its time, stage by stage, side by side with a baseline release.

    .venv/bin/python benchmarks/speed_analysis.py --baseline /tmp/newsbrief-baseline
    .venv/bin/python benchmarks/speed_analysis.py --baseline /tmp/newsbrief-baseline \\
        --corpus real --rounds 3                 # the seeds and the TAC 2011 sources
    .venv/bin/python benchmarks/speed_analysis.py --articles 200 --rounds 1   # this tree only
    .venv/bin/python benchmarks/speed_analysis.py --baseline /tmp/newsbrief-baseline \
        --also head=/tmp/newsbrief-head --corpus real   # the release, the last commit, this tree

The baseline is another checkout of newsbrief (``git worktree add /tmp/newsbrief-baseline
673403e`` makes one of the release before the shared analysis). Each round runs one fresh
process per side, alternating (baseline, current; then current, baseline; ...), so both sides
see the same machine load; each process imports its own tree's ``src`` (``PYTHONPATH``), loads
the same corpus, warms up on other articles (the seeds; for the real corpus, which holds the
seeds, 20 synthetic ones and 10 NTREX-128 English articles): imports, gazetteer tables, one-off
costs a long-running process pays once; then it segments the corpus and times one
``build_briefing`` with the garbage collector paused. Times are the process's CPU time
(``time.process_time``), so other work on a shared machine does not inflate one side; the median
of the rounds is reported.

Stages are timed by wrapping functions, whichever of them a tree has: the shared per-document
analysis (``newsbrief.nlp.analysis.analyse_documents``, absent from the baseline), story grouping
(``group_stories``; ``features`` is the part of it extracting each document's features), each
built-in annotator's ``annotate`` (its ``prepare`` included) and the summarizer. The target of
issue 12 compares ``annotation + stories`` (analysis, the three annotators and story grouping).

Each side runs with its own dependencies: a compiled module the current tree declares and
another library picks up when installed (PyStemmer, which snowballstemmer uses) is hidden from a
tree whose ``pyproject.toml`` does not declare it, as its users would not have it.

Corpora: ``synthetic`` (``benchmarks/synthetic_corpus.py``, ``--articles`` of them, ``--seed``)
or ``real`` (the five seeds and, when ``../shared`` holds it, the 100 TAC 2011 English sources).
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TAC_SOURCES = ROOT.parent / "shared" / "data" / "tac2011-multiling-en" / "SourceTexts"
#: English news for the warm-up of the real corpus (not timed).
NTREX_EN = ROOT.parent / "shared" / "data" / "ntrex128" / "en"
#: Issue 12's target: annotation and story grouping this many times faster than the baseline.
TARGET = 3.0
#: Stages in report order; ``annotation + stories`` sums the first five.
STAGES = ("analysis", "entities", "dates", "quotes", "stories", "features", "summarizer")
ANNOTATION = ("analysis", "entities", "dates", "quotes", "stories")


# --- the worker: runs inside one tree's process -------------------------------------------------


def _timed(table: dict[str, float], stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            table[stage] = table.get(stage, 0.0) + time.process_time() - start

    return wrapper


def _instrument(table: dict[str, float]) -> None:
    """Wrap each stage's entry point this tree has (module attributes and class methods)."""
    import importlib

    def wrap(module_name: str, attribute: str, stage: str, owner: str | None = None) -> None:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            return
        target = getattr(module, owner) if owner else module
        if hasattr(target, attribute):
            setattr(target, attribute, _timed(table, stage, getattr(target, attribute)))

    wrap("newsbrief.nlp.analysis", "analyse_documents", "analysis")
    wrap("newsbrief.stories.grouping", "group_stories", "stories")
    wrap("newsbrief.stories.grouping", "extract_features", "features")
    wrap("newsbrief.stories.grouping", "story_features", "features")
    for module, cls, stage in (
        ("newsbrief.annotators.entities.annotator", "EntityAnnotator", "entities"),
        ("newsbrief.annotators.dates.annotator", "DateAnnotator", "dates"),
        ("newsbrief.annotators.quotes.annotator", "QuoteAnnotator", "quotes"),
        ("newsbrief.summarizers.multidoc.summarizer", "MultiDocSummarizer", "summarizer"),
    ):
        method = "summarize" if stage == "summarizer" else "annotate"
        wrap(module, method, stage, owner=cls)


def _load(corpus: str, articles: int, seed: int) -> list[Any]:
    import newsbrief

    if corpus == "real":
        specs = [str(ROOT / "seeds")]
        if TAC_SOURCES.is_dir():
            specs += sorted(str(p) for p in TAC_SOURCES.rglob("*") if p.is_file())
        return list(newsbrief.load(*specs).documents)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_corpus import write_jsonl

    with tempfile.TemporaryDirectory() as tmp:
        feed = write_jsonl(Path(tmp, "feed.jsonl"), articles, seed)
        return list(newsbrief.load(str(feed)).documents)


def worker(corpus: str, articles: int, seed: int) -> dict[str, Any]:
    """Stage CPU times (s) of one ``build_briefing`` of the corpus in this process."""
    import newsbrief
    from newsbrief.nlp.segmenter import segmented

    table: dict[str, float] = {}
    _instrument(table)
    documents = _load(corpus, articles, seed)
    # Warm-up on other documents than the timed ones (the real corpus holds the seeds, whose
    # analyses a tree would otherwise remember from the warm-up).
    if corpus == "real":
        # The synthetic articles hold no quotation: real English news (NTREX-128, when
        # ``../shared`` holds it) warms every annotator's one-off work, as a long-running
        # process would have done, whichever tree defers it to the first use.
        warm = _load("synthetic", 20, seed + 1)
        if NTREX_EN.is_dir():
            warm += newsbrief.load(*sorted(str(p) for p in NTREX_EN.glob("*.txt"))[:10]).documents
        newsbrief.build_briefing(warm)
    else:
        newsbrief.build_briefing(newsbrief.load(str(ROOT / "seeds")))
    start = time.process_time()
    documents = [segmented(d) for d in documents]
    segmentation = time.process_time() - start
    table.clear()
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        briefing = newsbrief.build_briefing(documents)
        total = time.process_time() - start
    finally:
        gc.enable()
    stages = {stage: table.get(stage, 0.0) for stage in STAGES}
    annotations: dict[str, int] = {}
    for document in briefing.documents:
        for annotation in document.annotations:
            kind = str(getattr(annotation.kind, "value", annotation.kind))
            annotations[kind] = annotations.get(kind, 0) + 1
    return {
        "blocked": [m for m in os.environ.get("SPEED_ANALYSIS_BLOCK", "").split(",") if m],
        "documents": len(documents),
        "stories": len(briefing.stories),
        # A stage that failed (an annotator left out) is fast for the wrong reason: the counts
        # and skipped notes show it.
        "annotations": dict(sorted(annotations.items())),
        "skipped": [note.message for note in briefing.notes if note.kind == "skipped"],
        "segmentation": segmentation,
        "total": total,
        "stages": stages,
        "summary": [
            [i.sentence.doc_id, i.sentence.start, i.sentence.end] for i in briefing.summary
        ],
    }


# --- the driver ----------------------------------------------------------------------------------


#: Optional compiled modules a library uses when they are installed; a tree whose
#: ``pyproject.toml`` does not declare the package runs without them (its users would not have
#: them), so the baseline is not sped up by the current tree's dependencies.
_ACCELERATORS = {"Stemmer": "pystemmer"}  # snowballstemmer runs PyStemmer's C stemmers


def _blocked(tree: Path) -> list[str]:
    """The accelerator modules ``tree`` does not declare."""
    try:
        declared = (tree / "pyproject.toml").read_text(encoding="utf-8").lower()
    except OSError:
        declared = ""
    return [module for module, package in _ACCELERATORS.items() if package not in declared]


def _run(tree: Path, args: argparse.Namespace) -> dict[str, Any]:
    environment = dict(
        os.environ,
        PYTHONPATH=str(tree / "src"),
        PYTHONHASHSEED="0",
        SPEED_ANALYSIS_BLOCK=",".join(_blocked(tree)),
    )
    command = [
        sys.executable,
        __file__,
        "--worker",
        "--corpus",
        args.corpus,
        "--articles",
        str(args.articles),
        "--seed",
        str(args.seed),
    ]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: the worker failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def _median(runs: list[dict[str, Any]], pick: Callable[[dict[str, Any]], float]) -> float:
    return statistics.median(pick(run) for run in runs)


def _stage_time(stage: str, run: dict[str, Any]) -> float:
    return float(run["stages"][stage])


def _annotation(run: dict[str, Any]) -> float:
    return sum(run["stages"][stage] for stage in ANNOTATION)


def _paired(base: list[dict[str, Any]], other: list[dict[str, Any]]) -> tuple[float, float, float]:
    """Median, lowest and highest of the per-round ratios of annotation + stories.

    Each round runs both sides back to back, so a round's ratio sees one machine load; on a
    noisy machine (the same tree varies by half from run to run) it is steadier than the ratio
    of the two medians.
    """
    ratios = [_annotation(b) / _annotation(o) for b, o in zip(base, other, strict=True)]
    return statistics.median(ratios), min(ratios), max(ratios)


def report(sides: dict[str, list[dict[str, Any]]], args: argparse.Namespace) -> str:
    """The Markdown table of the median timings of each side, and the ratios."""
    names = list(sides)
    first = sides[names[0]][0]
    # Ratios against the first side (the baseline), one column per other side.
    compared = names[1:] if "baseline" in sides else []
    lines = [
        f"Corpus: {args.corpus}"
        + (f" ({args.articles} articles, seed {args.seed})" if args.corpus == "synthetic" else "")
        + f", {first['documents']} documents; median of {args.rounds} round(s); "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs.",
        "",
        "| stage | "
        + " | ".join(f"{name} s" for name in names)
        + "".join(f" | baseline / {name}" for name in compared)
        + " |",
        "|---|" + "---:|" * (len(names) + len(compared)),
    ]
    rows: list[tuple[str, Callable[[dict[str, Any]], float]]] = [
        (stage, functools.partial(_stage_time, stage)) for stage in STAGES
    ]
    rows += [
        ("**annotation + stories**", _annotation),
        ("build_briefing (all)", lambda run: run["total"]),
        ("segmentation (before)", lambda run: run["segmentation"]),
    ]
    for label, pick in rows:
        values = [_median(sides[name], pick) for name in names]
        cells = " | ".join(f"{value:.3f}" for value in values)
        ratio = "".join(
            f" | {values[0] / value:.2f}x" if min(value, values[0]) > 0.0005 else " | -"
            for value in values[1:]
        )
        lines.append(f"| {label} | {cells}{ratio if compared else ''} |")
    if compared:
        base = _median(sides[names[0]], _annotation)
        lines.append("")
        for name in compared:
            other = _median(sides[name], _annotation)
            verdict = "yes" if base / other >= TARGET else "no"
            same = sides[names[0]][0]["summary"] == sides[name][0]["summary"]
            stories = [sides[names[0]][0]["stories"], sides[name][0]["stories"]]
            lines.append(
                f"{name}: annotation + stories {base / other:.2f}x faster than the baseline "
                f"(target {TARGET:.0f}x: {verdict}); stories {stories[0]} vs {stories[1]}; "
                "summary " + ("identical." if same else "differs.")
            )
            middle, low, high = _paired(sides[names[0]], sides[name])
            lines.append(
                f"{name}: per-round ratio (baseline / {name}, same round) median {middle:.2f}x, "
                f"range {low:.2f}x-{high:.2f}x over {len(sides[name])} round(s)."
            )
        if len(compared) > 1:
            current = _median(sides[names[-1]], _annotation)
            for name in compared[:-1]:
                other = _median(sides[name], _annotation)
                lines.append(f"{names[-1]} / {name}: annotation + stories {other / current:.2f}x.")
    for name in names:
        run = sides[name][0]
        counts = ", ".join(f"{kind} {count}" for kind, count in run["annotations"].items())
        lines.append(f"{name}: annotations {counts or 'none'}.")
        if run.get("blocked"):
            lines.append(f"{name}: run without {', '.join(run['blocked'])} (not its dependency).")
        for message in run["skipped"]:
            lines.append(f"{name}: SKIPPED {message}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--worker``, one side of it) and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="a checkout of the baseline release")
    parser.add_argument("--corpus", choices=("synthetic", "real"), default="synthetic")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="[NAME=]PATH",
        help="another checkout timed in the same rounds, after the baseline (e.g. the last "
        "commit: git worktree add /tmp/newsbrief-head HEAD); repeatable",
    )
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        for module in filter(None, os.environ.get("SPEED_ANALYSIS_BLOCK", "").split(",")):
            sys.modules[module] = None  # type: ignore[assignment]  # ``import`` now fails
        print(json.dumps(worker(args.corpus, args.articles, args.seed)))
        return 0
    trees = {"current": ROOT}
    if args.baseline is not None:
        if not (args.baseline / "src" / "newsbrief").is_dir():
            parser.error(f"--baseline {args.baseline}: no src/newsbrief there")
        trees = {"baseline": args.baseline.resolve(), "current": ROOT}
    for given in args.also:
        name, _, path = given.rpartition("=")
        tree = Path(path).resolve()
        name = name or tree.name
        if not (tree / "src" / "newsbrief").is_dir():
            parser.error(f"--also {given}: no src/newsbrief there")
        if name in trees:
            parser.error(f"--also {given}: the name {name!r} is taken")
        trees = {**{k: v for k, v in trees.items() if k != "current"}, name: tree, "current": ROOT}
    sides: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    for number in range(args.rounds):
        # Odd rounds run the trees in reverse, so no side always runs first (a run-order effect
        # would otherwise land on one side of every pair).
        order = list(trees.items())
        for name, tree in order if number % 2 == 0 else order[::-1]:
            sides[name].append(_run(tree, args))
            took = sides[name][-1]["total"]
            print(f"round {number + 1} {name}: {took:.2f} s", file=sys.stderr)
    table = report(sides, args)
    print(table)
    if args.output is not None:
        args.output.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
