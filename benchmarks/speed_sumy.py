"""Speed benchmark: newsbrief's vectorised summarizers against sumy, side by side in one run.

Every algorithm summarizes the same 2,000-sentence text twice: once through sumy itself (the
``sumy-NAME`` summarizers, which run sumy's own code on newsbrief's sentences) and once through
the fast NumPy/SciPy version that serves ``NAME``. Each call is timed in-process around
``summarize()``, tokenization and stemming included, and the two selections are compared. The
table also reports how long ``newsbrief --help`` takes in a fresh process. See
``docs/performance.md``.

    python benchmarks/speed_sumy.py                      # every algorithm, about 1 minute
    python benchmarks/speed_sumy.py --kl-sentences 2000  # sumy's KL is cubic: about 45 minutes
"""

from __future__ import annotations

import argparse
import gc
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from newsbrief.model import Document, Metadata
from newsbrief.nlp.segmenter import segment
from newsbrief.summarizers.base import Budget, SummaryRequest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TAC = ROOT.parent / "shared" / "data" / "tac2011-multiling-en" / "SourceTexts"
ALGORITHMS = ("lexrank", "lsa", "textrank", "luhn", "edmundson", "kl", "sumbasic", "reduction")
#: sumy calls quicker than this are timed ``--repeat`` times (median) like ours; slower ones once.
QUICK_SECONDS = 2.0
#: Issue 8's targets: 100x on the quadratic algorithms, 10x on the linear ones.
TARGETS = {"lexrank": 100, "lsa": 100, "textrank": 100, "kl": 100, "reduction": 100}


@attrs.frozen
class Row:
    """One algorithm's timings and selections."""

    name: str
    sentences: int
    sumy_seconds: float
    fast_seconds: float
    #: "identical", or how the selections differ.
    selection: str

    @property
    def ratio(self) -> float:
        """How many times faster the fast version is."""
        return self.sumy_seconds / self.fast_seconds

    @property
    def target(self) -> int:
        """The speed-up issue 8 asks for."""
        return TARGETS.get(self.name, 10)


def _vary(text: str, copy: int) -> str:
    """``text`` with every seventh word (shifted by ``copy``) dropped: a similar, new text."""
    kept = []
    for i, line in enumerate(text.splitlines()):
        parts = line.split(" ")
        kept.append(" ".join(w for j, w in enumerate(parts) if (i + j + copy) % 7 != 6))
    return "\n".join(kept)


def benchmark_text(sentences: int = 2000) -> tuple[Document, str]:
    """A document of exactly ``sentences`` sentences, and a note on where they came from.

    The TAC 2011 English source articles first (when ``../shared`` is present), then the seed
    articles, then varied copies of the seeds (every seventh word dropped, shifted per copy).
    """
    parts: list[tuple[str, str]] = []
    if TAC.is_dir():
        parts += [(p.read_text(encoding="utf-8"), "TAC") for p in sorted(TAC.glob("*.english"))]
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    copy = 0
    while True:
        origin = "varied seed" if copy else "seed"
        parts += [(_vary(t, copy) if copy else t, origin) for t in seeds]
        copy += 1
        text = "\n\n".join(t for t, _ in parts)
        document = segment(Document.from_text(text, id="bench", metadata=Metadata(language="en")))
        if len(document.sentences) >= sentences:
            break
    document = attrs.evolve(document, sentences=document.sentences[:sentences])
    counts: dict[str, int] = {}
    offset = 0
    for text, origin in parts:
        inside = sum(1 for s in document.sentences if offset <= s.start < offset + len(text))
        counts[origin] = counts.get(origin, 0) + inside
        offset += len(text) + 2
    note = ", ".join(f"{n} {origin}" for origin, n in counts.items() if n)
    return document, note


def _keys(items: Sequence) -> list[tuple]:
    return [item.sentence.key for item in items]


def compare(ours: Sequence, reference: Sequence, scores: dict[tuple, float]) -> str:
    """ "identical", or the differing sentences and whether sumy rated them as ties."""
    a, b = _keys(ours), _keys(reference)
    if a == b:
        return "identical"
    only_ours, only_sumy = set(a) - set(b), set(b) - set(a)
    gap = max(abs(scores[k] - scores[j]) for k in only_ours for j in only_sumy)
    scale = max(abs(scores[k]) for k in only_ours | only_sumy) or 1.0
    tie = "float tie in sumy's ratings" if gap <= 1e-9 * scale else f"gap {gap:.3g}"
    return f"{len(only_ours)} of {len(a)} differ ({tie})"


