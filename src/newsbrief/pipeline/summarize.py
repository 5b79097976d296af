"""The summarize stage: the chosen summarizer selects cited sentences under the budget."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsbrief.model import Document, Story, SummaryItem
from newsbrief.options import component_options
from newsbrief.pipeline.memory import fewer_collections
from newsbrief.pipeline.settings import Settings
from newsbrief.plugins import get_host
from newsbrief.summarizers.base import Summarizer, SummaryRequest


def choose_summarizer(settings: Settings) -> tuple[Summarizer, Settings]:
    """The summarizer ``settings`` name, and ``settings`` with its options checked and typed
    by its spec (:class:`~newsbrief.options.OptionError` names an unknown or bad one).

    Called before any work, so a typo fails fast.
    """
    chosen = get_host().registry("summarizer").get(settings.summarizer)
    options = component_options("summarizer", chosen, settings.options)
    return chosen, attrs.evolve(settings, options=options)


def summarize(
    summarizer: Summarizer,
    documents: Sequence[Document],
    stories: Sequence[Story],
    settings: Settings,
) -> tuple[SummaryItem, ...]:
    """The summary of annotated ``documents``: ``summarizer``'s items, each with its story."""
    request = SummaryRequest(
        documents=tuple(documents),
        budget=settings.budget_for(documents),
        stories=tuple(stories),
        options=settings.options,
    )
    # The summarizer's sentences and their features live to its end (see ``fewer_collections``).
    with fewer_collections():
        summary = tuple(summarizer.summarize(request))
    # A summarizer need not know the stories: each item gets its sentence's story.
    story_of = {doc_id: story.id for story in stories for doc_id in story.documents}
    return tuple(
        item if item.story else attrs.evolve(item, story=story_of.get(item.sentence.doc_id))
        for item in summary
    )
