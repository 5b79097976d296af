"""The date annotator's CPU time, side by side in several trees (issue 12), in one run.

    .venv/bin/python benchmarks/dates_speed.py /tmp/newsbrief-baseline <HEAD worktree> . \\
        --corpus real --rounds 5

Each tree is another checkout of newsbrief (the first is the reference of the ratios). Each
round runs one fresh process per tree, in turn (so every tree sees the same machine load),
through ``benchmarks/speed_analysis.py --worker`` of *this* tree with the other tree's ``src``
on ``PYTHONPATH``: the same corpus, the same warm-up on other articles, one timed
``build_briefing`` with the garbage collector paused, each stage timed in CPU time
(``time.process_time``) by wrapping its entry point (the ``dates`` stage is
``DateAnnotator.annotate``). The median of the rounds is reported, with the date annotation
count of each tree (a stage that failed would be fast for the wrong reason).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKER = HERE / "speed_analysis.py"
ANNOTATION = ("analysis", "entities", "dates", "quotes", "stories")


def _run(tree: Path, corpus: str, articles: int) -> dict[str, object]:
    environment = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0")
    command = [sys.executable, str(WORKER), "--worker", "--corpus", corpus]
    command += ["--articles", str(articles)]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: the worker failed: {done.stderr.strip().splitlines()[-1:]}")
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts; the first is the reference")
    parser.add_argument("--corpus", choices=("real", "synthetic"), default="real")
    parser.add_argument("--articles", type=int, default=200, help="synthetic corpus size")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    for tree in args.trees:
        if not (tree / "src" / "newsbrief").is_dir():
            parser.error(f"{tree} is not a newsbrief checkout")
    runs: dict[Path, list[dict[str, object]]] = {tree: [] for tree in args.trees}
    for number in range(1, args.rounds + 1):
        for tree in args.trees:
            run = _run(tree, args.corpus, args.articles)
            runs[tree].append(run)
            stages = run["stages"]
            assert isinstance(stages, dict)
            print(f"round {number} {tree}: dates {stages['dates']:.3f} s", file=sys.stderr)
    reference = args.trees[0]

    def median(tree: Path, pick: str) -> float:
        values = []
        for run in runs[tree]:
            stages = run["stages"]
            assert isinstance(stages, dict)
            values.append(
                sum(stages[s] for s in ANNOTATION) if pick == "annotation" else stages[pick]
            )
        return statistics.median(values)

    print(f"Corpus: {args.corpus}; median of {args.rounds} round(s); CPU s.\n")
    print("| tree | dates | ratio to first | annotation + stories | ratio | date annotations |")
    print("|---|---:|---:|---:|---:|---:|")
    for tree in args.trees:
        dates, total = median(tree, "dates"), median(tree, "annotation")
        counts = runs[tree][0]["annotations"]
        assert isinstance(counts, dict)
        print(
            f"| {tree} | {dates:.4f} | {median(reference, 'dates') / dates:.2f}x "
            f"| {total:.3f} | {median(reference, 'annotation') / total:.2f}x "
            f"| {counts.get('date', 0)} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
