"""CPU seconds of each stage of one ``build_briefing``, this tree beside another, in the same run.

The stages are those the pipeline reports (``newsbrief.pipeline.progress.STAGES``: segment,
analyse, group, annotate, summarize, compose); each side runs in a fresh process on the same
input, loading it first (loading is not timed), and reports through the progress observer, so
the figures are the stages as the pipeline draws them. ``--baseline TREE`` is another checkout
(a ``git worktree`` of an earlier commit), run with its own ``src`` first on the path::

    python benchmarks/synthetic_corpus.py 10000 --out /tmp/syn10k.jsonl
    git worktree add /tmp/newsbrief-head HEAD
    python benchmarks/stage_times.py /tmp/syn10k.jsonl --baseline /tmp/newsbrief-head

``--rounds N`` keeps each stage's best of N processes a side (a loaded machine only adds time).

``--per-story`` times ``build --per-story`` instead (the JSON Lines of
:func:`newsbrief.pipeline.per_story.story_briefings_jsonl`, in this process): the partitions'
preparation and features (``features``: segmenting and analysing every document), the grouping
of the whole collection (``group``), then every story's briefing by its stages added up over
the stories (``story segment``, ``story analyse``... ``story compose``) and the rest
(``encode``: each briefing made into its JSON line, and the runner's own steps).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_WORKER = """
import json, sys, time
import newsbrief
from newsbrief.pipeline.progress import observing
corpus = newsbrief.load(sys.argv[1])
times, current = {}, [None, 0.0]
def note(event):
    now = time.process_time()
    if current[0] is not None:
        times[current[0]] = times.get(current[0], 0.0) + now - current[1]
    current[0], current[1] = event.stage, now
start = time.process_time()
with observing(note):
    newsbrief.build_briefing(corpus)
end = time.process_time()
times[current[0]] = times.get(current[0], 0.0) + end - current[1]
times["total"] = end - start
print(json.dumps(times))
"""

_STORY_WORKER = """
import json, sys, time
import newsbrief
from newsbrief.pipeline import runners, stories
from newsbrief.pipeline.per_story import story_briefings_jsonl
from newsbrief.pipeline.progress import observing
corpus = newsbrief.load(sys.argv[1])
times, current, inside = {}, [None, 0.0], [False]
def switch(name):
    now = time.process_time()
    if current[0] is not None:
        times[current[0]] = times.get(current[0], 0.0) + now - current[1]
    current[0], current[1] = name, now
def timed(function, name):
    def wrapper(*args, **kwargs):
        switch(name)
        try:
            return function(*args, **kwargs)
        finally:
            switch("encode")
    return wrapper
def story_briefing(*args, **kwargs):
    inside[0] = True
    switch("story segment")
    try:
        return real_story_briefing(*args, **kwargs)
    finally:
        inside[0] = False
        switch("encode")
def note(event):
    if inside[0]:
        switch("story " + event.stage)
real_story_briefing = stories.story_briefing
stories.story_briefing = story_briefing
runners.prepare_partition = timed(runners.prepare_partition, "features")
runners.group_partitions = timed(runners.group_partitions, "group")
start = time.process_time()
switch("encode")
with observing(note):
    lines = story_briefings_jsonl(corpus)
switch(None)
times["total"] = time.process_time() - start
times["stories"] = len(lines)
print(json.dumps(times))
"""


def stage_times(tree: Path, feed: str, per_story: bool = False) -> dict[str, float]:
    """One fresh process of ``tree``'s newsbrief: CPU seconds by stage, and ``total``."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    worker = _STORY_WORKER if per_story else _WORKER
    run = subprocess.run(
        [sys.executable, "-c", worker, feed], env=env, capture_output=True, text=True, check=True
    )
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


def best_of(tree: Path, feed: str, rounds: int, per_story: bool = False) -> dict[str, float]:
    """Each stage's lowest time over ``rounds`` processes."""
    runs = [stage_times(tree, feed, per_story) for _ in range(rounds)]
    stages = dict.fromkeys(stage for run in runs for stage in run)
    return {stage: min(run.get(stage, 0.0) for run in runs) for stage in stages}


def main(argv: list[str] | None = None) -> None:
    """Print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feed", help="an input newsbrief loads (a JSONL feed, a folder...)")
    parser.add_argument("--baseline", type=Path, help="another checkout, run beside this one")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--per-story", action="store_true", help="time `build --per-story` (one line a story)"
    )
    args = parser.parse_args(argv)
    current = best_of(ROOT, args.feed, args.rounds, args.per_story)
    baseline = (
        best_of(args.baseline, args.feed, args.rounds, args.per_story) if args.baseline else None
    )
    stories = current.pop("stories", None)
    if baseline is not None:
        baseline.pop("stories", None)
    if stories is not None:
        print(f"{int(stories)} stories")
    seen = dict.fromkeys([*(baseline or {}), *current])
    stages = [s for s in seen if s not in ("total", "encode")]
    stages += [s for s in ("encode", "total") if s in seen]
    if baseline is None:
        print("| stage | CPU s |\n|---|---:|")
        for stage in stages:
            print(f"| {stage} | {current[stage]:.2f} |")
        return
    print("| stage | baseline s | current s | baseline / current |\n|---|---:|---:|---:|")
    for stage in stages:
        before, after = baseline.get(stage, 0.0), current.get(stage, 0.0)
        ratio = f"{before / after:.1f}x" if after else "-"
        print(f"| {stage} | {before:.2f} | {after:.2f} | {ratio} |")


if __name__ == "__main__":
    main()
