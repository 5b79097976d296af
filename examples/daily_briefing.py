"""A daily briefing from a folder of feeds, named by date: run it from cron every morning.

    python examples/daily_briefing.py FOLDER --out DIR [--day YYYY-MM-DD] [--days N]

Reads every file in FOLDER that newsbrief can parse (JSON Lines exports, RSS/Atom files, saved
pages...), keeps the articles published in the N days up to DAY (default: the last day, today),
and writes ``DIR/DAY.md`` and ``DIR/DAY.json``. Articles without a date are left out and counted.
A file holding several articles (a page of sections) is one document, kept or left out by the
date at its top, as ``newsbrief build --since`` does.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import newsbrief


def main() -> None:
    """Parse the arguments and write the day's briefing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=Path("briefings"))
    parser.add_argument("--day", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--days", type=int, default=1, help="window length, ending on --day")
    parser.add_argument("--words", type=int, default=200)
    args = parser.parse_args()

    corpus = newsbrief.load(str(args.folder))
    first_day = args.day - dt.timedelta(days=args.days - 1)
    recent = [
        d for d in corpus if d.metadata.published and first_day <= d.metadata.published <= args.day
    ]
    undated = sum(1 for d in corpus if d.metadata.published is None)
    print(f"{len(recent)} article(s) from {first_day} to {args.day}; {undated} without a date")
    if not recent:
        raise SystemExit(f"no article published from {first_day} to {args.day}")

    briefing = newsbrief.build_briefing(recent, words=args.words, title=f"Briefing {args.day}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, extension in (("markdown", ".md"), ("json", ".json")):
        path = args.out / f"{args.day}{extension}"
        path.write_text(newsbrief.export(briefing, name), encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
