"""Story briefings on a Dask cluster (the optional ``dask`` extra).

The work of :func:`newsbrief.scaling.build_story_briefings`, as Dask tasks:

1. **Partitioned**: the documents are split into partitions of
   :data:`~newsbrief.scaling.PARTITION_SIZE`, scattered to the workers, and each partition is
   segmented and its story-grouping features extracted there. The segmented documents stay on
   the workers.
2. **Gathered**: only the features (terms, names, dates, numbers) and headlines come back to the
   client, which groups the stories: the inverted index of rare features proposes candidate
   pairs, and union-find over the linked pairs makes the stories. This step needs every
   document's features at once; it is small (a few hundred bytes a document) and linear.
3. **Shuffled**: stories are cut into batches of whole stories; for each batch, a selection task
   per partition picks the batch's documents out of that partition, so each story task receives
   just its documents, never whole partitions.
4. **Per story**: each batch is annotated (annotators resolve names and dates across a story's
   documents, so they run per story, not per document) and summarised, one briefing per story.

The client gathers the briefings in story order, so the result is identical to the local run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newsbrief.model import Document
from newsbrief.scaling import (
    PARTITION_SIZE,
    STORY_BATCH_DOCUMENTS,
    StoryBriefingSettings,
    StoryTask,
    brief_stories,
    group_prepared,
    partition_features,
    prepare_partition,
    story_batches,
)

if TYPE_CHECKING:
    from distributed import Client


def select_documents(
    prepared: tuple[list[Document], object, object], doc_ids: Sequence[str]
) -> list[Document]:
    """The documents of a prepared partition whose ids are in ``doc_ids`` (the shuffle step)."""
    wanted = set(doc_ids)
    return [document for document in prepared[0] if document.id in wanted]


def dask_story_results(
    client: Client,
    documents: Sequence[Document],
    settings: StoryBriefingSettings,
    task: StoryTask = brief_stories,
    *,
    partition_size: int = PARTITION_SIZE,
    batch_documents: int = STORY_BATCH_DOCUMENTS,
) -> list[Any]:
    """``task``'s results (briefings by default), one per story of ``documents``, on ``client``.

    ``documents`` have unique ids (as :func:`newsbrief.scaling.build_story_briefings` makes
    them); results come in story order.
    """
    size = partition_size
    parts = [documents[i : i + size] for i in range(0, len(documents), size)]
    if not parts:
        return []
    scattered = client.scatter(parts)
    prepared = client.map(prepare_partition, scattered, pure=False)
    features = client.gather(client.map(partition_features, prepared, pure=False))
    stories = group_prepared(features)

    partition_of = {}
    for index, part in enumerate(parts):
        for document in part:
            partition_of[document.id] = index
    tasks = []
    for batch in story_batches(stories, batch_documents):
        wanted: dict[int, list[str]] = {}
        for story in batch:
            for doc_id in story.documents:
                wanted.setdefault(partition_of[doc_id], []).append(doc_id)
        selections = [
            client.submit(select_documents, prepared[index], ids, pure=False)
            for index, ids in sorted(wanted.items())
        ]
        tasks.append(client.submit(task, batch, settings, *selections, pure=False))
    return [result for batch in client.gather(tasks) for result in batch]
