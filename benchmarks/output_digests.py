"""Digests of newsbrief's output, to check that a change leaves it byte for byte the same.

One digest for each document of every key in ``benchmarks/keys`` (its entity, date and quote
annotations: kind, offsets and attributes) and one for the seed briefing in JSON and in
Markdown. Run it once on each tree, then compare the two files::

    cd /tmp/newsbrief-head && PYTHONPATH=/tmp/newsbrief-head/src \\
        python /path/to/checkout/benchmarks/output_digests.py > /tmp/head.json
    cd /path/to/checkout && PYTHONPATH=src python benchmarks/output_digests.py > /tmp/now.json
    python benchmarks/output_digests.py --compare /tmp/head.json /tmp/now.json

The tree measured is the one ``PYTHONPATH`` imports (its path is printed on stderr); the keys and
the seed articles are this checkout's (``--keys``, ``--seeds``), so both trees read the same text.
Documents whose ``source`` file is missing from ``--shared`` are left out, with a count on
stderr, and MEANTIME ``.xml`` sources always are; of a ``*-webpages*`` key only the development
half (even positions) is read, never the blind one. ``--compare`` prints how many digests differ
(a digest in one file only counts as differing), names up to 60 of them, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KEYS = ROOT / "benchmarks" / "keys"
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared" / "data"
#: How many differing digests ``--compare`` names.
SHOWN = 60


def key_documents(path: Path, shared: Path) -> tuple[list[Any], int]:
    """The documents of one key, numbered as in the key (``KEY#N``), and how many were left out
    because their source is not there."""
    from newsbrief.model import Document, Metadata

    key = json.loads(path.read_text(encoding="utf-8"))
    language = key.get("language")
    documents, missing = [], 0
    for number, item in enumerate(key.get("documents", [])):
        if "webpages" in path.stem and number % 2:
            continue  # the blind half (odd positions, as ``--half blind``): not to be looked at
        text = item.get("text")
        if text is None:
            source = shared / item.get("source", "")
            if not source.is_file() or source.suffix == ".xml":
                missing += source.suffix != ".xml"
                continue
            text = source.read_text(encoding="utf-8")
        published = item.get("published")
        metadata = Metadata(
            language=language, published=dt.date.fromisoformat(published) if published else None
        )
        documents.append(Document.from_text(text, id=f"{path.stem}#{number}", metadata=metadata))
    return documents, missing


def annotation_digests(keys: Path, shared: Path) -> dict[str, str]:
    """``KEY#N`` -> the digest of that document's annotations (entities, then dates, then
    quotes, each annotator seeing what the one before added, as in a briefing)."""
    from newsbrief.annotators.dates import DateAnnotator
    from newsbrief.annotators.entities.annotator import EntityAnnotator
    from newsbrief.annotators.quotes.annotator import QuoteAnnotator

    digests: dict[str, str] = {}
    left_out = 0
    for path in sorted(keys.glob("*.json")):
        if path.name.startswith("seed"):  # not documents: the seed briefing's slots
            continue
        documents, missing = key_documents(path, shared)
        left_out += missing
        if not documents:
            continue
        entities = EntityAnnotator().annotate(documents)
        annotated = QuoteAnnotator().annotate(DateAnnotator().annotate(entities))
        for document in annotated:
            rows = [
                (
                    getattr(a.kind, "value", str(a.kind)),
                    a.start,
                    a.end,
                    json.dumps(dict(a.attributes), sort_keys=True, default=str),
                )
                for a in document.annotations
            ]
            digests[document.id] = _md5(json.dumps(sorted(rows)))
    if left_out:
        print(
            f"output_digests: {left_out} document(s) left out: source not in {shared}",
            file=sys.stderr,
        )
    return digests


def briefing_digests(seeds: Path) -> dict[str, str]:
    """``seeds.json`` and ``seeds.markdown``: the seed briefing with the default settings, read
    as ``newsbrief build seeds/`` reads it (the briefing records the path it was given)."""
    import newsbrief

    with contextlib.chdir(seeds.parent):
        briefing = newsbrief.build_briefing(newsbrief.load(f"{seeds.name}/"))
    return {
        f"seeds.{name}": _md5(newsbrief.export(briefing, name)) for name in ("json", "markdown")
    }


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def compare(before: Path, after: Path) -> int:
    """Print how many digests differ between two files, and which; 1 if any does."""
    a, b = (json.loads(path.read_text(encoding="utf-8")) for path in (before, after))
    names = set(a) | set(b)
    differing = sorted(name for name in names if a.get(name) != b.get(name))
    print(f"{len(differing)} of {len(names)} digests differ ({len(a)} vs {len(b)})")
    for name in differing[:SHOWN]:
        where = "" if name in a and name in b else f" (only in {before if name in a else after})"
        print(f"  {name}{where}")
    if len(differing) > SHOWN:
        print(f"  ... and {len(differing) - SHOWN} more")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="two digest files"
    )
    parser.add_argument("--keys", type=Path, default=KEYS, help="a folder of key files")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="the seed articles")
    parser.add_argument("--shared", type=Path, default=SHARED, help="where keys' sources live")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    import newsbrief

    print(f"output_digests: newsbrief from {Path(newsbrief.__file__).parent}", file=sys.stderr)
    digests = annotation_digests(args.keys, args.shared) | briefing_digests(args.seeds)
    json.dump(digests, sys.stdout, indent=0, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
