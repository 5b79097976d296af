"""Build a briefing in Python: load, filter, choose a summarizer, add a plugin, export two formats.

    python examples/build_briefing.py [INPUT ...] [--out DIR] [--keyword WORD]

Reads INPUT (files, folders, globs; the seed articles by default), keeps the articles that mention
WORD (``no-fly`` by default), summarizes them with LexRank in at most 120 words, registers an inline
exporter plugin, and writes ``briefing.md``, ``briefing.json`` and ``headlines.txt`` to DIR.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsbrief
from newsbrief.plugin_api import get_host

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class Headlines:
    """An exporter defined inline: one line per source, its number and headline."""

    name = "headlines"
    description = "The numbered sources' headlines, one per line."
    extensions = (".headlines",)

    def export(self, briefing: newsbrief.Briefing, options: dict) -> str:
        return "".join(f"[{s.number}] {s.title or s.doc_id}\n" for s in briefing.sources)


class InlinePlugin:
    """A plugin needs no distribution: any object with hook implementations will do."""

    @newsbrief.hookimpl
    def register_exporters(self, register):
        register(Headlines())


def main() -> None:
    """Parse the arguments, build the briefing and write it in three formats."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(SEEDS)])
    parser.add_argument("--out", type=Path, default=Path("briefing-out"))
    parser.add_argument("--keyword", default="no-fly")
    args = parser.parse_args()

    # 1. Load: bad inputs are skipped and reported, the others are still read.
    corpus = newsbrief.load(*args.inputs)
    for skipped in corpus.skipped:
        print(f"skipped {skipped}")

    # 2. Filter: documents are plain frozen objects, so any Python filter works.
    kept = [d for d in corpus if args.keyword.casefold() in d.text.casefold()]
    print(f"{len(kept)} of {len(corpus)} articles mention {args.keyword}")
    if not kept:
        raise SystemExit("nothing to summarize")

    # 3. Choose a summarizer by name (`newsbrief list` shows them) and a length budget.
    briefing = newsbrief.build_briefing(
        kept, summarizer="lexrank", words=120, title=f"{args.keyword} briefing"
    )

    # 4. Add an inline plugin for this run, and remove it when done.
    host = get_host()
    name = host.register(InlinePlugin(), name="inline-headlines")
    try:
        headlines = newsbrief.export(briefing, "headlines")
    finally:
        host.unregister(name=name)

    # 5. Export two formats (and the plugin's).
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "briefing.md").write_text(newsbrief.export(briefing, "markdown"), encoding="utf-8")
    (args.out / "briefing.json").write_text(newsbrief.export(briefing, "json"), encoding="utf-8")
    (args.out / "headlines.txt").write_text(headlines, encoding="utf-8")

    summary = json.loads((args.out / "briefing.json").read_text(encoding="utf-8"))["summary"]
    print(f"{len(summary)} sentences from {len(briefing.sources)} sources written to {args.out}")


if __name__ == "__main__":
    main()
