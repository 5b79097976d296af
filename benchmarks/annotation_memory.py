"""Memory peak of the entity and date annotators and of story grouping, this tree beside another.

    .venv/bin/python benchmarks/annotation_memory.py /tmp/s8_1k.jsonl --baseline /tmp/newsbrief-head
    .venv/bin/python benchmarks/annotation_memory.py real       # the seeds and the TAC sources
    .venv/bin/python benchmarks/annotation_memory.py newswire:2000 --baseline /tmp/newsbrief-head

``feed:N`` and ``newswire:N`` are N documents of that stress case of ``firehose.py`` (RSS
entries of 600 characters; TREC ``<DOC>`` articles of about 2.4 KB), written to a temporary
folder first.

Each tree runs in a fresh process (its own ``src`` first on the path): the documents are loaded,
segmented and analysed first (``analyse_documents``, not measured), then ``tracemalloc`` measures
one ``EntityAnnotator.annotate`` of them all, one ``DateAnnotator.annotate`` and one
``StoryGrouper.group``: the peak of Python allocations above what was held before (per
document), and what stays held after (the annotated documents, memories). Allocation sizes do
not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WORKER = """
import gc, json, sys, tracemalloc
sys.path.insert(0, sys.argv[2])
import newsbrief
from newsbrief.annotators.base import AnnotationContext
from newsbrief.annotators.dates.annotator import DateAnnotator
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.nlp.analysis import analyse_documents
from newsbrief.nlp.segmenter import segmented
from newsbrief.stories.grouping import StoryGrouper
if sys.argv[1] == "real":
    from speed_analysis import _load
    documents = _load("real", 0, 0)
else:
    documents = list(newsbrief.load(sys.argv[1]).documents)
documents = [segmented(d) for d in documents]
analyses = analyse_documents(documents)
EntityAnnotator().annotate(documents[:20], AnnotationContext(analyses=analyses))  # warm-up
DateAnnotator().annotate(documents[:20], AnnotationContext(analyses=analyses))
out = {"documents": len(documents)}
for stage in ("entities", "dates", "stories"):
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    if stage == "entities":
        result = EntityAnnotator().annotate(documents, AnnotationContext(analyses=analyses))
    elif stage == "dates":
        result = DateAnnotator().annotate(documents, AnnotationContext(analyses=analyses))
    else:
        result = StoryGrouper().group(documents, analyses)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    out[stage] = [peak - base, current - base]
    del result
print(json.dumps(out))
"""


def _run(tree: Path, corpus: str) -> dict[str, list[int] | int]:
    environment = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0")
    command = [sys.executable, "-c", _WORKER, corpus, str(ROOT / "benchmarks")]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"annotation_memory: {tree} failed: {done.stderr.strip()[-400:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _stress_corpus(corpus: str, tmp: Path) -> str:
    """``corpus``, or for ``feed:N`` / ``newswire:N`` the folder that stress case is written
    to (in ``tmp``)."""
    case, _, count = corpus.partition(":")
    if case not in ("feed", "newswire") or not count.isdigit():
        return corpus
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from firehose import write_feeds, write_newswire

    folder = tmp / case
    if case == "feed":
        write_feeds(folder, int(count))
    else:
        write_newswire(folder, int(count), files=max(1, int(count) // 1000))
    return str(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", help="a JSON Lines feed, a folder, 'real', or feed:N / newswire:N"
    )
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with")
    args = parser.parse_args(argv)
    trees = [("current", ROOT)]
    if args.baseline is not None:
        trees.insert(0, ("baseline", args.baseline))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = _stress_corpus(args.corpus, Path(tmp))
        results = {name: _run(tree, corpus) for name, tree in trees}
    count = int(results["current"]["documents"])  # type: ignore[arg-type]
    print(f"{args.corpus}: {count} documents; KB per document (tracemalloc)")
    print("| stage | " + " | ".join(f"{name} peak | {name} held" for name in results) + " |")
    print("|---|" + "---:|---:|" * len(results))
    for stage in ("entities", "dates", "stories"):
        cells = []
        for result in results.values():
            peak, held = result[stage]  # type: ignore[misc]
            cells += [f"{peak / count / 1e3:.1f}", f"{held / count / 1e3:.1f}"]
        print(f"| {stage} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
