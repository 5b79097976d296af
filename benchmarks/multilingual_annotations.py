"""Entities, quotes and dates per language on NTREX-128: a cross-lingual recall proxy.

NTREX-128 holds 123 English news articles and their professional translations. Every language's
articles are annotated the same way (the language declared, no publication date) and compared
with the English side of the same articles:

* ``entities``, ``quotes``, ``dates``: mentions found, as a ratio to English's (1.00 = as many);
* ``places/orgs``: of the canonical place and organisation names found in an English article,
  the share also found in its translation (canonical names are shared across scripts:
  ``Київ``/``Kyiv``), summed over articles;
* ``date values``: of the fully written dates (day, month or year values) of an English
  article, the share the translation resolves to the same value.

Run from the checkout (the data is read from ``../shared/data/ntrex128``)::

    .venv/bin/python benchmarks/multilingual_annotations.py [--languages uk,ru,de,fr,es]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import newsbrief
from newsbrief.model import AnnotationKind, Document, Metadata

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ntrex128"
LANGUAGES = ("uk", "ru", "de", "fr", "es")


def documents(code: str) -> list[Document]:
    """The NTREX articles of one language, language declared, in file order."""
    folder = DATA / code
    return [
        Document.from_text(
            path.read_text(encoding="utf-8"), id=path.stem, metadata=Metadata(language=code)
        )
        for path in sorted(folder.glob("*.txt"))
    ]


def annotate(code: str) -> tuple[dict[str, Document], float]:
    """Each article of ``code`` annotated (one briefing per language), and the seconds taken."""
    started = time.perf_counter()
    briefing = newsbrief.build_briefing(documents(code), words=100)
    return {d.id: d for d in briefing.documents}, time.perf_counter() - started


def facts(document: Document) -> dict[str, object]:
    """What one annotated article holds: counts, canonical places/orgs, written date values."""
    entities = list(document.annotations_of(AnnotationKind.ENTITY))
    dates = list(document.annotations_of(AnnotationKind.DATE))
    return {
        "entities": len(entities),
        "quotes": len(list(document.annotations_of(AnnotationKind.QUOTE))),
        "dates": len(dates),
        "named": {
            str(a.attributes["name"])
            for a in entities
            if a.attributes.get("type") in ("place", "organisation")
        },
        "values": {str(a.attributes["value"]) for a in dates if a.attributes.get("value")},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"NTREX-128 not found at {DATA}", file=sys.stderr)
        return 1
    english, seconds = annotate("en")
    base = {doc_id: facts(d) for doc_id, d in english.items()}
    totals = Counter()
    for f in base.values():
        totals.update({k: f[k] for k in ("entities", "quotes", "dates")})
    print(
        f"{len(base)} articles; English: {totals['entities']} entity mentions, "
        f"{totals['quotes']} quotes, {totals['dates']} dates ({seconds:.1f} s)"
    )
    header = "| language | entities | quotes | dates | places/orgs | date values | seconds |"
    print(header)
    print("|---|---|---|---|---|---|---|")
    print(
        f"| en | {totals['entities']} | {totals['quotes']} | {totals['dates']} | - | - |"
        f" {seconds:.1f} |"
    )
    for code in [c.strip() for c in args.languages.split(",") if c.strip()]:
        annotated, seconds = annotate(code)
        counts: Counter[str] = Counter()
        shared = wanted = same = written = 0
        for doc_id, en_facts in base.items():
            if doc_id not in annotated:
                continue
            f = facts(annotated[doc_id])
            counts.update({k: f[k] for k in ("entities", "quotes", "dates")})
            wanted += len(en_facts["named"])
            shared += len(en_facts["named"] & f["named"])
            written += len(en_facts["values"])
            same += len(en_facts["values"] & f["values"])
        ratios = [
            counts[k] / totals[k] if totals[k] else 0.0 for k in ("entities", "quotes", "dates")
        ]
        print(
            f"| {code} | {counts['entities']} ({ratios[0]:.2f}) | {counts['quotes']} "
            f"({ratios[1]:.2f}) | {counts['dates']} ({ratios[2]:.2f}) | "
            f"{shared}/{wanted} ({shared / max(wanted, 1):.2f}) | "
            f"{same}/{written} ({same / max(written, 1):.2f}) | {seconds:.1f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
