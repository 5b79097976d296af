"""Where the CPU time of one ``newsbrief`` command goes, by sampling: this tree beside another.

cProfile charges a fixed cost to every Python call it records, so on newsbrief's hot paths (a
generator over a million tokens, a regular expression per line) it inflates the functions that
make many small calls several times over and hides the ones that spend their time in C. This
benchmark samples instead: a CPU-time timer (``ITIMER_PROF``) interrupts the command every
``--interval`` seconds of CPU and the Python stack is read at that moment, so each function's
share of the samples is its share of the CPU time, C code included (charged to the Python
function that called it; Python reads the signal where it next checks for one, so a long C
call's last moments can land on the next function called, the start of a function being such
a check). ``self`` counts the samples taken in the function itself,
``inclusive`` those with the function anywhere on the stack (each function once per sample)::

    python benchmarks/synthetic_corpus.py 10000 --out /tmp/syn10k.jsonl
    python benchmarks/sample_profile.py /tmp/syn10k.jsonl --baseline /tmp/newsbrief-head
    python benchmarks/sample_profile.py /tmp/syn10k.jsonl --match 'stories/|segmenter'

Each side runs ``newsbrief build FEED -f json --words 250`` (or the arguments after ``--``) in a
fresh process of its own tree, the baseline first, sampled from the moment ``newsbrief.cli`` is
imported (the imports the command makes later are sampled); the output is thrown away. Shares are
compared, not seconds: on shared cores only a share (or two trees in the same run) means
anything. Functions are named ``path:line(name)``, paths inside ``src/`` or site-packages
(``~``) shortened.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: The command sampled when none is given after ``--``: one briefing, as issue 18 measures it.
DEFAULT_ARGS = ("-f", "json", "--words", "250")

_WORKER = r"""
import collections, json, signal, sys
interval = float(sys.argv[1])
prefixes = json.loads(sys.argv[2])
own, inclusive, total = collections.Counter(), collections.Counter(), [0]
names = {}

def name(code):
    found = names.get(code)
    if found is None:
        path = code.co_filename
        for prefix, short in prefixes:
            if path.startswith(prefix):
                path = short + path[len(prefix):]
                break
        found = names[code] = f"{path}:{code.co_firstlineno}({code.co_name})"
    return found

def sample(signum, frame):
    total[0] += 1
    own[name(frame.f_code)] += 1
    seen = set()
    while frame is not None:
        seen.add(name(frame.f_code))
        frame = frame.f_back
    inclusive.update(seen)

signal.signal(signal.SIGPROF, sample)
from newsbrief.cli import cli
signal.setitimer(signal.ITIMER_PROF, interval, interval)
try:
    cli.main(args=sys.argv[3:], prog_name="newsbrief", standalone_mode=False)
finally:
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    sys.stdout.flush()
    found = {"samples": total[0], "self": own, "inclusive": inclusive}
    sys.stderr.write("\n" + json.dumps(found) + "\n")
"""


def sampled(tree: Path, args: Sequence[str], interval: float) -> dict[str, Any]:
    """One fresh process of ``tree``'s newsbrief running ``args``, sampled: ``samples`` (how
    many), ``self`` and ``inclusive`` (samples by function)."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    site = next((p for p in sys.path if p.endswith("site-packages")), "")
    prefixes = [[str(tree / "src") + "/", ""], [site + "/", "~"]]
    run = subprocess.run(
        [sys.executable, "-c", _WORKER, str(interval), json.dumps(prefixes), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    return dict(json.loads(run.stderr.strip().splitlines()[-1]))


def shares(profile: dict[str, Any], kind: str) -> dict[str, float]:
    """Each function's share (0..1) of ``profile``'s samples, ``kind`` ``self`` or ``inclusive``."""
    counts = profile[kind]
    total = profile["samples"]
    assert isinstance(counts, dict) and isinstance(total, int)
    return {name: count / total for name, count in counts.items()} if total else {}


def table(
    current: dict[str, Any],
    baseline: dict[str, Any] | None,
    *,
    top: int,
    match: str | None,
    interval: float,
) -> str:
    """The report (Markdown): the ``top`` functions by inclusive share in this tree (those whose
    name ``match`` searches, when given), then the ``top`` by self share."""
    pattern = re.compile(match) if match else None
    lines = [
        f"samples: {current['samples']} (about {int(current['samples']) * interval:.1f} CPU s)"
        + (
            f"; baseline {baseline['samples']} (about {int(baseline['samples']) * interval:.1f})"
            if baseline is not None
            else ""
        )
    ]
    for kind in ("inclusive", "self"):
        mine = shares(current, kind)
        theirs = shares(baseline, kind) if baseline is not None else None
        names = [
            n for n in sorted(mine, key=lambda n: (-mine[n], n)) if not pattern or pattern.search(n)
        ]
        lines += ["", f"### {kind}", ""]
        if theirs is None:
            lines += ["| function | share |", "|---|---:|"]
            lines += [f"| `{n}` | {100 * mine[n]:.1f}% |" for n in names[:top]]
        else:
            lines += ["| function | baseline | current |", "|---|---:|---:|"]
            lines += [
                f"| `{n}` | {100 * theirs.get(n, 0.0):.1f}% | {100 * mine[n]:.1f}% |"
                for n in names[:top]
            ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the report."""
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feed", help="an input newsbrief loads (a JSONL feed, a folder...)")
    parser.add_argument("--baseline", type=Path, help="another checkout, sampled first")
    parser.add_argument("--interval", type=float, default=0.002, help="CPU seconds a sample")
    parser.add_argument("--top", type=int, default=40, help="functions listed per table")
    parser.add_argument("--match", help="list only functions whose name this regex searches")
    args = parser.parse_args(argv)
    command = ["build", args.feed, *(extra or DEFAULT_ARGS)]
    baseline = sampled(args.baseline, command, args.interval) if args.baseline else None
    current = sampled(ROOT, command, args.interval)
    print(table(current, baseline, top=args.top, match=args.match, interval=args.interval))


if __name__ == "__main__":
    main()
