"""Story grouping by a shuffle on blocking keys gives the stories of the single-process grouping.

The Dask run of the same steps (separate worker processes) is checked in
``tests/test_distributed.py``.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.nlp.segmenter import segmented
from newsbrief.stories import blocking
from newsbrief.stories.features import DocumentFeatures, extract_features
from newsbrief.stories.grouping import TOPIC_THRESHOLD, StoryGrouper, headline

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def collection(synthetic_feed, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    """Features and headlines of the seeds and 150 synthetic articles (stories of 1-8)."""
    feed = synthetic_feed(tmp_path_factory.mktemp("blocking") / "feed.jsonl", 150, seed=5)
    documents = [segmented(d) for d in newsbrief.load(str(SEEDS), str(feed)).documents]
    return [extract_features(d) for d in documents], [headline(d) for d in documents]


def _parts(collection: tuple[list, list], size: int) -> list[blocking.Part]:
    features, headlines = collection
    return [
        (features[i : i + size], headlines[i : i + size]) for i in range(0, len(features), size)
    ]


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(1, 160), st.integers(1, 6))
def test_buckets_give_the_single_process_stories(collection, size: int, buckets: int) -> None:
    expected = StoryGrouper().group_features(*collection)
    assert len(expected) < len(collection[0])  # some stories of several documents
    assert blocking.group_locally(_parts(collection, size), buckets) == expected


@pytest.mark.parametrize(
    "grouper",
    [StoryGrouper(threshold=TOPIC_THRESHOLD), StoryGrouper(entity_weight=0.3, threshold=0.15)],
)
def test_buckets_honour_the_grouper_options(collection, grouper: StoryGrouper) -> None:
    parts = _parts(collection, 40)
    ids = [[f.doc_id for f in part[0]] for part in parts]
    got = blocking.group_in_buckets(parts, ids, lambda f, *a: f(*a), list, 3, grouper)
    assert got == grouper.group_features(*collection)


def test_the_caller_gathers_pairs_labels_and_shared_names_never_features(collection) -> None:
    gathered: list[Any] = []

    def gather(values: list[Any]) -> list[Any]:
        gathered.extend(values)
        return list(values)

    parts = _parts(collection, 50)
    ids = [[f.doc_id for f in part[0]] for part in parts]
    blocking.group_in_buckets(parts, ids, lambda f, *a: f(*a), gather, 4)

    def leaves(value: Any) -> Any:
        if isinstance(value, dict):
            for key, item in value.items():
                yield key
                yield from leaves(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from leaves(item)
        else:
            yield value

    kinds = {type(leaf) for value in gathered for leaf in leaves(value)}
    assert DocumentFeatures not in kinds
    assert kinds <= {np.ndarray, int, str, type(None)}


def test_empty_and_tiny_collections() -> None:
    assert blocking.group_locally([], 3) == ()
    assert blocking.group_locally([([], [])], 2) == ()
    one = extract_features(segmented(newsbrief.load(str(SEEDS)).documents[0]))
    assert blocking.group_locally([([one], ["A headline"])], 2) == StoryGrouper().group_features(
        [one], ["A headline"]
    )


def test_a_key_goes_to_the_same_bucket_in_every_process() -> None:
    # crc32, not the per-process salted ``hash``.
    assert blocking.bucket_of((1, "name:sabrina singh"), 7) == blocking.bucket_of(
        (1, "name:sabrina singh"), 7
    )
    assert [blocking.bucket_of((0, "storm"), 5), blocking.bucket_of((1, "num:820"), 5)] == [
        zlib.crc32(b"0storm") % 5,
        zlib.crc32(b"1num:820") % 5,
    ]


def test_empty_partitions_between_others(collection) -> None:
    features, headlines = collection
    parts = [
        (features[:30], headlines[:30]),
        ([], []),
        (features[30:31], headlines[30:31]),
        ([], []),
        (features[31:], headlines[31:]),
        ([], []),
    ]
    assert blocking.group_locally(parts, 3) == StoryGrouper().group_features(features, headlines)
