"""The per-story tasks of large collections (``--per-story``): one briefing per story.

A day's feed holds thousands of articles on hundreds of events; one briefing of all of them says
little. The collection is cut into partitions; each partition is prepared where it is
(:func:`prepare_partition`: segmented, its annotators' per-document drafts made, its
story-grouping features extracted); only the features are gathered to group the stories
(:func:`newsbrief.pipeline.group.group_partitions`); stories are cut into batches of whole
stories (:func:`story_batches`); and each batch is briefed (:func:`brief_stories`), every
story annotated and summarised on its own documents only. These are plain functions: a runner
(:mod:`newsbrief.pipeline.runners`) decides where each runs, never what it computes, so the
briefings are the same in this process, a process pool or on Dask.

Every step is linear in the number of articles: parsing, segmenting and feature extraction are
per document, grouping scores only candidate pairs from a capped inverted index, and each
story's summary costs at most a bounded number of sentences.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief.model import Briefing, Document, Story
from newsbrief.pipeline.annotate import Drafted, Drafts, prepare_documents
from newsbrief.pipeline.brief import build_briefing
from newsbrief.pipeline.group import partition_features
from newsbrief.pipeline.settings import STORY_BATCH_DOCUMENTS, Settings

if TYPE_CHECKING:
    from newsbrief.pipeline.group import PartitionFeatures

#: A prepared partition: its documents (segmented) with their drafts beside them, their
#: features and headlines.
Prepared = tuple[Drafted, list[Any], list[str | None]]
#: A story task: ``(stories, settings, *document_groups) -> one result per story``.
StoryTask = Callable[..., list[Any]]


def prepare_partition(
    documents: Sequence[Document], annotators: Iterable[str] | None = None
) -> Prepared:
    """Per-document work on one partition: prepared documents, their features and headlines.

    Documents come back segmented, with the per-document drafts of ``annotators`` (all
    registered ones by default; ``()`` for none, when only the features are wanted) beside
    them, which their story's annotation step reuses
    (:func:`newsbrief.pipeline.annotate.prepare_documents`).
    """
    drafted = prepare_documents(documents, annotators)
    features, headlines = partition_features(drafted.documents)
    return drafted, features, headlines


def prepared_features(prepared: Prepared) -> PartitionFeatures:
    """What story grouping needs of a prepared partition (the documents stay where they are)."""
    return prepared[1], prepared[2]


def features_of(documents: Sequence[Document]) -> PartitionFeatures:
    """Story-grouping features and headlines of one partition (segmenting it)."""
    # No annotator drafts: only the features go back, the documents are prepared again.
    return prepared_features(prepare_partition(documents, annotators=()))


def select_documents(prepared: Prepared, doc_ids: Sequence[str]) -> Drafted:
    """The documents of a prepared partition whose ids are in ``doc_ids``, with their drafts
    (the shuffle step)."""
    return prepared[0].select(doc_ids)


def story_batches(
    stories: Sequence[Story], max_documents: int = STORY_BATCH_DOCUMENTS
) -> list[list[Story]]:
    """Consecutive runs of whole stories holding about ``max_documents`` documents each."""
    batches: list[list[Story]] = []
    size = 0
    for story in stories:
        if not batches or size + len(story.documents) > max_documents:
            batches.append([])
            size = 0
        batches[-1].append(story)
        size += len(story.documents)
    return [batch for batch in batches if batch]


def story_briefing(
    story: Story,
    documents: Sequence[Document],
    settings: Settings,
    drafts: Drafts | None = None,
) -> Briefing:
    """The briefing of one story: its documents (segmented), annotated and summarised.

    The briefing's title is the story's label and its only story is ``story`` (id kept, so a
    briefing can be traced back to the collection's grouping): the documents are not grouped
    again, and annotators see that story. ``drafts`` made by :func:`prepare_partition` are
    reused by the annotators.
    """
    titled = attrs.evolve(settings, title=story.label)
    return build_briefing(documents, titled, stories=(story,), drafts=drafts)


def brief_stories(
    stories: Sequence[Story], settings: Settings, *document_groups: Sequence[Document] | Drafted
) -> list[Briefing]:
    """The briefings of ``stories`` (in order), their documents found in ``document_groups``
    (with their drafts, for :class:`~newsbrief.pipeline.annotate.Drafted` groups)."""
    by_id = {document.id: document for group in document_groups for document in group}
    drafts = {
        doc_id: own
        for group in document_groups
        if isinstance(group, Drafted)
        for doc_id, own in group.drafts.items()
    }
    return [
        story_briefing(story, [by_id[doc_id] for doc_id in story.documents], settings, drafts)
        for story in stories
    ]


def brief_stories_jsonl(
    stories: Sequence[Story], settings: Settings, *document_groups: Sequence[Document] | Drafted
) -> list[str]:
    """Like :func:`brief_stories`, but each briefing already encoded as a JSON Lines line
    (the ``json`` exporter with ``settings.export_options``).

    Encoding where the briefing is made saves sending the briefing back to be encoded.
    """
    briefings = brief_stories(stories, settings, *document_groups)
    return list(briefings_to_jsonl(briefings, settings.export_options))


def briefings_to_jsonl(
    briefings: Iterable[Briefing], export_options: Mapping[str, Any] | None = None
) -> Iterator[str]:
    """Each briefing as one line of JSON Lines: what the ``json`` exporter writes, compacted."""
    from newsbrief.exporters.json_exporter import JsonExporter, briefing_to_dict

    # The json exporter's options, read as it reads them.
    options = JsonExporter().settings(export_options or {})
    for briefing in briefings:
        data = briefing_to_dict(briefing, **options)
        yield (
            json.dumps(
                data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
            )
            + "\n"
        )
