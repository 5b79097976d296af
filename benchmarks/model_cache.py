"""What the language model's cache saves: first identification, a small build, memory of ``-j 2``.

    .venv/bin/python benchmarks/model_cache.py --baseline /tmp/newsbrief-head --rounds 5

Every figure comes from fresh processes (``python ...`` with ``PYTHONPATH`` set to a tree's
``src``), in four variants run once per round, in an order rotated from round to round so all
see the same machine load:

* ``baseline``: the other tree (``--baseline``), which reads the model from py3langid's archive
  (or, if it has the cache too, uses a folder of its own in the scratch folder);
* ``cold``: this tree with an empty cache folder (reads the archive, writes the cache);
* ``warm``: this tree with the cache written (maps the arrays);
* ``off``: this tree with ``NEWSBRIEF_CACHE_DIR=""`` (reads the archive, writes nothing).

Measured: (1) the first identification (import ``newsbrief.languages.detect``, then
``detect_language`` of one German paragraph), timed inside the child from its first line, wall
and CPU; (2) ``newsbrief build seeds/ -f json``, the child's wall and CPU (user + system) time,
whose outputs must be byte-identical across variants; (3) ``newsbrief build FOLDER -f json -j 2``
on a folder of synthetic articles (``--feed-size`` text files, parsed in the two workers, so
each identifies languages): the peak over time of the summed RSS and PSS
(shared pages split between the processes mapping them) of the command's process tree, sampled
every 20 ms from ``/proc`` (Linux only; skipped elsewhere). Medians over the rounds.

    .venv/bin/python benchmarks/model_cache.py --compare --data ../shared/data

compares instead, in one process, the identifier read from the cache with the one read from the
model file (``NEWSBRIEF_CACHE_DIR=""``): ``rank`` (every label's score) and ``classify`` of
every text of ``benchmarks/language_id.py``'s documents and sentences, whole and cut to 30 and
300 characters, must be equal.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from synthetic_corpus import synthetic_articles  # noqa: E402

FIRST_IDENTIFICATION = """
import time
wall, cpu = time.perf_counter(), time.process_time()
from newsbrief.languages.detect import detect_language
found = detect_language(
    "Die Stadtwerke teilten am Montag mit, dass die beschädigten Leitungen bis zum Abend "
    "repariert seien und die Versorgung in allen Stadtteilen wieder laufe."
)
print(found, time.perf_counter() - wall, time.process_time() - cpu)
"""
VARIANTS = ("baseline", "cold", "warm", "off")


class Trees:
    """The environment of each variant (a fresh empty cache folder for every ``cold`` run)."""

    def __init__(self, baseline: Path, scratch: Path) -> None:
        self.baseline = baseline / "src"
        self.scratch = scratch
        self.warm = scratch / "warm"
        self.runs = 0

    def env(self, variant: str) -> dict[str, str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        if variant == "baseline":
            env["PYTHONPATH"] = str(self.baseline)
            # Its own folder, never the user's (a tree without the cache ignores it).
            env["NEWSBRIEF_CACHE_DIR"] = str(self.scratch / "baseline")
        elif variant == "cold":
            self.runs += 1
            folder = self.scratch / f"cold{self.runs}"
            shutil.rmtree(folder, ignore_errors=True)
            env["NEWSBRIEF_CACHE_DIR"] = str(folder)
        elif variant == "warm":
            env["NEWSBRIEF_CACHE_DIR"] = str(self.warm)
        else:
            env["NEWSBRIEF_CACHE_DIR"] = ""
        return env


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """Wall and CPU (user + system) seconds of one fresh process, and its standard output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pending.extend(int(child) for child in children)
    return found


def _rss_pss_kib(pids: list[int]) -> tuple[int, int]:
    rss = pss = 0
    for pid in pids:
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            if line.startswith("Rss:"):
                rss += int(line.split()[1])
            elif line.startswith("Pss:"):
                pss += int(line.split()[1])
    return rss, pss


