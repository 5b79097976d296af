"""CPU time of a piece of work, measured so that a loaded machine does not fail a scaling test."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def least_cpu_seconds(run: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time of ``repeat`` calls of ``run``, with the garbage collector paused.

    CPU time, not wall time, leaves out other processes; the least of several runs leaves out a
    cache flushed by them; pausing the collector leaves out a full collection of the whole test
    session's heap, which can land inside any one measurement (one such pause once made a
    0.03 s run take 0.36 s and failed a 12x bound on a fresh CI machine). A run's cyclic garbage
    waits until it ends: a build of 240 articles left 1,341 objects, and no more peak memory.
    """
    # Restored as found: a caller that paused the collector itself keeps it paused.
    collecting = gc.isenabled()
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        finally:
            if collecting:
                gc.enable()
    return best