def time_call(function, request: SummaryRequest, repeat: int) -> tuple[float, list]:
    """Median seconds of ``function(request)`` over ``repeat`` calls, and its result.

    The garbage collector is paused while timing, as :mod:`timeit` does, so a collection that
    happens to fall inside one side's call does not decide the ratio.
    """
    seconds, result = [], []
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            result = list(function(request))
            seconds.append(time.perf_counter() - start)
    finally:
        if collecting:
            gc.enable()
    return statistics.median(seconds), result


def help_seconds(repeat: int = 5) -> float:
    """Best wall-clock seconds of ``newsbrief --help`` in a fresh interpreter."""
    command = [sys.executable, "-c", "from newsbrief.cli import main; main()", "--help"]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def run(
    names: Sequence[str], sentences: int, kl_sentences: int, count: int, repeat: int
) -> tuple[list[Row], str]:
    """Time sumy and the fast version of each algorithm on the benchmark text."""
    from newsbrief.summarizers.fast import FastSummarizer
    from newsbrief.summarizers.sumy_adapter import SumySummarizer, make_summarizer

    document, note = benchmark_text(max(sentences, kl_sentences))
    rows = []
    for name in names:
        size = kl_sentences if name == "kl" else sentences
        sized = attrs.evolve(document, sentences=document.sentences[:size])
        request = SummaryRequest([sized], Budget(sentences=count))
        fast, reference = FastSummarizer(name), SumySummarizer(name)
        # Untimed: import sumy's module (about 1 s, paid once per process) and warm the shared
        # stemmer cache, as in any long-running process; both sides then run warm.
        make_summarizer(name, "en")
        fast.summarize(request)
        fast_seconds, ours = time_call(fast.summarize, request, repeat)
        sumy_seconds, theirs = time_call(reference.summarize, request, 1)
        if sumy_seconds < QUICK_SECONDS:  # cheap enough to time like ours: median of ``repeat``
            sumy_seconds, theirs = time_call(reference.summarize, request, repeat)
        sentences_, scores = reference.score(request)
        by_key = {s.key: float(v) for s, v in zip(sentences_, scores, strict=True)}
        selection = compare(ours, theirs, by_key)
        rows.append(Row(name, size, sumy_seconds, fast_seconds, selection))
        print(f"  {name}: sumy {sumy_seconds:.2f} s, fast {fast_seconds:.4f} s", file=sys.stderr)
    return rows, note


def table(rows: Sequence[Row], help_time: float) -> str:
    """The results as a Markdown table."""
    lines = [
        "| algorithm | sentences | sumy s | newsbrief s | speed-up | target | selection |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        ok = "yes" if r.ratio >= r.target else "**no**"
        lines.append(
            f"| {r.name} | {r.sentences} | {r.sumy_seconds:.3f} | {r.fast_seconds:.4f} | "
            f"{r.ratio:,.0f}x | {r.target}x ({ok}) | {r.selection} |"
        )
    ok = "yes" if help_time < 0.3 else "**no**"
    lines.append("")
    lines.append(f"`newsbrief --help`: {help_time:.3f} s (target < 0.3 s: {ok})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table; exit 1 if a selection differs beyond a tie."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000, help="text length (2000)")
    parser.add_argument(
        "--kl-sentences", type=int, default=600, help="text length for KL (600: sumy is cubic)"
    )
    parser.add_argument("--count", type=int, default=10, help="sentences to select (10)")
    parser.add_argument(
        "--repeat", type=int, default=5, help="timed calls, median (5; sumy only under 2 s)"
    )
    parser.add_argument("--algorithms", nargs="+", default=ALGORITHMS, choices=ALGORITHMS)
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)

    rows, note = run(args.algorithms, args.sentences, args.kl_sentences, args.count, args.repeat)
    text = "\n".join(
        [
            f"Text: {note} sentences; {args.count} selected; Python {platform.python_version()}, "
            f"{platform.machine()}.",
            "",
            table(rows, help_seconds()),
        ]
    )
    print(text)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n", encoding="utf-8")
    failed = [r for r in rows if r.selection != "identical" and "tie" not in r.selection]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
