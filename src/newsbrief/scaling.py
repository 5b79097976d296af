"""Briefings of large collections: group stories once, then one briefing per story.

A day's feed holds thousands of articles on hundreds of events; one briefing of all of them says
little. :func:`build_story_briefings` groups the articles into stories (blocked on rare shared
features, so it never compares every pair) and builds a briefing per story, each annotated and
summarised on its own documents only. Every step is linear in the number of articles: parsing,
segmenting and feature extraction are per document, grouping scores only candidate pairs from a
capped inverted index, and each story's summary costs at most a bounded number of sentences.

With a :class:`dask.distributed.Client` the same work runs as Dask tasks, and the briefings are
identical to the local run's; :func:`newsbrief.distributed.load` also parses the inputs on the
workers and keeps the documents there (see :mod:`newsbrief.distributed`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.model import Briefing, Document, Story
from newsbrief.pipeline import DEFAULT_SUMMARIZER, Corpus, build_briefing, unique_ids
from newsbrief.stories.features import DocumentFeatures, extract_features
from newsbrief.stories.grouping import headline
from newsbrief.summarizers.base import Budget

if TYPE_CHECKING:
    from distributed import Client

    from newsbrief.distributed import DistributedCorpus

    #: What the story functions take: documents, a loaded corpus, or one loaded on Dask.
    Documents = Iterable[Document] | Corpus | DistributedCorpus


@attrs.frozen
class StoryBriefingSettings:
    """How each story's briefing is built (the keyword arguments of :func:`build_briefing`)."""

    #: Summarizer name.
    summarizer: str = DEFAULT_SUMMARIZER
    #: Length budget (``None``: the default budget).
    budget: Budget | None = None
    #: Summarizer options.
    options: Mapping[str, Any] = attrs.field(factory=dict, converter=dict)
    #: Annotators to run (``None``: every registered one).
    annotators: tuple[str, ...] | None = attrs.field(
        default=None, converter=lambda value: None if value is None else tuple(value)
    )


def story_briefing(
    story: Story, documents: Sequence[Document], settings: StoryBriefingSettings
) -> Briefing:
    """The briefing of one story: its documents (segmented), annotated and summarised.

    The briefing's title is the story's label and its only story is ``story`` (id kept, so a
    briefing can be traced back to the collection's grouping): the documents are not grouped
    again, and annotators see that story. Drafts the documents carry from
    :func:`prepare_partition` are reused by the annotators.
    """
    return build_briefing(
        documents,
        summarizer=settings.summarizer,
        budget=settings.budget,
        options=settings.options,
        annotators=settings.annotators,
        title=story.label,
        stories=(story,),
    )


#: Documents per partition of the per-document steps (segmenting, feature extraction).
PARTITION_SIZE = 500
#: About how many documents one story task summarises (whole stories, so it may be more).
STORY_BATCH_DOCUMENTS = 250


def prepare_partition(
    documents: Sequence[Document], annotators: Iterable[str] | None = None
) -> tuple[list[Document], list[DocumentFeatures], list[str | None]]:
    """Per-document work on one partition: prepared documents, their features and headlines.

    Documents come back segmented and carrying the per-document drafts of ``annotators`` (all
    registered ones by default; ``()`` for none, when only the features are wanted), which
    their story's annotation step reuses (:func:`newsbrief.annotate.prepare_documents`).
    """
    from newsbrief.annotate import prepare_documents

    docs = prepare_documents(documents, annotators)
    return docs, [extract_features(document) for document in docs], [headline(d) for d in docs]


def partition_features(
    prepared: tuple[list[Document], list[DocumentFeatures], list[str | None]],
) -> tuple[list[DocumentFeatures], list[str | None]]:
    """What story grouping needs of a prepared partition (the documents stay where they are)."""
    return prepared[1], prepared[2]


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


