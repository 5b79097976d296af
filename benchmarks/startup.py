"""What a small run costs before any article is read: start-up of ``newsbrief``, side by side.

    .venv/bin/python benchmarks/startup.py --baseline /tmp/newsbrief-head
    .venv/bin/python benchmarks/startup.py --baseline /tmp/newsbrief-baseline --rounds 9

Each round runs every command once per tree in a fresh process (``python -m newsbrief ...``
with ``PYTHONPATH`` set to the tree's ``src``), alternating which tree goes first, so both
trees see the same machine load; the figure is the child's CPU time (user + system), which
other work on a shared machine does not inflate. Commands: ``newsbrief --help`` (the command
line and the plugin host, for plugin commands), ``--version`` (the command line), ``newsbrief
list`` (every component registered) and ``newsbrief build seeds/ -f json`` (five articles:
imports, language data, the identification model, name tables, one briefing). With
``PYTHONDONTWRITEBYTECODE`` set, every process compiles every module it imports (most of the
CPU of ``--help``), which the report's first line says; ``PYTHONPYCACHEPREFIX=DIR`` keeps the
caches out of the trees. The report gives each tree's median and the per-round ratio
baseline / this tree (its median and range), the figure to quote.
``--baseline`` is another checkout (``git worktree add /tmp/newsbrief-head HEAD``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "--help": ["--help"],
    "--version": ["--version"],
    "list": ["list"],
    "build seeds/ -f json": ["build", str(ROOT / "seeds"), "-f", "json", "-q"],
}


def _cpu_seconds(src: Path, args: list[str]) -> float:
    """CPU time (user + system) of one fresh ``python -m newsbrief ARGS`` importing ``src``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(src)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="another newsbrief checkout")
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    trees = {"baseline": options.baseline / "src", "current": ROOT / "src"}
    times: dict[tuple[str, str], list[float]] = {
        (tree, name): [] for tree in trees for name in COMMANDS
    }
    for round_ in range(options.rounds):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        for name, args in COMMANDS.items():
            for tree in order:
                times[(tree, name)].append(_cpu_seconds(trees[tree], args))
    cached = "off (PYTHONDONTWRITEBYTECODE)" if sys.dont_write_bytecode else "on"
    print(
        f"CPU seconds of a fresh process, median of {options.rounds} alternating rounds; "
        f"bytecode caches {cached}"
    )
    print("| command | baseline s | current s | baseline / current (per round: median, range) |")
    print("|---|---:|---:|---|")
    for name in COMMANDS:
        base, now = times[("baseline", name)], times[("current", name)]
        ratios = [b / c for b, c in zip(base, now, strict=True)]
        print(
            f"| `newsbrief {name}` | {statistics.median(base):.2f} | {statistics.median(now):.2f}"
            f" | {statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}) |"
        )


if __name__ == "__main__":
    main()
