"""CPU seconds of the English evidence pass, this tree's beside another tree's, in one process.

    PYTHONPATH=src python benchmarks/evidence_side_by_side.py /tmp/syn3k.jsonl \
        --baseline /tmp/newsbrief-head --rounds 6

One ``build_briefing`` of the feed (this tree) keeps each document's packed candidates and
text as the entity annotator hands them to the pass; then ``document_evidence`` runs over all
of them with this tree's ``evidence`` module and with the other tree's ``evidence.py`` (loaded
by its path, on this tree's other modules), rounds alternating which goes first. Both must
give the same answers for every document. On a loaded machine only this ratio counts.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("feed")
    parser.add_argument("--baseline", required=True, help="another checkout")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)

    import newsbrief
    from newsbrief.annotators.entities import annotator
    from newsbrief.annotators.entities import evidence as ours

    seen: list[tuple[Any, str]] = []
    original = annotator.with_evidence

    def keeping(found: Any, spans: Any, documents: Any, *rest: Any, **named: Any) -> Any:
        seen.extend(zip(spans._packed, [d.text for d in documents], strict=True))
        return original(found, spans, documents, *rest, **named)

    annotator.with_evidence = keeping  # type: ignore[assignment]
    newsbrief.build_briefing(newsbrief.load(args.feed))
    annotator.with_evidence = original

    path = Path(args.baseline) / "src/newsbrief/annotators/entities/evidence.py"
    spec = importlib.util.spec_from_file_location("baseline_evidence", path)
    assert spec is not None and spec.loader is not None
    theirs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(theirs)

    for packed, text in seen:
        a, b = theirs.document_evidence(packed, text), ours.document_evidence(packed, text)
        if (a.changed, a.dropped, a.added) != (b.changed, b.dropped, b.added):
            sys.exit(f"different answers: {text[:60]!r}")
    times: dict[str, list[float]] = {"baseline": [], "this tree": []}
    sides = [("baseline", theirs), ("this tree", ours)]
    for n in range(args.rounds):
        for name, module in sides if n % 2 == 0 else sides[::-1]:
            start = time.process_time()
            for packed, text in seen:
                module.document_evidence(packed, text)
            times[name].append(time.process_time() - start)
    print(f"{len(seen)} documents, the same answers")
    for name, spent in times.items():
        print(f"{name}: " + " ".join(f"{t:.3f}" for t in spent) + f"  (best {min(spent):.3f})")
    print(f"ratio of the bests: {min(times['baseline']) / min(times['this tree']):.2f}x")


if __name__ == "__main__":
    main()
