"""Where the wall time of one briefing with ``-j N`` goes: this process against its workers.

    .venv/bin/python benchmarks/parallel_stages.py FEED.jsonl --jobs 2
    .venv/bin/python benchmarks/parallel_stages.py FEED.jsonl --jobs 1 2 --compare
    .venv/bin/python benchmarks/parallel_stages.py FEED.jsonl --jobs 1 2 --per-story --compare
    .venv/bin/python benchmarks/parallel_stages.py FEED.jsonl --shipped

One briefing of ``FEED`` (``newsbrief build FEED -f json --words 250 -j N``, through
:func:`newsbrief.pipeline.run` writing to a file) in a fresh process per ``N``. For each stage
(as the run reports it: load, segment, analyse, group, annotate, summarize, compose, export) it
prints the wall time, the CPU time of this (the main) process, that of its main thread alone (the
rest is its other threads: the pool's, pickling what is sent and unpickling what comes back, and
this benchmark's sampler), and the CPU time of every other process of the run's tree (the
forkserver and the workers, read with psutil at each stage's end and every 200 ms), so a stage
whose main process waits shows wall time without main CPU. ``--per-story`` runs ``build
--per-story`` (one stage, ``stories``). The last lines give the whole
run: wall, main CPU, workers' CPU, how long the main process was idle, and the load average
(wall figures on a shared machine mean little without it). ``--compare`` checks the outputs are
the same bytes.

``--shipped`` measures, in this process, what ``-j N`` sends back from its workers: the bytes
of each part of a prepared chunk of one briefing (64 documents, what a worker returns) and of a
packed partition of ``--per-story``, and the time to pickle and unpickle them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def profile(feed: str, out: str, jobs: int, per_story: bool = False) -> None:
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
        # Rarely: listing the tree costs this process CPU (about 1 ms a time) that would be
        # counted as the run's; a worker's last 200 ms may be missed.
        while not stop.is_set():
            children_cpu()
            time.sleep(0.2)

    threading.Thread(target=sample, daemon=True).start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    m0 = time.thread_time()
    from newsbrief import pipeline
    from newsbrief.pipeline.settings import Settings

    rows: list[tuple[str, float, float, float, float]] = []
    current = ["import"]  # the stage running
    # Its start: wall, main process CPU, main thread CPU, the other processes' CPU.
    marks = [t0, c0, m0, 0.0]

    def close(next_stage: str) -> None:
        now, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        other = children_cpu()
        rows.append(
            (current[0], now - marks[0], cpu - marks[1], thread - marks[2], other - marks[3])
        )
        current[0], marks[:] = next_stage, [now, cpu, thread, other]

    def progress(event: pipeline.Progress) -> None:
        if event.stage != current[0]:
            close(event.stage)

    settings = Settings().updated(exporter="json", words=250, jobs=jobs, per_story=per_story)
    with open(out, "wb") as target:
        pipeline.run(settings, [feed], on_progress=progress, out=target)
    close("end")
    stop.set()
    wall = time.perf_counter() - t0
    main_cpu = time.process_time() - c0
    main_thread = time.thread_time() - m0
    print(f"## -j {jobs}{' --per-story' if per_story else ''}: {Path(feed).name}\n")
    print(
        "| stage | wall s | main CPU s | main thread CPU s | workers CPU s |\n"
        "|---|---:|---:|---:|---:|"
    )
    for name, seconds, cpu, thread, other in rows:
        print(f"| {name} | {seconds:.2f} | {cpu:.2f} | {thread:.2f} | {other:.2f} |")
    workers = sum(others.values())
    print(
        f"| **run** | {wall:.2f} | {main_cpu:.2f} | {main_thread:.2f} | {workers:.2f} |\n\n"
        f"main process idle {max(0.0, wall - main_cpu):.2f} s, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n",
        flush=True,
    )


def shipped(feed: str) -> None:
    """The bytes a worker sends back, part by part, and the time to pickle and unpickle them."""
    import pickle

    from newsbrief import pipeline
    from newsbrief.pipeline.analyse import prepare_chunk
    from newsbrief.pipeline.memory import fewer_collections
    from newsbrief.pipeline.stories import packed_partition

    documents = pipeline.load(feed).documents
    chunks = [documents[i : i + 64] for i in range(0, len(documents), 64)]
    sizes: dict[str, int] = {}
    dumps = loads = 0.0
    with fewer_collections():  # as in a worker (prepare_chunk) and in a run
        for chunk in chunks:
            made = prepare_chunk(chunk)
            for part in ("documents", "analyses", "drafts", "grouping", "repeats"):
                data = pickle.dumps(getattr(made, part), protocol=pickle.HIGHEST_PROTOCOL)
                sizes[part] = sizes.get(part, 0) + len(data)
            start = time.process_time()
            data = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
            dumps += time.process_time() - start
            start = time.process_time()
            pickle.loads(data)
            loads += time.process_time() - start
        packed = 0
        for start_at in range(0, len(documents), 500):  # Settings.partition_size
            packed += len(pickle.dumps(packed_partition(documents[start_at : start_at + 500])))
    count = len(documents)
    print(f"## what the workers send back: {Path(feed).name}, {count:,} articles\n")
    print("| part | MB | KB an article |\n|---|---:|---:|")
    for part, size in sizes.items():
        print(f"| prepared chunk: {part} | {size / 1e6:.1f} | {size / 1e3 / count:.2f} |")
    total = sum(sizes.values())
    print(f"| prepared chunk, all | {total / 1e6:.1f} | {total / 1e3 / count:.2f} |")
    print(f"| packed partition (--per-story) | {packed / 1e6:.1f} | {packed / 1e3 / count:.2f} |")
    print(
        f"\nprepared chunks pickled in {dumps:.2f} CPU s, unpickled in {loads:.2f} CPU s "
        f"({1000 * (dumps + loads) / count:.3f} ms an article; with -j 2 about half of them "
        "cross, unpickled in the main process)\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Run one fresh process per ``--jobs`` value and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feed")
    parser.add_argument("--jobs", type=int, nargs="+", default=[2])
    parser.add_argument("--compare", action="store_true", help="outputs compared byte for byte")
    parser.add_argument("--per-story", action="store_true", help="build --per-story")
    parser.add_argument("--shipped", action="store_true", help="what the workers send back")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # the fresh process
    args = parser.parse_args(argv)
    if args.shipped:
        shipped(args.feed)
        return 0
    if args.one:
        profile(args.feed, args.one[0], int(args.one[1]), args.per_story)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for jobs in args.jobs:
            out = str(Path(tmp, f"j{jobs}.json"))
            outs.append(Path(out))
            command = [sys.executable, __file__, args.feed, "--one", out, str(jobs)]
            command += ["--per-story"] if args.per_story else []
            subprocess.run(command, check=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        if args.compare:
            same = all(out.read_bytes() == outs[0].read_bytes() for out in outs)
            print(f"outputs identical: {'yes' if same else 'NO'}")
            return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
