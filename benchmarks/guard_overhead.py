"""What the plugin guard costs: one build of a synthetic feed, guarded components against the
plugins' own objects, side by side in the same process.

    .venv/bin/python benchmarks/guard_overhead.py              # 300 articles, median of 3
    .venv/bin/python benchmarks/guard_overhead.py --articles 1000 --repeat 5

Every registry hands out guarded proxies (``newsbrief/guard.py``): each call is wrapped and its
output checked against the contract (parsed documents, annotated documents, summary items). The
unguarded run swaps the registries' entries for the components themselves, so the only
difference is the guard. Both runs must give the same briefing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
from synthetic_corpus import write_jsonl

import newsbrief
from newsbrief.plugins import COMPONENT_HOOKS, get_host


def unguard() -> None:
    """Replace every registry entry by the plugin's own component."""
    host = get_host()
    for kind in COMPONENT_HOOKS:
        registry = host.registry(kind)
        for name, entry in list(registry._entries.items()):
            registry._entries[name] = attrs.evolve(entry, component=entry.component.component)


def build(feed: Path) -> tuple[float, str]:
    started = time.perf_counter()
    corpus = newsbrief.load(str(feed))
    briefing = newsbrief.build_briefing(corpus, words=200)
    text = newsbrief.export(briefing, "json")
    return time.perf_counter() - started, text  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        feed = write_jsonl(Path(folder) / "feed.jsonl", args.articles, seed=1)
        build(feed)  # warm-up: imports, caches
        guarded = [build(feed) for _ in range(args.repeat)]
        unguard()
        plain = [build(feed) for _ in range(args.repeat)]
    same = guarded[0][1] == plain[0][1]
    g = statistics.median(t for t, _ in guarded)
    p = statistics.median(t for t, _ in plain)
    print(f"articles: {args.articles}, median of {args.repeat}")
    print(f"guarded   {g:8.3f} s")
    print(f"unguarded {p:8.3f} s")
    print(f"ratio     {g / p:8.3f}  (guarded / unguarded); same briefing: {same}")


if __name__ == "__main__":
    main()