def brief_stories(
    stories: Sequence[Story],
    settings: StoryBriefingSettings,
    *document_groups: Sequence[Document],
) -> list[Briefing]:
    """The briefings of ``stories`` (in order), their documents found in ``document_groups``."""
    by_id = {document.id: document for group in document_groups for document in group}
    return [
        story_briefing(story, [by_id[doc_id] for doc_id in story.documents], settings)
        for story in stories
    ]


def group_prepared(
    parts: Sequence[tuple[list[DocumentFeatures], list[str | None]]],
) -> tuple[Story, ...]:
    """Story grouping over every partition's features (in partition order)."""
    from newsbrief.stories.grouping import StoryGrouper

    features = [feature for part in parts for feature in part[0]]
    headlines = [headline for part in parts for headline in part[1]]
    return StoryGrouper().group_features(features, headlines)


def brief_stories_jsonl(
    export_options: Mapping[str, Any],
    stories: Sequence[Story],
    settings: StoryBriefingSettings,
    *document_groups: Sequence[Document],
) -> list[str]:
    """Like :func:`brief_stories`, but each briefing already encoded as a JSON Lines line.

    Encoding where the briefing is made saves sending the briefing back to be encoded.
    """
    return list(
        briefings_to_jsonl(brief_stories(stories, settings, *document_groups), export_options)
    )


#: A story task: ``(stories, settings, *document_groups) -> one result per story``.
StoryTask = Callable[..., list[Any]]


def build_story_briefings(
    documents: Documents,
    *,
    client: Client | None = None,
    jobs: int = 1,
    summarizer: str = DEFAULT_SUMMARIZER,
    budget: Budget | None = None,
    sentences: int | None = None,
    words: int | None = None,
    overflow: bool = False,
    options: Mapping[str, Any] | None = None,
    annotators: Iterable[str] | None = None,
    partition_size: int = PARTITION_SIZE,
    batch_documents: int = STORY_BATCH_DOCUMENTS,
) -> list[Briefing]:
    """One briefing per story of ``documents``, in story order (``s1, s2...``).

    Stories are those of :func:`newsbrief.stories.group_stories` over the whole collection;
    each briefing is :func:`newsbrief.build_briefing` of the story's documents with that story
    (annotators run on the story's documents, as they resolve names and dates across them).
    ``jobs > 1`` runs the per-partition and per-story steps in that many processes (call it
    under ``if __name__ == "__main__":``); with ``client`` (a
    :class:`dask.distributed.Client`) they run as Dask tasks, as they do for a
    :class:`~newsbrief.distributed.DistributedCorpus` (from :func:`newsbrief.distributed.load`,
    parsed on the cluster; ``client`` is then its client). The result is the same either way,
    whatever the ``partition_size`` (documents per partition of the per-document steps) and
    ``batch_documents`` (about how many documents one story task summarises).
    """
    settings = _settings(summarizer, budget, sentences, words, overflow, options, annotators)
    return _run_stories(
        documents, settings, brief_stories, client, jobs, partition_size, batch_documents
    )


def story_briefings_jsonl(
    documents: Documents,
    *,
    export_options: Mapping[str, Any] | None = None,
    client: Client | None = None,
    jobs: int = 1,
    summarizer: str = DEFAULT_SUMMARIZER,
    budget: Budget | None = None,
    sentences: int | None = None,
    words: int | None = None,
    overflow: bool = False,
    options: Mapping[str, Any] | None = None,
    annotators: Iterable[str] | None = None,
    partition_size: int = PARTITION_SIZE,
    batch_documents: int = STORY_BATCH_DOCUMENTS,
) -> list[str]:
    """:func:`build_story_briefings` as JSON Lines (``build --per-story``), one line a story.

    Each line is the ``json`` exporter's briefing (with ``export_options``), compacted; lines
    are encoded in the worker that built the briefing.
    """
    settings = _settings(summarizer, budget, sentences, words, overflow, options, annotators)
    task = functools.partial(brief_stories_jsonl, dict(export_options or {}))
    return _run_stories(documents, settings, task, client, jobs, partition_size, batch_documents)


