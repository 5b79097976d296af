"""Where the wall time of one briefing with ``-j N`` goes: this process against its workers.

    .venv/bin/python benchmarks/parallel_stages.py FEED.jsonl --jobs 2
    .venv/bin/python benchmarks/parallel_stages.py FEED.jsonl --jobs 1 2 --compare

One briefing of ``FEED`` (``newsbrief build FEED -f json --words 250 -j N``, through
:func:`newsbrief.pipeline.run` writing to a file) in a fresh process per ``N``. For each stage
(as the run reports it: load, segment, analyse, group, annotate, summarize, compose, export) it
prints the wall time, the CPU time of this (the main) process, and the CPU time of every other
process of the run's tree (the forkserver and the workers, read with psutil every 20 ms), so a
stage whose main process waits shows wall time without main CPU. The last lines give the whole
run: wall, main CPU, workers' CPU, how long the main process was idle, and the load average
(wall figures on a shared machine mean little without it). ``--compare`` checks the outputs are
the same bytes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def profile(feed: str, out: str, jobs: int) -> None:
    """The table of one run (in a fresh process)."""
    import threading

    import psutil

    me = psutil.Process()
    others: dict[int, float] = {}  # pid -> last CPU seen (a worker's, once it has ended, too)
    stop = threading.Event()

    def children_cpu() -> float:
        for child in me.children(recursive=True):
            try:
                times = child.cpu_times()
            except psutil.Error:  # ended between listing and reading
                continue
            others[child.pid] = times.user + times.system
        return sum(others.values())

    def sample() -> None:
        while not stop.is_set():
            children_cpu()
            time.sleep(0.02)

    threading.Thread(target=sample, daemon=True).start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    from newsbrief import pipeline
    from newsbrief.pipeline.settings import Settings

    rows: list[tuple[str, float, float, float]] = []
    current = ["import"]  # the stage running
    marks = [t0, c0, 0.0]  # its start: wall, main CPU, the other processes' CPU

    def close(next_stage: str) -> None:
        now, cpu, other = time.perf_counter(), time.process_time(), children_cpu()
        rows.append((current[0], now - marks[0], cpu - marks[1], other - marks[2]))
        current[0], marks[:] = next_stage, [now, cpu, other]

    def progress(event: pipeline.Progress) -> None:
        if event.stage != current[0]:
            close(event.stage)

    settings = Settings().updated(exporter="json", words=250, jobs=jobs)
    with open(out, "wb") as target:
        pipeline.run(settings, [feed], on_progress=progress, out=target)
    close("end")
    stop.set()
    wall = time.perf_counter() - t0
    main_cpu = time.process_time() - c0
    print(f"## -j {jobs}: {Path(feed).name}\n")
    print("| stage | wall s | main CPU s | workers CPU s |\n|---|---:|---:|---:|")
    for name, seconds, cpu, other in rows:
        print(f"| {name} | {seconds:.2f} | {cpu:.2f} | {other:.2f} |")
    workers = sum(others.values())
    print(
        f"| **run** | {wall:.2f} | {main_cpu:.2f} | {workers:.2f} |\n\n"
        f"main process idle {max(0.0, wall - main_cpu):.2f} s, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Run one fresh process per ``--jobs`` value and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feed")
    parser.add_argument("--jobs", type=int, nargs="+", default=[2])
    parser.add_argument("--compare", action="store_true", help="outputs compared byte for byte")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # the fresh process
    args = parser.parse_args(argv)
    if args.one:
        profile(args.feed, args.one[0], int(args.one[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for jobs in args.jobs:
            out = str(Path(tmp, f"j{jobs}.json"))
            outs.append(Path(out))
            command = [sys.executable, __file__, args.feed, "--one", out, str(jobs)]
            subprocess.run(command, check=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        if args.compare:
            same = all(out.read_bytes() == outs[0].read_bytes() for out in outs)
            print(f"outputs identical: {'yes' if same else 'NO'}")
            return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