def _peak_memory(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Peak summed RSS and PSS (MiB) of ``command``'s process tree while it runs."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    peak = [0, 0]

    def sample() -> None:
        while process.poll() is None:
            rss, pss = _rss_pss_kib(_tree(process.pid))
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    if process.wait() != 0:
        raise RuntimeError(f"{command} failed")
    sampler.join()
    return peak[0] / 1024, peak[1] / 1024


def _report(title: str, figures: dict[str, dict[str, list[float]]], unit: str) -> None:
    print(f"\n{title}")
    measures = next(iter(figures.values()))
    print(f"{'variant':10}" + "".join(f"{name:>16}" for name in measures))
    for variant, values in figures.items():
        cells = "".join(
            f"{statistics.median(v):>13.3f} {unit:2}" if v else f"{'-':>16}"
            for v in values.values()
        )
        print(f"{variant:10}{cells}")


def compare(data: Path) -> int:
    """Rank and classify every text with the cached and the uncached identifier; 0 if all equal."""
    from language_id import documents, ntrex_sentences

    from newsbrief.languages import identifier
    from newsbrief.languages.detect import _VARIETIES

    def keep(label: str) -> bool:
        return len(label) == 2 or label in _VARIETIES

    texts = [sample.text for sample in (*documents(data), *ntrex_sentences(data))]
    texts += [text[:cut] for text in texts for cut in (30, 300)]
    with tempfile.TemporaryDirectory(prefix="model-cache-compare-") as folder:
        os.environ["NEWSBRIEF_CACHE_DIR"] = ""
        plain = identifier.load(keep)
        os.environ["NEWSBRIEF_CACHE_DIR"] = folder
        identifier.load(keep)  # writes the cache
        cached = identifier.load(keep)  # reads it
        assert isinstance(cached._table.base, np.memmap), "not read from the cache"
        differ = sum(
            cached.rank(text) != plain.rank(text) or cached.classify(text) != plain.classify(text)
            for text in texts
        )
    print(f"{len(texts)} texts, {differ} with another rank or classification")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another newsbrief checkout")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--feed-size", type=int, default=120, help="articles of the -j 2 run")
    parser.add_argument(
        "--parts",
        default="identify,build,memory",
        help="comma-separated: identify (first identification), build (seeds), memory (-j 2)",
    )
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated")
    parser.add_argument("--compare", action="store_true", help="compare answers, do not time")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    options = parser.parse_args()
    if options.compare:
        sys.exit(compare(options.data))
    if options.baseline is None:
        parser.error("--baseline is required to time")
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="model-cache-bench-") as scratch_name:
        scratch = Path(scratch_name)
        trees = Trees(options.baseline, scratch)
        feed = scratch / "articles"
        feed.mkdir()
        for number, record in enumerate(synthetic_articles(options.feed_size, seed=3)):
            text = f"{record['title']}\n\n{record['text']}\n"
            (feed / f"{number:05}.txt").write_text(text, encoding="utf-8")
        first = [python, "-c", FIRST_IDENTIFICATION]
        build = [python, "-m", "newsbrief", "build", str(ROOT / "seeds"), "-f", "json", "-q"]
        parallel = [python, "-m", "newsbrief", "build", str(feed), "-f", "json", "-q", "-j", "2"]
        # The warm variant's cache, written once.
        _run(first, trees.env("warm"))
        variants = tuple(options.variants.split(","))
        parts = set(options.parts.split(","))
        if "memory" in parts and not Path("/proc/self/smaps_rollup").exists():
            parts.discard("memory")  # /proc's memory figures are Linux's
        identification = {v: {"wall": [], "cpu": []} for v in variants}
        builds = {v: {"wall": [], "cpu": []} for v in variants}
        memory: dict[str, dict[str, list[float]]] = {v: {"rss": [], "pss": []} for v in variants}
        outputs: dict[str, set[bytes]] = {v: set() for v in variants}

        def identify(v: str) -> None:
            _, _, out = _run(first, trees.env(v))
            answer, wall, cpu = out.split()
            assert answer == b"de", answer
            identification[v]["wall"].append(float(wall))
            identification[v]["cpu"].append(float(cpu))

        def brief(v: str) -> None:
            wall, cpu, out = _run(build, trees.env(v))
            builds[v]["wall"].append(wall)
            builds[v]["cpu"].append(cpu)
            outputs[v].add(out)

        def parallel_memory(v: str) -> None:
            rss, pss = _peak_memory(parallel, trees.env(v))
            memory[v]["rss"].append(rss)
            memory[v]["pss"].append(pss)

        steps: list[tuple[str, Callable[[str], None]]] = [
            ("identify", identify),
            ("build", brief),
            ("memory", parallel_memory),
        ]
        for round_ in range(options.rounds):
            shift = round_ % len(variants)
            order = variants[shift:] + variants[:shift]
            for part, step in steps:
                if part in parts:
                    for variant in order:
                        step(variant)
            print(f"round {round_ + 1}/{options.rounds} done", file=sys.stderr)
    if "identify" in parts:
        title = "first identification in a fresh process (in-child, from its first line)"
        _report(title, identification, "s")
    if "build" in parts:
        _report("newsbrief build seeds/ -f json (whole process)", builds, "s")
        distinct = set().union(*outputs.values())
        print(f"\nseed briefings: {len(distinct)} distinct output(s) across all runs")
    if "memory" in parts:
        _report(f"build of {options.feed_size} articles -j 2: peak of the tree", memory, "MB")


if __name__ == "__main__":
    main()
