"""Briefings of large collections: group stories once, then one briefing per story.

The two entry points of ``--per-story`` from Python. Each takes ``settings`` (or keyword
changes to them, as :func:`~newsbrief.pipeline.brief.build_briefing` does) and picks its
runner (:mod:`newsbrief.pipeline.runners`) from them, from ``client`` or from the documents
(documents loaded on a Dask cluster are briefed there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from newsbrief.errors import NewsbriefError
from newsbrief.model import Briefing, Document
from newsbrief.pipeline.corpus import Corpus, unique_ids
from newsbrief.pipeline.dask import DistributedCorpus
from newsbrief.pipeline.runners import Runner, runner_for
from newsbrief.pipeline.settings import Settings
from newsbrief.pipeline.stories import StoryTask, brief_stories, brief_stories_jsonl
from newsbrief.pipeline.summarize import choose_summarizer
from newsbrief.pipeline.window import apply_window

if TYPE_CHECKING:
    from distributed import Client

    #: What the story functions take: documents, a loaded corpus, or one loaded on Dask.
    Documents = Iterable[Document] | Corpus | DistributedCorpus


def build_story_briefings(
    documents: Documents,
    settings: Settings | None = None,
    *,
    client: Client | None = None,
    runner: Runner | None = None,
    **changes: Any,
) -> list[Briefing]:
    """One briefing per story of ``documents``, in story order (``s1, s2...``).

    Stories are those of :func:`newsbrief.stories.group_stories` over the whole collection;
    each briefing is :func:`newsbrief.build_briefing` of the story's documents with that story
    (annotators run on the story's documents, as they resolve names and dates across them).
    ``settings`` with ``changes`` (any field of :class:`~newsbrief.pipeline.settings.Settings`,
    or ``sentences``/``words``/``overflow``) say how: ``jobs > 1`` runs the per-partition and
    per-story steps in that many processes (call it under ``if __name__ == "__main__":``);
    with ``client`` (a :class:`dask.distributed.Client`) they run as Dask tasks, as they do
    for a :class:`~newsbrief.pipeline.dask.DistributedCorpus` (from
    :func:`newsbrief.distributed.load`, parsed on the cluster; ``client`` is then its client).
    ``runner`` chooses the runner outright. The result is the same either way, whatever the
    ``partition_size`` (documents per partition of the per-document steps) and
    ``batch_documents`` (about how many documents one story task summarises).
    """
    settings = (settings or Settings()).updated(**changes)
    return story_results(documents, settings, brief_stories, client=client, runner=runner)


def story_briefings_jsonl(
    documents: Documents,
    settings: Settings | None = None,
    *,
    client: Client | None = None,
    runner: Runner | None = None,
    **changes: Any,
) -> list[str]:
    """:func:`build_story_briefings` as JSON Lines (``build --per-story``), one line a story.

    Each line is the ``json`` exporter's briefing (with ``export_options``), compacted; lines
    are encoded in the worker that built the briefing.
    """
    settings = (settings or Settings()).updated(**changes)
    return story_results(documents, settings, brief_stories_jsonl, client=client, runner=runner)


def story_results(
    documents: Documents,
    settings: Settings,
    task: StoryTask,
    *,
    client: Client | None = None,
    runner: Runner | None = None,
) -> list[Any]:
    """``task``'s results, one per story of ``documents``, in story order, on the runner."""
    return list(iter_story_results(documents, settings, task, client=client, runner=runner))


def iter_story_results(
    documents: Documents,
    settings: Settings,
    task: StoryTask,
    *,
    client: Client | None = None,
    runner: Runner | None = None,
) -> Iterator[Any]:
    """:func:`story_results` given one by one, each as soon as it and those before it are
    made (the work runs as they are asked for); the settings are checked at once."""
    # Checked here, once, before any partition is prepared: a typo fails fast.
    _, settings = choose_summarizer(settings)
    if settings.since is not None or settings.until is not None:
        # The date window before grouping, as ``run`` applies it: stories are grouped from the
        # articles inside it only, so each story's briefing keeps all of its documents.
        if not isinstance(documents, Corpus | DistributedCorpus):
            documents = Corpus(list(documents))
        documents = apply_window(documents, settings.since, settings.until)
    source: Sequence[Document] | DistributedCorpus
    if isinstance(documents, DistributedCorpus):
        if client is not None and client is not documents.client:
            raise NewsbriefError("the documents are held by another Dask client than `client`")
        client = documents.client
        source = documents
    else:
        # Ids first (cheap on unsegmented documents), so every partition agrees on them.
        source = unique_ids(list(documents))
    if runner is None:
        runner = runner_for(settings, client)
    return iter(runner.story_results(source, settings, task))