def _settings(
    summarizer: str,
    budget: Budget | None,
    sentences: int | None,
    words: int | None,
    overflow: bool,
    options: Mapping[str, Any] | None,
    annotators: Iterable[str] | None,
) -> StoryBriefingSettings:
    from newsbrief.pipeline import make_budget

    return StoryBriefingSettings(
        summarizer=summarizer,
        budget=make_budget(budget, sentences=sentences, words=words, overflow=overflow),
        options=dict(options or {}),
        annotators=annotators,
    )


def _run_stories(
    documents: Documents,
    settings: StoryBriefingSettings,
    task: StoryTask,
    client: Client | None,
    jobs: int,
    partition_size: int,
    batch_documents: int,
) -> list[Any]:
    """Prepare partitions, group stories, run ``task`` per batch of stories; results in order."""
    from newsbrief.distributed import DistributedCorpus, dask_story_results

    if isinstance(documents, DistributedCorpus):
        if client is not None and client is not documents.client:
            raise NewsbriefError("the documents are held by another Dask client than `client`")
        client = documents.client
        source: Sequence[Document] | DistributedCorpus = documents
    else:
        # Ids first (cheap on unsegmented documents), so every partition agrees on them.
        source = docs = unique_ids(list(documents))
    if client is not None:
        return dask_story_results(
            client,
            source,
            settings,
            task,
            partition_size=partition_size,
            batch_documents=batch_documents,
        )
    parts = [docs[i : i + partition_size] for i in range(0, len(docs), partition_size)]
    if jobs <= 1:
        # One process: annotator drafts would only move work earlier, and hold memory meanwhile.
        prepared = [prepare_partition(part, annotators=()) for part in parts]
        stories = group_prepared([partition_features(part) for part in prepared])
        by_id = {document.id: document for part in prepared for document in part[0]}
        del prepared
        results = []
        # Batch by batch, so only one batch's briefings are held at a time.
        for batch in story_batches(stories, batch_documents):
            results.extend(task(batch, settings, [by_id[i] for s in batch for i in s.documents]))
        return results
    from newsbrief.loading import process_pool

    with process_pool(jobs) as pool:
        # Only features come back; story tasks get the unsegmented documents (cheaper to send
        # than sentences) and segment them again.
        stories = group_prepared(list(pool.map(features_of, parts)))
        by_id = {document.id: document for document in docs}
        batches = story_batches(stories, batch_documents)
        groups = [[by_id[i] for story in batch for i in story.documents] for batch in batches]
        results = pool.map(task, batches, [settings] * len(batches), groups)
        return [result for batch in results for result in batch]


def features_of(documents: Sequence[Document]) -> tuple[list[DocumentFeatures], list[str | None]]:
    """Story-grouping features and headlines of one partition (segmenting it)."""
    # No annotator drafts: only the features go back, the documents are prepared again.
    return partition_features(prepare_partition(documents, annotators=()))


def briefings_to_jsonl(
    briefings: Iterable[Briefing], export_options: Mapping[str, Any] | None = None
) -> Iterator[str]:
    """Each briefing as one line of JSON Lines: what the ``json`` exporter writes, compacted."""
    from newsbrief.exporters.common import bool_option, check_options, selected_sections
    from newsbrief.exporters.json_exporter import briefing_to_dict

    # The json exporter's options, read as it reads them.
    options = dict(export_options or {})
    check_options("json", options, own=("include_text",))
    include_text = bool_option("json", options, "include_text", True)
    title = None if options.get("title") is None else str(options["title"])
    sections = selected_sections("json", options)
    for briefing in briefings:
        data = briefing_to_dict(briefing, include_text=include_text, title=title, sections=sections)
        yield (
            json.dumps(
                data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
            )
            + "\n"
        )
