"""Story grouping without gathering the features: a shuffle on blocking keys.

:meth:`~newsbrief.stories.grouping.StoryGrouper.group_features` needs every document's features
in one process. For collections whose partitions live elsewhere (Dask workers), the same
stories come from steps that each see a part of them, exchanging what they find through
*buckets* of keys (a term or an entity key goes to bucket ``crc32(key) % buckets``, the same in
every process):

1. **Postings** (per partition, :func:`postings`): for each bucket, its keys and the partition's
   documents having them.
2. **Blocking** (per bucket, :func:`block`): every posting of a key meets in its bucket, so the
   bucket knows each key's document frequency, and the candidate pairs of its *rare* keys (the
   documents sharing a key in at most ``max_df`` documents, as
   :func:`~newsbrief.stories.grouping._candidate_pairs`, by the same sparse product). It tells
   each partition the frequencies of its keys, and hands each pair to one bucket of pairs
   (:func:`owner`), which collects its pairs, each once (:func:`own`), and tells each partition
   which of its documents they need.
3. **Rows** (per partition, :func:`rows`): with its keys' frequencies and the collection's size,
   a partition makes its documents' TF-IDF and entity rows exactly as the whole collection's
   matrices hold them (columns in the same order, so every floating-point operation is the
   same), and sends each bucket the rows it asked for.
4. **Scores** (per bucket, :func:`linked_pairs`): the bucket scores its candidate pairs on those
   rows (:func:`~newsbrief.stories.grouping.linked_mask`, the single-process code) and keeps the
   linked ones.
5. **Joined** (the caller): union-find over the linked pairs, the only step that sees the whole
   collection, and it holds a root per document.
6. **Stories** (per partition, :func:`story_parts`, then per bucket of stories,
   :func:`shared_terms`): each story's label (its first document's headline) and the entities
   its documents share, from the documents' entities and IDF.

:func:`group_in_buckets` runs the steps through a ``submit`` function: in this process (tests,
:func:`group_locally`) or as Dask tasks (:mod:`newsbrief.pipeline.dask`), where the features,
postings and rows move between workers and only the linked pairs, labels and shared entities
reach the client. The stories are those of ``group_features`` on all the features, bit for bit.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from newsbrief.model import Story
from newsbrief.stories.features import DocumentFeatures
from newsbrief.stories.grouping import (
    MAX_INDEXED_DF,
    StoryGrouper,
    _joined_rows,
    _shared_terms,
    _union_find,
    index_pairs,
    linked_mask,
)

#: A key: ``(0, term)`` or ``(1, entity key)``; terms sort before entities, as the columns do.
Key = tuple[int, str]
#: What a partition holds for grouping: its documents' features and headlines.
Part = tuple[list[DocumentFeatures], list[str | None]]
#: Runs ``function(*args)`` somewhere and returns a handle of its result.
Submit = Callable[..., Any]
#: Turns a list of handles into their results.
Gather = Callable[[list[Any]], list[Any]]


def bucket_of(key: Key, buckets: int) -> int:
    """The bucket of ``key``: the same in every process (``hash`` of a string is not)."""
    return zlib.crc32(f"{key[0]}{key[1]}".encode("utf-8", "surrogatepass")) % buckets


def max_indexed_df(n: int) -> int:
    """Most documents a key may be in and still propose pairs (as ``_candidate_pairs``)."""
    return min(MAX_INDEXED_DF, max(10, int(2 * math.sqrt(n))))


#: One partition's postings for one bucket: the keys (sorted), how many of the partition's
#: documents have each, and those documents' global numbers, key after key (each key's in order).
Postings = tuple[list[Key], np.ndarray, np.ndarray]


def postings(part: Part, offset: int, buckets: int) -> list[Postings]:
    """Step 1: for each bucket, its keys and the partition's documents (global numbers, from
    ``offset``) having them."""
    features = part[0]
    keys: list[Key] = sorted(
        {(0, t) for f in features for t in f.terms} | {(1, k) for f in features for k in f.entities}
    )
    column = {key: i for i, key in enumerate(keys)}
    # The partition's document x key incidence, read by key (a sparse column per key).
    sizes = np.fromiter(
        (len(f.terms) + len(f.entities) for f in features), np.int64, count=len(features)
    )
    columns = np.fromiter(
        map(
            column.__getitem__,
            (
                (kind, name)
                for f in features
                for kind, names in ((0, f.terms), (1, f.entities))
                for name in names
            ),
        ),
        np.int64,
        count=int(sizes.sum()),
    )
    incidence = sp.csc_matrix(
        (
            np.ones(len(columns), dtype=np.int8),
            (np.repeat(np.arange(len(features)), sizes), columns),
        ),
        shape=(len(features), len(keys)),
    )
    incidence.sort_indices()
    counts = np.diff(incidence.indptr)
    numbers = incidence.indices.astype(np.int64) + offset
    bucket = np.fromiter((bucket_of(key, buckets) for key in keys), np.int64, count=len(keys))
    entry_bucket = np.repeat(bucket, counts)
    shards = []
    for b in range(buckets):
        chosen = np.flatnonzero(bucket == b)
        shards.append(
            ([keys[i] for i in chosen.tolist()], counts[chosen], numbers[entry_bucket == b])
        )
    return shards


def block(n: int, buckets: int, *shards: Postings) -> tuple[list[np.ndarray], list[dict[Key, int]]]:
    """Step 2, for one bucket of keys: its candidate pairs, split by the bucket that will score
    them (:func:`owner`), and for each partition the frequencies of its keys in this bucket."""
    every: dict[Key, int] = {}
    ids = [
        np.fromiter((every.setdefault(key, len(every)) for key in keys), np.int64, len(keys))
        for keys, _, _ in shards
    ]
    entry_ids = np.concatenate(
        [np.repeat(key_ids, counts) for key_ids, (_, counts, _) in zip(ids, shards, strict=True)]
        or [np.zeros(0, np.int64)]
    )
    numbers = np.concatenate([shard[2] for shard in shards] or [np.zeros(0, np.int64)])
    frequency = np.bincount(entry_ids, minlength=len(every))
    # The candidate pairs: documents sharing a rare key, as the single process finds them
    # (the same product of the document x rare key incidence with itself, in row blocks).
    rare = (frequency >= 2) & (frequency <= max_indexed_df(n))
    column = np.cumsum(rare) - 1  # rare keys renumbered in order
    chosen = rare[entry_ids]
    index = sp.csr_matrix(
        (
            np.ones(int(chosen.sum()), dtype=np.int32),
            (numbers[chosen], column[entry_ids[chosen]]),
        ),
        shape=(n, int(rare.sum())),
    )
    pairs = index_pairs(index)
    owners = owner(pairs, buckets)
    frequencies = [
        dict(zip(keys, frequency[key_ids].tolist(), strict=True))
        for (keys, _, _), key_ids in zip(shards, ids, strict=True)
    ]
    return [pairs[owners == b] for b in range(buckets)], frequencies


def owner(pairs: np.ndarray, buckets: int) -> np.ndarray:
    """The bucket scoring each pair: one, whichever buckets of keys proposed it, so no pair is
    scored twice."""
    return (pairs[:, 0] + pairs[:, 1]) % buckets


def own(
    n: int, bounds: Sequence[int], *proposed: np.ndarray
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Step 2b, for one bucket of pairs: its pairs (each once, sorted) and, for each partition
    (``bounds``: their first numbers), the partition's documents they need."""
    codes = _sorted_unique(np.concatenate([p[:, 0] * n + p[:, 1] for p in proposed]))
    pairs = np.column_stack([codes // n, codes % n])
    needed = _sorted_unique(pairs.ravel())
    edges = [*bounds, n]
    cuts = np.searchsorted(needed, edges)
    return pairs, [needed[cuts[i] : cuts[i + 1]] for i in range(len(bounds))]


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct ``values``, sorted (by a sort: ``np.unique`` hashes first, slower here)."""
    values = np.sort(values)
    if len(values):
        values = values[np.concatenate([[True], values[1:] != values[:-1]])]
    return values


#: The rows a partition sends a bucket: their global numbers, their columns' keys (sorted) and
#: the rows over those columns.
Rows = tuple[np.ndarray, list[Key], sp.csr_matrix]


def rows(part: Part, offset: int, n: int, buckets: int, *answers: Any) -> list[Rows]:
    """Step 3, for one partition: for each bucket of pairs, the rows of the partition's
    documents it needs, over the collection's IDF. ``answers``: the frequencies of the
    partition's keys from each bucket of keys (step 2), then the documents each bucket of pairs
    needs (step 2b)."""
    frequencies: dict[Key, int] = {}
    for known in answers[:buckets]:
        frequencies.update(known)
    wanted = answers[buckets:]
    features = part[0]
    if not features:
        return [(np.zeros(0, dtype=np.int64), [], sp.csr_matrix((0, 0))) for _ in wanted]
    joined = _joined_rows(features, frequencies, n)
    both = joined.both
    keys: list[Key] = [(0, key) for key in joined.term_keys] + [
        (1, key) for key in joined.entity_keys
    ]
    sent = []
    for needed in wanted:
        chosen = both[needed - offset]
        # Only the columns these rows use, renumbered in order (so still sorted by key).
        used = np.unique(chosen.indices)
        chosen = sp.csr_matrix(
            (chosen.data, np.searchsorted(used, chosen.indices), chosen.indptr),
            shape=(chosen.shape[0], len(used)),
        )
        sent.append((needed, [keys[i] for i in used.tolist()], chosen))
    return sent


def linked_pairs(
    pairs: np.ndarray, threshold: float, entity_weight: float, *parts: Rows
) -> np.ndarray:
    """Step 4, for one bucket: its candidate ``pairs`` scoring at least ``threshold``, scored
    on the rows the partitions sent (columns merged in key order: the collection's order)."""
    if not len(pairs):
        return pairs
    keys = sorted({key for _, part_keys, _ in parts for key in part_keys})
    column = {key: i for i, key in enumerate(keys)}
    blocks, numbers = [], []
    for part_numbers, part_keys, matrix in parts:
        if not len(part_numbers):
            continue
        renumber = np.fromiter(map(column.__getitem__, part_keys), np.int64, len(part_keys))
        blocks.append(
            sp.csr_matrix(
                (matrix.data, renumber[matrix.indices], matrix.indptr),
                shape=(matrix.shape[0], len(keys)),
            )
        )
        numbers.append(part_numbers)
    both = sp.csr_matrix(sp.vstack(blocks, format="csr"))
    order = np.concatenate(numbers)  # ascending: partitions in order, rows in order
    weights = np.array([entity_weight if kind else 1 - entity_weight for kind, _ in keys])
    local = np.searchsorted(order, pairs)
    return pairs[linked_mask(both, weights, local, threshold)]


def story_parts(
    part: Part,
    offset: int,
    n: int,
    buckets: int,
    story_of: dict[int, int],
    labelled: Sequence[int],
    *known: dict[Key, int],
) -> tuple[dict[int, str | None], list[list[tuple[int, int, DocumentFeatures, dict[str, float]]]]]:
    """Step 6, for one partition: the headlines of ``labelled`` documents (each story's first)
    and, for each bucket of stories, its documents in stories of several (``story_of``: global
    number -> story number) with their entities' IDF."""
    features, headlines = part
    labels = {number: headlines[number - offset] for number in labelled}
    frequencies: dict[Key, int] = {}
    for answer in known:
        frequencies.update(answer)
    shards: list[list[tuple[int, int, DocumentFeatures, dict[str, float]]]] = [
        [] for _ in range(buckets)
    ]
    for number, story in sorted(story_of.items()):
        feature = features[number - offset]
        keys = list(feature.entities)
        df = np.fromiter((frequencies[1, key] for key in keys), np.int64, len(keys))
        # The IDF ``_joined_rows`` computes for these columns.
        idf = np.log((n + 1) / (df + 1)) + 1
        shards[story % buckets].append(
            (story, number, feature, dict(zip(keys, idf.tolist(), strict=True)))
        )
    return labels, shards


def shared_terms(*shards: list[tuple[int, int, DocumentFeatures, dict[str, float]]]) -> dict:
    """Step 6, for one bucket of stories: each story's shared entities (``_shared_terms`` of its
    documents, in document order)."""
    stories: dict[int, list[tuple[int, DocumentFeatures]]] = {}
    idf: dict[str, float] = {}
    for shard in shards:
        for story, number, feature, known in shard:
            stories.setdefault(story, []).append((number, feature))
            idf.update(known)
    return {
        story: _shared_terms([feature.entities for _, feature in sorted(members, key=_first)], idf)
        for story, members in stories.items()
    }


def _first(item: tuple[int, Any]) -> int:
    return item[0]


def group_in_buckets(
    parts: Sequence[Any],
    ids: Sequence[Sequence[str]],
    submit: Submit,
    gather: Gather,
    buckets: int,
    grouper: StoryGrouper | None = None,
) -> tuple[Story, ...]:
    """The stories of partitions ``parts`` (handles of :data:`Part` values, ``ids`` their
    documents' ids), every step run through ``submit`` and only the linked pairs, labels and
    shared entities gathered: the stories of ``grouper.group_features`` on all of them."""
    grouper = grouper or StoryGrouper()
    sizes = [len(part_ids) for part_ids in ids]
    n = sum(sizes)
    if not n:
        return ()
    bounds = np.concatenate([[0], np.cumsum(sizes)[:-1]]).tolist()
    buckets = max(1, buckets)
    posted = [
        submit(postings, part, offset, buckets) for part, offset in zip(parts, bounds, strict=True)
    ]
    shards = [[submit(_item, p, b) for p in posted] for b in range(buckets)]
    blocked = [submit(block, n, buckets, *shards[b]) for b in range(buckets)]
    known = [[submit(_pick, b, 1, p) for b in blocked] for p in range(len(parts))]
    owned = [
        submit(own, n, bounds, *[submit(_pick, b, 0, o) for b in blocked]) for o in range(buckets)
    ]
    needs = [[submit(_pick, o, 1, p) for o in owned] for p in range(len(parts))]
    sent = [
        submit(rows, part, offset, n, buckets, *known[p], *needs[p])
        for p, (part, offset) in enumerate(zip(parts, bounds, strict=True))
    ]
    linked = [
        submit(
            linked_pairs,
            submit(_item, owned[o], 0),
            grouper.threshold,
            grouper.entity_weight,
            *[submit(_item, s, o) for s in sent],
        )
        for o in range(buckets)
    ]
    found = gather(linked)
    roots = _union_find(n, np.concatenate(found) if found else np.zeros((0, 2), np.int64))

    members: dict[int, list[int]] = {}
    for number, root in enumerate(roots):
        members.setdefault(root, []).append(number)
    order = sorted(members)
    partition_of = (np.searchsorted(bounds, np.arange(n), side="right") - 1).tolist()
    story_of: list[dict[int, int]] = [{} for _ in parts]
    labelled: list[list[int]] = [[] for _ in parts]
    for story, root in enumerate(order):
        labelled[partition_of[root]].append(root)
        if len(members[root]) > 1:
            for number in members[root]:
                story_of[partition_of[number]][number] = story
    told = [
        submit(story_parts, part, offset, n, buckets, story_of[p], labelled[p], *known[p])
        for p, (part, offset) in enumerate(zip(parts, bounds, strict=True))
    ]
    labels: dict[int, str | None] = {}
    for part_labels in gather([submit(_item, t, 0) for t in told]):
        labels.update(part_labels)
    shared: dict[int, tuple[str, ...]] = {}
    for found_shared in gather(
        [submit(shared_terms, *[submit(_story_shard, t, b) for t in told]) for b in range(buckets)]
    ):
        shared.update(found_shared)
    every_id = [doc_id for part_ids in ids for doc_id in part_ids]
    return tuple(
        Story(
            id=f"s{story + 1}",
            documents=tuple(every_id[number] for number in members[root]),
            label=labels[root],
            shared_terms=shared.get(story, ()),
        )
        for story, root in enumerate(order)
    )


def _item(value: Sequence[Any], index: int) -> Any:
    """``value[index]`` (a step's result is split into the parts other steps need)."""
    return value[index]


def _pick(value: Sequence[Sequence[Any]], index: int, inner: int) -> Any:
    """``value[index][inner]``: a bucket's answer to one partition or bucket."""
    return value[index][inner]


def _story_shard(told: tuple[Any, list[Any]], bucket: int) -> Any:
    """A partition's documents for one bucket of stories (step 6)."""
    return told[1][bucket]


def group_locally(parts: Sequence[Part], buckets: int = 4) -> tuple[Story, ...]:
    """:func:`group_in_buckets` run in this process (every step one after another)."""
    return group_in_buckets(
        parts,
        [[feature.doc_id for feature in part[0]] for part in parts],
        lambda function, *args: function(*args),
        list,
        buckets,
    )
