"""Story grouping on Dask workers (a shuffle on blocking keys) against grouping on one process.

    .venv/bin/python benchmarks/dask_grouping.py                 # 10,000 synthetic articles
    .venv/bin/python benchmarks/dask_grouping.py --articles 2000 --workers 2

Generates a synthetic feed (``benchmarks/synthetic_corpus.py``), extracts every document's
story-grouping features in this process, then groups them twice in the same run:

* **one process**: ``StoryGrouper().group_features`` on all features (what the client did
  before: gather every feature, group);
* **Dask**: the features scattered to a ``LocalCluster`` of ``--workers`` worker processes in
  partitions of ``--partition`` documents, grouped there by
  ``newsbrief.pipeline.dask.group_on_cluster`` (``newsbrief.stories.blocking``).

It prints the CPU time of the one-process grouping (``time.process_time``), the wall time of the
Dask grouping (its CPU is spent in the workers), the pickled size of what the client receives
either way (every feature, or the linked pairs, labels and shared names), and whether the
stories are identical.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Run the comparison and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import distributed

    import newsbrief
    from newsbrief.nlp.analysis import analyse_documents
    from newsbrief.nlp.segmenter import segmented
    from newsbrief.pipeline.dask import group_on_cluster
    from newsbrief.stories.grouping import StoryGrouper, extract_features, headline

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_corpus import write_jsonl

    with tempfile.TemporaryDirectory() as tmp:
        feed = write_jsonl(Path(tmp, "feed.jsonl"), args.articles, args.seed)
        documents = [segmented(d) for d in newsbrief.load(str(feed)).documents]
    analyses = analyse_documents(documents)
    features = [extract_features(d, analyses[d.id]) for d in documents]
    headlines = [headline(d) for d in documents]
    del documents, analyses

    start = time.process_time()
    expected = StoryGrouper().group_features(features, headlines)
    one_cpu = time.process_time() - start
    features_bytes = len(pickle.dumps((features, headlines), protocol=5))

    size = args.partition
    parts = [
        (features[i : i + size], headlines[i : i + size]) for i in range(0, len(features), size)
    ]
    ids = [[f.doc_id for f in part[0]] for part in parts]
    cluster = distributed.LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    )
    with cluster, distributed.Client(cluster) as client:
        futures = client.scatter(parts)
        distributed.wait(futures)
        received: list[Any] = []
        gather = client.gather

        def recording(values: Any) -> Any:
            results = gather(values)
            received.extend(results)
            return results

        client.gather = recording
        start = time.perf_counter()
        stories = group_on_cluster(client, futures, ids)
        dask_wall = time.perf_counter() - start
    received_bytes = len(pickle.dumps(received, protocol=5))

    print(
        f"{args.articles:,} articles, {len(parts)} partitions, {args.workers} worker processes, "
        f"{len(expected):,} stories"
    )
    print()
    print("| grouping | seconds | client receives (MB) |")
    print("|---|---:|---:|")
    print(f"| one process (CPU) | {one_cpu:.2f} | {features_bytes / 1e6:.1f} (every feature) |")
    print(
        f"| Dask, {args.workers} workers (wall) | {dask_wall:.2f} | "
        f"{received_bytes / 1e6:.2f} (linked pairs, labels, shared names) |"
    )
    print()
    print(f"identical stories: {stories == expected}")


if __name__ == "__main__":
    main()
