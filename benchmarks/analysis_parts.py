"""The shared analysis' CPU time split into the name chunker's part and the rest, side by side.

    .venv/bin/python benchmarks/analysis_parts.py --baseline /tmp/newsbrief-head --rounds 3
    .venv/bin/python benchmarks/analysis_parts.py --baseline /tmp/newsbrief-head --corpus synthetic
    .venv/bin/python benchmarks/analysis_parts.py --baseline /tmp/newsbrief-head --feed feed.jsonl

``benchmarks/speed_analysis.py`` times the analysis stage as a whole; most of it is the entity
chunker (:mod:`newsbrief.annotators.entities.chunker`, the one name extractor, which the analysis
runs on every sentence and headline). This script times one cold ``analyse_documents`` of the
corpus the way ``speed_analysis.py`` does (a fresh process per tree and round, alternating, the
same warm-up on other documents, the garbage collector paused, process CPU time, the median of
the rounds) and reports the chunker's part apart from the rest: the calls the analysis makes
(``candidates_packed`` of the body and headings, ``chunk_packed`` of the headline; ``chunk`` in
older trees, whichever a tree has, an outer call alone timed when one calls another), then the
words, offsets, stems, stop flags, calendar hits and the bookkeeping around them. The sentence
segmentation before it (:func:`newsbrief.nlp.segmenter.segment` of every document, cold) is
timed too.
``--feed`` reads the documents of a JSON Lines feed instead of a built-in corpus.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def worker(corpus: str, articles: int, feed: str | None = None) -> dict[str, float]:
    """CPU seconds of one cold ``analyse_documents`` in this process: total and chunker, and
    of the segmentation before it."""
    import newsbrief
    import newsbrief.annotators.entities.chunker as chunker
    from newsbrief.nlp import analysis
    from newsbrief.nlp.segmenter import segmented

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speed_analysis import _load

    spent = [0.0]
    depth = [0]

    def timing(function: Any) -> Any:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:  # called by another timed function: timed there
                return function(*args, **kwargs)
            depth[0] += 1
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.process_time() - start
                depth[0] -= 1

        return timed

    documents = list(newsbrief.load(feed).documents) if feed else _load(corpus, articles, 0)
    warm_up = _load("synthetic", 20, 1) if corpus == "real" else _load("real", 0, 0)[:5]
    newsbrief.build_briefing(warm_up)
    gc.collect()
    gc.disable()
    start = time.process_time()
    documents = [segmented(d) for d in documents]
    segmentation = time.process_time() - start
    gc.enable()
    # The analysis imports them from the module when it runs.
    for name in ("candidates_packed", "chunk_packed", "chunk"):
        if hasattr(chunker, name):
            setattr(chunker, name, timing(getattr(chunker, name)))
    gc.collect()
    gc.disable()
    start = time.process_time()
    analysis.analyse_documents(documents)
    total = time.process_time() - start
    gc.enable()
    return {
        "total": total,
        "chunker": spent[0],
        "segmentation": segmentation,
        "documents": len(documents),
    }


def main(argv: list[str] | None = None) -> int:
    """Run both trees alternately and print a Markdown table of the medians."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=False, help="another checkout")
    parser.add_argument("--corpus", choices=("synthetic", "real"), default="real")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--feed", help="a JSON Lines feed to read instead of --corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.corpus, args.articles, args.feed)))
        return 0
    trees = {"current": ROOT}
    if args.baseline is not None:
        trees = {"baseline": args.baseline.resolve(), "current": ROOT}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            command = [sys.executable, __file__, "--worker", "--corpus", args.corpus]
            command += ["--articles", str(args.articles)]
            if args.feed:
                command += ["--feed", str(Path(args.feed).resolve())]
            env = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0")
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"{tree}: the worker failed:\n{done.stderr[-2000:]}")
            runs[name].append(json.loads(done.stdout.splitlines()[-1]))
    documents = int(runs["current"][0]["documents"])
    corpus = args.feed or args.corpus
    print(f"Corpus: {corpus}, {documents} documents; median of {args.rounds} round(s).\n")
    print("| part | " + " | ".join(f"{name} s" for name in trees) + " |")
    print("|---|" + "---:|" * len(trees))
    parts = {
        "analysis (all)": lambda run: run["total"],
        "chunker": lambda run: run["chunker"],
        "**analysis without the chunker**": lambda run: run["total"] - run["chunker"],
        "segmentation (before the analysis)": lambda run: run["segmentation"],
    }
    for label, pick in parts.items():
        cells = " | ".join(f"{statistics.median(map(pick, runs[n])):.3f}" for n in trees)
        print(f"| {label} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
