"""What the scale benchmarks (``speed_build.py``, ``firehose.py``) measure and how they judge it.

A command in a fresh process: its wall time, the peak summed resident memory of it and its child
processes (psutil, sampled every 50 ms) and its CPU time; the growth slope over sizes; the
verdict against the targets. A script beside them, imported as ``synthetic_corpus`` is.
"""

from __future__ import annotations

import math
import resource
import subprocess
import time

import psutil


def run(
    command: list[str], env: dict[str, str] | None = None, accepted: tuple[int, ...] = (0,)
) -> tuple[float, float, float]:
    """Wall time (s), peak summed RSS (MB) and CPU time (s) of ``command`` and its children.

    CPU time (user + system of the command and every process it waited for) is what the run
    costs whatever else loads the machine; wall time is what a user waits. An exit code not in
    ``accepted`` stops the benchmark with the command's error.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:  # a child ended between listing and reading it
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in accepted:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()[-2000:]}")
    return elapsed, peak / 2**20, cpu


def slope(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) over log(sizes)."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(t) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def verdict(checks: list[tuple[str, float, float, str]]) -> int:
    """Print each ``(name, value, limit, unit)`` against its target; 1 if any is missed, else 0."""
    failed = False
    for name, value, limit, unit in checks:
        ok = value <= limit
        failed |= not ok
        print(f"- {name}: {value:.2f}{unit} (target <= {limit:g}{unit}) {'ok' if ok else 'MISSED'}")
    return 1 if failed else 0
