"""Does the progress display cover the whole of a large ``newsbrief build``, and is ``-q`` silent?

Writes N synthetic articles (``benchmarks/synthetic_corpus.py``, one JSON file each, as a
folder of downloaded articles would be), then runs ``newsbrief build FOLDER -o briefing.md``
twice with stderr on a pseudo-terminal:

1. as is: every update of the display is timestamped; the report gives the run's duration,
   when the display first and last changed, the longest time without an update, and when each
   stage (``[3/8] analyse``...) first showed: the display must follow the run to its end, not
   sit still after reading;
2. with ``-q``: nothing at all may reach the terminal.

    python benchmarks/progress_coverage.py            # 2,000 articles
    python benchmarks/progress_coverage.py 200        # a quicker look

Exit status 1 when the display misses a stage, leaves more than 10% of the run uncovered at
either end, goes more than 2 s without an update, or ``-q`` prints anything.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pty
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import synthetic_articles

#: A stage's label in the display: ``[3/8] analyse``.
LABEL = re.compile(rb"\[(\d+)/(\d+)\] (\w+)")


def on_terminal(args: list[str]) -> tuple[int, float, list[tuple[float, bytes]]]:
    """Run ``newsbrief ARGS`` with stderr on a pseudo-terminal: exit code, seconds, and what
    reached the terminal, chunk by chunk, with the time each arrived."""
    controller, terminal = pty.openpty()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
        env={**os.environ, "COLUMNS": "100"},
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append((time.monotonic() - started, chunk))
    os.close(controller)
    code = process.wait()
    return code, time.monotonic() - started, chunks


def main(argv: list[str] | None = None) -> int:
    """Measure and report; 1 when the display does not cover the run or -q is not silent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=2000, help="articles")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "articles"
        corpus.mkdir()
        for number, record in enumerate(synthetic_articles(args.count, args.seed)):
            (corpus / f"{number:05d}.json").write_text(json.dumps(record), encoding="utf-8")
        output = str(Path(folder) / "briefing.md")
        code, seconds, chunks = on_terminal(["build", str(corpus), "-o", output])
        quiet_code, quiet_seconds, quiet_chunks = on_terminal(
            ["build", str(corpus), "-o", output, "-q"]
        )
    times = [at for at, _ in chunks]
    first_seen: dict[str, float] = {}
    total_stages = 0
    for at, chunk in chunks:
        for _, of, name in LABEL.findall(chunk):
            first_seen.setdefault(name.decode(), at)
            total_stages = int(of)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    longest = max(gaps, default=seconds)
    head, tail = (times[0], seconds - times[-1]) if times else (seconds, seconds)
    print(f"newsbrief build of {args.count:,} articles, stderr on a terminal")
    print()
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| run (exit {code}) | {seconds:.1f} s |")
    print(f"| first display update | {head:.2f} s after start |")
    print(f"| last display update | {tail:.2f} s before the end |")
    print(f"| display updates | {len(times):,} |")
    print(f"| longest time without an update | {longest:.2f} s |")
    covered = (times[-1] - times[0]) / seconds if times else 0.0
    print(f"| share of the run the display follows | {covered:.1%} |")
    for name, at in first_seen.items():
        print(f"| stage {name} first shown | {at:.1f} s ({at / seconds:.0%} of the run) |")
    shown = sum(len(chunk) for _, chunk in quiet_chunks)
    print(f"| with -q (exit {quiet_code}, {quiet_seconds:.1f} s): bytes shown | {shown} |")
    failures = []
    if code != 0 or quiet_code != 0:
        failures.append("a run failed")
    if not total_stages or len(first_seen) != total_stages:
        failures.append(f"stages shown: {sorted(first_seen)} of {total_stages}")
    if head > 0.1 * seconds or tail > 0.1 * seconds:
        failures.append("the display misses the start or the end of the run")
    if longest > 2.0:
        failures.append(f"{longest:.1f} s without an update")
    if shown:
        failures.append(f"-q printed {shown} bytes")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
