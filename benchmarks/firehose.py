"""Firehose scale (issue 18): one briefing of many articles, its time, peak memory and growth.

    .venv/bin/python benchmarks/firehose.py                      # 1,000 / 3,000 / 10,000 / 30,000
    .venv/bin/python benchmarks/firehose.py --sizes 1000 3000 --baseline /tmp/newsbrief-baseline
    .venv/bin/python benchmarks/firehose.py --sizes 1000 --per-story      # also --per-story -j 2
    .venv/bin/python benchmarks/firehose.py --sizes 1000 --parallel       # also build -j 2
    .venv/bin/python benchmarks/firehose.py --sizes --stress tiny feed newswire  # stress cases
    .venv/bin/python benchmarks/firehose.py --sizes --stress tiny --scale 0.1    # a tenth of them
    .venv/bin/python benchmarks/firehose.py --sizes --stages 10000 --stages-of feed  # by stage

Each size is a synthetic feed (``benchmarks/synthetic_corpus.py``, same seed: about 2.4 KB an
article) run through the real command line in a fresh process, ``newsbrief build FEED -f json
--words 250``: loading, analysis, story grouping, every annotator, one summary, the JSON
export. Time is wall-clock; peak memory is the largest summed resident memory of the command and
its child processes (psutil, sampled every 50 ms); CPU time is user + system of the command and
the processes it waited for (what the run costs however loaded the machine is). The slopes are
least squares of log(time) over log(articles). ``--baseline DIR`` runs another checkout (``git
worktree add /tmp/newsbrief-baseline 673403e``, the previous release) on the same feeds, side
by side, for the sizes up to ``--baseline-max`` (the release needs minutes for the larger ones).
``--parallel`` also runs each one briefing with ``-j JOBS`` (per-document work on worker
processes and this one) and compares its output with the one-process output byte for byte; its
CPU time is given split, the command's own and its workers' (which ``getrusage`` misses).
``benchmarks/parallel_stages.py`` splits it by stage.
``--same-as-baseline`` compares each output with the baseline's byte for byte (for a baseline
that should write the same bytes: a worktree of ``HEAD`` before a memory or speed change).

Stress cases (``--stress``), each one briefing with ``--words 250``:

* ``tiny``: 100,000 files of one or two sentences in one folder;
* ``feed``: 100,000 RSS entries (ten feeds of 10,000, the parser's per-feed limit);
* ``newswire``: 50,000 TREC ``<DOC>`` documents (ten SGML files).

``--scale F`` multiplies those counts (a quick look while developing).

``--stages N`` shows where the memory goes: one briefing of N synthetic articles (the same
run, through ``newsbrief.pipeline.run`` writing to a file) in a fresh process, with its
resident memory at the start and the peak of each stage (sampled every 10 ms);
``--stages-of feed`` (or ``tiny``, ``newswire``) makes them N documents of that stress case.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run, slope, verdict
from synthetic_corpus import synthetic_articles, write_jsonl

ROOT = Path(__file__).resolve().parent.parent

#: Targets of issue 18.
MAX_SECONDS_10K = 20.0
MAX_MEMORY_MB = 1024.0
MAX_SLOPE = 1.05
MAX_PER_STORY_SECONDS_10K = 15.0
MAX_STRESS_MEMORY_MB = 1536.0
STRESS_COUNTS = {"tiny": 100_000, "feed": 100_000, "newswire": 50_000}


def environment(tree: Path) -> dict[str, str]:
    """The environment of a process running the checkout ``tree``."""
    return dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0")


def build(tree: Path, inputs: list[str], out: Path, *extra: str) -> tuple[float, float, float]:
    """``newsbrief build INPUTS --words 250 -o OUT EXTRA`` of ``tree``: seconds, peak MB, CPU s."""
    command = [sys.executable, "-m", "newsbrief", "build", *inputs, "-q", "-o", str(out)]
    # Exit code 1: some input skipped, still a briefing.
    return run([*command, "--words", "250", *extra], environment(tree), accepted=(0, 1))


def build_tree(
    tree: Path, inputs: list[str], out: Path, *extra: str
) -> tuple[float, float, float, float]:
    """:func:`build` with the CPU time split: seconds, peak MB, the command's (main process's)
    CPU s and the CPU s of the processes it started (``-j`` workers are the forkserver's
    children, which ``getrusage`` does not count), read with psutil every 50 ms."""
    import time

    import psutil

    command = [sys.executable, "-m", "newsbrief", "build", *inputs, "-q", "-o", str(out)]
    start = time.perf_counter()
    process = psutil.Popen(
        [*command, "--words", "250", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment(tree),
    )
    main = 0.0
    peak = 0
    others: dict[int, float] = {}
    while process.poll() is None:
        try:
            times = process.cpu_times()
            main = times.user + times.system
            rss = process.memory_info().rss
            for child in process.children(recursive=True):
                times = child.cpu_times()
                others[child.pid] = times.user + times.system
                rss += child.memory_info().rss
            peak = max(peak, rss)
        except psutil.Error:  # a process ended between listing and reading it
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()[-2000:]}")
    return elapsed, peak / 2**20, main, sum(others.values())


def write_feed_parts(folder: Path, count: int, seed: int, per_part: int = 10_000) -> list[Path]:
    """``count`` synthetic articles as JSON Lines files of at most ``per_part`` articles (30,000
    in one file would pass the 64 MiB input limit)."""
    if count <= per_part:
        return [write_jsonl(folder / f"feed{count}.jsonl", count, seed)]
    records = list(synthetic_articles(count, seed))
    paths = []
    for start in range(0, count, per_part):
        path = folder / f"feed{count}-{start // per_part:02d}.jsonl"
        with path.open("w", encoding="utf-8") as part:
            for record in records[start : start + per_part]:
                part.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        paths.append(path)
    return paths


def write_tiny(folder: Path, count: int) -> list[str]:
    """``count`` files of one or two sentences each (a crawler's snippets)."""
    folder.mkdir()
    for number, record in enumerate(synthetic_articles(count, seed=3)):
        first = record["text"].split(". ")[: 1 + number % 2]
        (folder / f"{number:06d}.txt").write_text(". ".join(first) + ".\n", encoding="utf-8")
    return [str(folder)]


def write_feeds(folder: Path, count: int, per_feed: int = 10_000) -> list[str]:
    """``count`` RSS entries in feeds of at most ``per_feed`` entries."""
    folder.mkdir()
    records = list(synthetic_articles(count, seed=4))
    paths = []
    for start in range(0, count, per_feed):
        items = "".join(
            f"<item><title>{html.escape(r['title'])}</title>"
            f"<link>https://example.com/{r['id']}</link>"
            f"<guid>https://example.com/{r['id']}</guid>"
            f"<description>{html.escape(r['text'][:600])}</description></item>"
            for r in records[start : start + per_feed]
        )
        path = folder / f"feed{start // per_feed:02d}.xml"
        path.write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<link>https://example.com/</link>{items}</channel></rss>",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def write_newswire(folder: Path, count: int, files: int = 10) -> list[str]:
    """``count`` TREC ``<DOC>`` documents spread over ``files`` SGML files."""
    folder.mkdir()
    records = list(synthetic_articles(count, seed=5))
    per_file = math.ceil(count / files)
    paths = []
    for start in range(0, count, per_file):
        docs = []
        for r in records[start : start + per_file]:
            body = "".join(f"<P>\n{html.escape(p)}\n</P>\n" for p in r["text"].split("\n\n"))
            docs.append(
                f"<DOC>\n<DOCNO> NYT{r['id']} </DOCNO>\n<HEADLINE>\n{html.escape(r['title'])}"
                f"\n</HEADLINE>\n<TEXT>\n{body}</TEXT>\n</DOC>\n"
            )
        path = folder / f"wire{start // per_file:02d}.sgml"
        path.write_text("".join(docs), encoding="utf-8")
        paths.append(str(path))
    return paths


def stage_memory(out: str, *inputs: str) -> None:
    """Print the resident memory (MB) at the start and the peak of each stage of one briefing
    of ``inputs`` written to ``out`` (run in a fresh process by ``--stages``)."""
    import threading
    import time

    import psutil

    process = psutil.Process()
    order = ["import"]
    start = {"import": process.memory_info().rss}
    peak: dict[str, int] = {}

    def sample() -> None:
        while True:
            stage, rss = order[-1], process.memory_info().rss
            peak[stage] = max(peak.get(stage, 0), rss)
            time.sleep(0.01)

    threading.Thread(target=sample, daemon=True).start()
    from newsbrief import pipeline
    from newsbrief.pipeline.settings import Settings

    def progress(event: pipeline.Progress) -> None:
        if event.stage != order[-1]:
            start[event.stage] = process.memory_info().rss
            order.append(event.stage)

    settings = Settings().updated(exporter="json", words=250)
    with open(out, "wb") as target:
        pipeline.run(settings, list(inputs), on_progress=progress, out=target)
    time.sleep(0.05)
    print("| stage | MB at start | peak MB |\n|---|---:|---:|")
    for stage in order:
        print(f"| {stage} | {start[stage] / 2**20:.0f} | {peak.get(stage, 0) / 2**20:.0f} |")
    print(f"| (whole run, ru_maxrss) | | {_maxrss_mb():.0f} |\n")


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print Markdown tables; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 3000, 10000, 30000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--baseline", type=Path, help="a checkout of the previous release")
    parser.add_argument("--baseline-max", type=int, default=1000, help="largest baseline size")
    parser.add_argument(
        "--same-as-baseline",
        action="store_true",
        help="also compare the output with the baseline's byte for byte (a worktree of HEAD)",
    )
    parser.add_argument("--per-story", action="store_true", help="also --per-story -j JOBS")
    parser.add_argument(
        "--parallel", action="store_true", help="also the one briefing with -j JOBS (compared)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--stress", nargs="*", choices=sorted(STRESS_COUNTS), default=[])
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies the stress counts")
    parser.add_argument(
        "--stages", type=int, metavar="N", help="memory by stage of one briefing of N articles"
    )
    parser.add_argument(
        "--stages-of",
        choices=["synthetic", *sorted(STRESS_COUNTS)],
        default="synthetic",
        help="the documents of --stages: synthetic articles, or a stress case's",
    )
    parser.add_argument("--stage-memory", nargs="+", help=argparse.SUPPRESS)  # the fresh process
    args = parser.parse_args(argv)
    if args.stage_memory:
        stage_memory(*args.stage_memory)
        return 0
    if args.baseline is not None and not (args.baseline / "src" / "newsbrief").is_dir():
        parser.error(f"--baseline {args.baseline}: no src/newsbrief there")

    checks: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.sizes:
            print(f"# newsbrief build FEED -f json --words 250, {os.cpu_count()} CPUs\n")
            header = "| articles | MB in | seconds | CPU s | peak MB | CPU ms / article |"
            if args.baseline is not None:
                header += " baseline s | baseline CPU s | baseline MB | CPU speed-up |"
                if args.same_as_baseline:
                    header += " same as baseline |"
            if args.parallel:
                header += f" -j {args.jobs} s | -j {args.jobs} MB | same output |"
                header += " main / workers CPU s |"
            if args.per_story:
                header += f" per-story -j {args.jobs} s | per-story MB |"
            print(header)
            print("|" + "---:|" * (header.count("|") - 1))
            seconds: list[float] = []
            cpus: list[float] = []
            memory: list[float] = []
            for size in args.sizes:
                parts = write_feed_parts(Path(tmp), size, args.seed)
                feed = [str(part) for part in parts]
                out = Path(tmp, f"out{size}.json")
                elapsed, peak, cpu = build(ROOT, feed, out, "-f", "json")
                seconds.append(elapsed)
                cpus.append(cpu)
                memory.append(peak)
                megabytes = sum(part.stat().st_size for part in parts) / 1e6
                row = (
                    f"| {size:,} | {megabytes:.1f} | {elapsed:.1f} | {cpu:.1f} | "
                    f"{peak:.0f} | {1000 * cpu / size:.1f} |"
                )
                if args.baseline is not None:
                    if size <= args.baseline_max:
                        base_out = Path(tmp, f"base{size}.json")
                        base_s, base_mb, base_cpu = build(
                            args.baseline, feed, base_out, "-f", "json"
                        )
                        row += f" {base_s:.1f} | {base_cpu:.1f} | {base_mb:.0f} | "
                        row += f"{base_cpu / cpu:.2f} |"
                        if args.same_as_baseline:
                            same = base_out.read_bytes() == out.read_bytes()
                            row += f" {'yes' if same else 'NO'} |"
                        base_out.unlink()
                    else:
                        row += " - | - | - | - |" + (" - |" if args.same_as_baseline else "")
                if args.parallel:
                    # Parsing, segmentation, analysis and annotators' drafts on the workers.
                    jobs_out = Path(tmp, f"jobs{size}.json")
                    jobs_s, jobs_mb, main_cpu, workers_cpu = build_tree(
                        ROOT, feed, jobs_out, "-f", "json", "-j", str(args.jobs)
                    )
                    same = jobs_out.read_bytes() == out.read_bytes()
                    row += f" {jobs_s:.1f} | {jobs_mb:.0f} | {'yes' if same else 'NO'} |"
                    row += f" {main_cpu:.1f} / {workers_cpu:.1f} |"
                    label = f"{size:,} articles: -j {args.jobs} outputs differing from -j 1"
                    checks.append((label, float(not same), 0.0, ""))
                    if size == 10_000:
                        checks.append(
                            (f"time at 10,000 with -j {args.jobs}", jobs_s, MAX_SECONDS_10K, "s")
                        )
                    jobs_out.unlink()
                if args.per_story:
                    story_out = Path(tmp, f"stories{size}.jsonl")
                    story_s, story_mb, _ = build(
                        ROOT, feed, story_out, "--per-story", "-j", str(args.jobs)
                    )
                    row += f" {story_s:.1f} | {story_mb:.0f} |"
                    if size == 10_000:
                        checks.append(
                            (
                                "per-story time at 10,000",
                                story_s,
                                MAX_PER_STORY_SECONDS_10K,
                                "s",
                            )
                        )
                print(row, flush=True)
                for path in (out, *parts):
                    path.unlink(missing_ok=True)
            if 10_000 in args.sizes:
                at = args.sizes.index(10_000)
                checks.append(("time at 10,000", seconds[at], MAX_SECONDS_10K, "s"))
            small = [m for s, m in zip(args.sizes, memory, strict=True) if s <= 10_000]
            if small:
                checks.append(("peak memory up to 10,000", max(small), MAX_MEMORY_MB, "MB"))
            if len(args.sizes) > 1:
                checks.append(("log-log slope of time", slope(args.sizes, seconds), MAX_SLOPE, ""))
                # The same on CPU time: what the run costs, however loaded the machine is.
                checks.append(("log-log slope of CPU time", slope(args.sizes, cpus), MAX_SLOPE, ""))
            print()
        if args.stress:
            writers = {"tiny": write_tiny, "feed": write_feeds, "newswire": write_newswire}
            print("| stress case | documents | MB in | seconds | CPU s | peak MB |")
            print("|---|---:|---:|---:|---:|---:|")
            for case in args.stress:
                count = max(1, round(STRESS_COUNTS[case] * args.scale))
                inputs = writers[case](Path(tmp, case), count)
                size = sum(
                    p.stat().st_size for i in inputs for p in [Path(i)] if p.is_file()
                ) or sum(p.stat().st_size for p in Path(inputs[0]).iterdir())
                out = Path(tmp, f"{case}.json")
                elapsed, peak, cpu = build(ROOT, inputs, out, "-f", "json")
                print(
                    f"| {case} | {count:,} | {size / 1e6:.1f} | {elapsed:.1f} | {cpu:.1f} | "
                    f"{peak:.0f} |"
                )
                label = f"{case} peak memory ({count:,} documents)"
                checks.append((label, peak, MAX_STRESS_MEMORY_MB, "MB"))
            print()
        if args.stages:
            if args.stages_of == "synthetic":
                inputs = [str(write_jsonl(Path(tmp, "stages.jsonl"), args.stages, args.seed))]
            else:
                writers = {"tiny": write_tiny, "feed": write_feeds, "newswire": write_newswire}
                inputs = writers[args.stages_of](Path(tmp, "stages"), args.stages)
            print(f"# memory by stage, {args.stages:,} {args.stages_of} documents\n", flush=True)
            out = str(Path(tmp, "stages-out.json"))
            command = [sys.executable, __file__, "--stage-memory", out, *inputs]
            subprocess.run(command, env=environment(ROOT), check=True)
    return verdict(checks)


if __name__ == "__main__":
    sys.exit(main())
