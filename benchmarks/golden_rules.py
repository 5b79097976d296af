"""Golden Rules sentence-segmentation benchmark, per language, systems side by side.

Every ``golden_rules_<language>.json`` of the Golden Rules folder (pragmatic segmenter's and
pySBD's rule sets: ``{"name", "text", "expected"}`` rows) is segmented by newsbrief's
segmenter (with the rule set's language), by plain nupunkt (the model newsbrief starts from)
and, when installed, by pySBD; a rule passes when the trimmed sentences equal the expected
ones exactly. pySBD's per-language sets are pySBD's own regression tests, so it passes them by
construction: its column is a reference, not a rival.

    .venv/bin/python benchmarks/golden_rules.py --data ../shared/data/golden-rules
    .venv/bin/python benchmarks/golden_rules.py --data ../shared/data/golden-rules --failures
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from newsbrief.nlp.segmenter import sentence_spans

Segmenter = Callable[[str], list[str]]


def newsbrief_segmenter(language: str) -> Segmenter:
    """newsbrief's segmenter told the language, as a document's language tells it."""
    return lambda text: [text[s:e] for s, e in sentence_spans(text, language)]


def nupunkt_segmenter(language: str) -> Segmenter:
    """nupunkt's default model (language-independent)."""
    import nupunkt

    model = nupunkt.load("default")
    return lambda text: [text[s:e] for s, e in model.span_tokenize(text)]


def pysbd_segmenter(language: str) -> Segmenter | None:
    """pySBD for ``language``, or ``None`` when it is not installed or lacks the language."""
    try:
        import pysbd
    except ImportError:
        return None
    try:
        segmenter = pysbd.Segmenter(language=language, clean=False)
    except ValueError:
        return None
    return lambda text: [str(s) for s in segmenter.segment(text)]


SYSTEMS: dict[str, Callable[[str], Segmenter | None]] = {
    "newsbrief": newsbrief_segmenter,
    "nupunkt": nupunkt_segmenter,
    "pysbd": pysbd_segmenter,
}


def rule_sets(folder: Path) -> dict[str, list[dict[str, object]]]:
    """Rule sets by name (``en``, ``en_ps52``, ``de``...), from ``golden_rules_<name>.json``."""
    sets = {}
    for path in sorted(folder.glob("golden_rules_*.json")):
        name = path.stem.removeprefix("golden_rules_")
        rows = json.loads(path.read_text("utf-8"))
        if isinstance(rows, list):  # the README's all-languages dict repeats the others
            sets[name] = rows
    return sets


def passes(segmenter: Segmenter, row: dict[str, object]) -> bool:
    """Whether ``segmenter`` returns exactly the expected sentences (trimmed, none empty)."""
    found = [s.strip() for s in segmenter(str(row["text"])) if s.strip()]
    return found == [str(s).strip() for s in row["expected"]]  # type: ignore[union-attr]


def score(folder: Path) -> list[tuple[str, int, dict[str, int | None], dict[str, list[str]]]]:
    """Per rule set: its size, each system's passes (``None``: no such language), failures."""
    table = []
    for name, rows in rule_sets(folder).items():
        language = name.split("_")[0]
        counts: dict[str, int | None] = {}
        failures: dict[str, list[str]] = {}
        for system, make in SYSTEMS.items():
            segmenter = make(language)
            if segmenter is None:
                counts[system] = None
                continue
            failed = [str(row["name"]) for row in rows if not passes(segmenter, row)]
            counts[system], failures[system] = len(rows) - len(failed), failed
        table.append((name, len(rows), counts, failures))
    return table


def main(argv: list[str] | None = None) -> int:
    """Print the table (and, with ``--failures``, newsbrief's failed rules)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/golden-rules"))
    parser.add_argument("--failures", action="store_true", help="list newsbrief's failures")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"no Golden Rules folder at {args.data}")
    table = score(args.data)
    print("| rules | cases | " + " | ".join(SYSTEMS) + " |")
    print("|---|---:|" + "---:|" * len(SYSTEMS))
    below = []
    for name, size, counts, failures in table:
        cells = ["n/a" if counts[s] is None else str(counts[s]) for s in SYSTEMS]
        print(f"| {name} | {size} | " + " | ".join(cells) + " |")
        if (counts["newsbrief"] or 0) < (counts["nupunkt"] or 0):
            below.append(name)
        if args.failures and failures.get("newsbrief"):
            print(f"|   newsbrief fails: {', '.join(failures['newsbrief'])} | | | | |")
    totals = [sum(c[s] or 0 for _, _, c, _ in table) for s in SYSTEMS]
    print(f"| all | {sum(t[1] for t in table)} | " + " | ".join(map(str, totals)) + " |")
    if below:
        print(f"\nbelow nupunkt: {', '.join(below)}")
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
