"""The group stage: documents about the same event gathered into stories, once per run.

Grouping reads only the text (through the shared analyses), never annotations, so it runs
before the annotators, which are handed the stories. For collections cut into partitions
(``--per-story``), each partition's features are extracted where the partition is, and only
the features are gathered to group them (:func:`group_partitions`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from newsbrief.model import Document, Story
from newsbrief.pipeline.memory import fewer_collections

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis
    from newsbrief.stories.features import DocumentFeatures

    #: What grouping needs of a partition: each document's features, and its headline.
    PartitionFeatures = tuple[list[DocumentFeatures], list[str | None]]

# Story grouping (NumPy, SciPy) is imported on first use: ``import newsbrief`` stays light.

#: Fewest documents after whose grouping the features' remembered tables are emptied
#: (:func:`newsbrief.stories.features.forget`): a run groups once, and after some thousand
#: documents they hold about 1-2 KB a document, which annotation can use instead.
FORGET_MIN_DOCUMENTS = 500


def group(
    documents: Sequence[Document],
    analyses: Mapping[str, Analysis],
    stories: Sequence[Story] | None = None,
) -> tuple[Story, ...]:
    """The stories of ``documents`` (:func:`newsbrief.stories.group_stories`), or ``stories``
    as given (a story of a larger collection, ``--per-story``)."""
    if stories is not None:
        return tuple(stories)
    from newsbrief.stories.grouping import group_stories

    # Each document's features are many small objects that live to the end of grouping:
    # collected every 700 allocations, they were traced again and again (as in ``analyse``).
    with fewer_collections():
        found = tuple(group_stories(documents, analyses=analyses))
    _forget_after(len(documents))
    return found


def group_partitions(parts: Sequence[PartitionFeatures]) -> tuple[Story, ...]:
    """Story grouping over every partition's features (in partition order)."""
    from newsbrief.stories.grouping import StoryGrouper

    features = [feature for part in parts for feature in part[0]]
    headlines = [title for part in parts for title in part[1]]
    with fewer_collections():
        found = tuple(StoryGrouper().group_features(features, headlines))
    _forget_after(len(features))
    return found


def _forget_after(documents: int) -> None:
    if documents >= FORGET_MIN_DOCUMENTS:
        from newsbrief.stories.features import forget

        forget()
