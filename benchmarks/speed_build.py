"""How ``newsbrief build --per-story`` scales: time, peak memory and growth over corpus sizes.

    .venv/bin/python benchmarks/speed_build.py                 # 500 / 2,000 / 10,000 articles
    .venv/bin/python benchmarks/speed_build.py --sizes 200 800 --dask
    .venv/bin/python benchmarks/speed_build.py --dask --files  # a folder of one file an article

Each size is a synthetic feed (``benchmarks/synthetic_corpus.py``, same seed) run through the
real command line in a fresh process, ``newsbrief build FEED --per-story -j JOBS``: loading,
story grouping, and one briefing per story written as JSON Lines. Peak memory is the largest
summed resident memory of the command and its worker processes (sampled every 50 ms). The
growth exponent is the slope of log(time) over log(articles), least squares. With ``--dask`` the
same feed is also built on a local Dask cluster of ``JOBS`` worker processes
(``--scheduler``: parsed, grouped and summarised there), side by side, and the two outputs are
compared byte for byte. With ``--files`` the feed is a folder of one JSON file per article, as a
crawler's output would be, so parsing is one task per file (``-j``) or batch of files (Dask).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run, slope, verdict
from synthetic_corpus import synthetic_articles, write_jsonl

#: Targets from issue 8.
MAX_SECONDS = 60.0
MAX_MEMORY_MB = 2048.0
MAX_SLOPE = 1.1


def write_files(folder: Path, count: int, seed: int) -> Path:
    """The articles of :func:`write_jsonl` as one JSON file each in ``folder``; returns it."""
    folder.mkdir()
    for number, record in enumerate(synthetic_articles(count, seed)):
        text = json.dumps(record, ensure_ascii=False, sort_keys=True)
        (folder / f"{number:06d}.json").write_text(text, encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dask", action="store_true", help="also run on a local Dask cluster")
    parser.add_argument(
        "--files", action="store_true", help="one JSON file per article instead of one feed"
    )
    args = parser.parse_args(argv)

    newsbrief = [sys.executable, "-m", "newsbrief"]
    cluster = None
    if args.dask:
        from distributed import LocalCluster

        cluster = LocalCluster(
            n_workers=args.jobs,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # Its HTTP server on any free port: another cluster may hold the default 8787.
            dashboard_address="127.0.0.1:0",
        )
    layout = "a folder of JSON files" if args.files else "a JSON Lines feed"
    print(f"# newsbrief build --per-story, -j {args.jobs}, {os.cpu_count()} CPUs, {layout}\n")
    header = "| articles | MB in | stories | seconds | peak MB |"
    if cluster is not None:
        header += " Dask seconds | Dask / local | identical |"
    print(header)
    print("|" + "---:|" * (header.count("|") - 1))
    seconds: list[float] = []
    memory: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for size in args.sizes:
                if args.files:
                    feed = write_files(Path(tmp, f"feed{size}"), size, args.seed)
                    megabytes = sum(path.stat().st_size for path in feed.iterdir()) / 1e6
                else:
                    feed = write_jsonl(Path(tmp, f"feed{size}.jsonl"), size, args.seed)
                    megabytes = feed.stat().st_size / 1e6
                out = Path(tmp, f"out{size}.jsonl")
                command = [*newsbrief, "build", str(feed), "--per-story", "-q", "-o", str(out)]
                elapsed, peak, _ = run([*command, "-j", str(args.jobs)])
                seconds.append(elapsed)
                memory.append(peak)
                stories = sum(1 for _ in out.open(encoding="utf-8"))
                row = f"| {size:,} | {megabytes:.1f} | {stories:,} | {elapsed:.1f} | {peak:.0f} |"
                if cluster is not None:
                    remote = Path(tmp, f"dask{size}.jsonl")
                    dask_command = [*newsbrief, "build", str(feed), "--per-story", "-q"]
                    dask_command += ["-o", str(remote), "-j", str(args.jobs)]
                    dask_command += ["--scheduler", cluster.scheduler_address]
                    dask_seconds, _, _ = run(dask_command)
                    same = remote.read_bytes() == out.read_bytes()
                    row += f" {dask_seconds:.1f} | {dask_seconds / elapsed:.2f} | {same} |"
                print(row, flush=True)
    finally:
        if cluster is not None:
            cluster.close()
    print()
    largest = args.sizes.index(max(args.sizes))
    checks = [
        (f"time at {max(args.sizes):,} articles", seconds[largest], MAX_SECONDS, "s"),
        ("peak memory", max(memory), MAX_MEMORY_MB, "MB"),
    ]
    if len(args.sizes) > 1:
        checks.append(("log-log slope of time", slope(args.sizes, seconds), MAX_SLOPE, ""))
    return verdict(checks)


if __name__ == "__main__":
    sys.exit(main())
