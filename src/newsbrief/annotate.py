"""The annotation step: run annotators in dependency order, then build the briefing's views."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsbrief.errors import NewsbriefError, PluginError
from newsbrief.model import AnnotationKind, Document, Story, SummaryItem
from newsbrief.plugins import get_host


def annotation_order(names: Iterable[str] | None = None) -> list[str]:
    """Annotator names to run, each after the ones it ``requires`` (all registered by default).

    A required annotator is added even when not asked for; a cycle is an error.
    """
    registry = get_host().registry("annotator")
    wanted = list(registry) if names is None else list(names)
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order:
            return
        if name in visiting:
            raise PluginError(f"annotators require each other in a cycle through {name!r}")
        visiting.add(name)
        for required in registry.get(name).requires:
            visit(required)
        visiting.discard(name)
        order.append(name)

    for name in sorted(wanted):
        visit(name)
    return order


def prepare_documents(
    documents: Iterable[Document], annotators: Iterable[str] | None = None
) -> list[Document]:
    """``documents`` segmented, with the per-document drafts of ``annotators`` kept on them.

    Each annotator with a ``prepare`` method
    (:class:`~newsbrief.annotators.base.PreparingAnnotator`) does its per-document work here,
    one document at a time, so this can run per partition (in other processes, on Dask
    workers); :func:`annotate` then reuses the drafts. Drafts already present are kept.
    """
    from newsbrief.annotators.base import PreparingAnnotator
    from newsbrief.nlp.segmenter import segmented

    registry = get_host().registry("annotator")
    preparing = [
        annotator
        for annotator in (registry.get(name) for name in annotation_order(annotators))
        if isinstance(annotator, PreparingAnnotator)
    ]
    out = []
    for document in documents:
        document = segmented(document)
        missing = [a for a in preparing if a.name not in document.drafts]
        if missing:
            drafts = {**document.drafts, **{a.name: a.prepare(document) for a in missing}}
            document = attrs.evolve(document, drafts=drafts)
        out.append(document)
    return out


def annotate(
    documents: Sequence[Document],
    annotators: Iterable[str] | None = None,
    *,
    stories: Sequence[Story] | None = None,
) -> tuple[Document, ...]:
    """``documents`` with the annotations of ``annotators`` (every registered one by default).

    ``stories`` (the run's grouping, e.g. :func:`newsbrief.stories.group_stories` of the same
    documents) reach every annotator whose ``annotate`` takes a ``context``; without them, an
    annotator that needs stories groups the documents itself. Drafts left by
    :func:`prepare_documents` are used, then dropped from the documents returned.
    """
    from newsbrief.annotators.base import AnnotationContext, takes_context
    from newsbrief.nlp.segmenter import segmented

    registry = get_host().registry("annotator")
    context = AnnotationContext(stories=stories)
    # Segment once here rather than in every annotator that needs sentences.
    docs = tuple(segmented(d) for d in documents)
    for name in annotation_order(annotators):
        annotator = registry.get(name)
        if takes_context(annotator):
            result = tuple(annotator.annotate(docs, context=context))
        else:
            result = tuple(annotator.annotate(docs))
        # An annotator adds annotations; it must not drop, reorder or rewrite documents.
        if [(d.id, d.text) for d in result] != [(d.id, d.text) for d in docs]:
            raise NewsbriefError(f"annotator {name!r} changed the documents it was given")
        docs = result
    # The drafts have served; a briefing should not carry (or ship between processes) them.
    return tuple(attrs.evolve(d, drafts={}) if d.drafts else d for d in docs)


def briefing_views(documents: Sequence[Document], summary: Sequence[SummaryItem]) -> dict[str, Any]:
    """The briefing's ``dates``, ``timeline``, ``quotes`` and ``entities`` built from annotations.

    Views read annotations by kind, whichever annotator made them, so a plugin's dates feed
    the timeline as the built-in ones do.
    """
    present = {a.kind for d in documents for a in d.annotations}
    views: dict[str, Any] = {}
    if AnnotationKind.DATE in present:
        from newsbrief.sections.dates import date_mentions
        from newsbrief.sections.timeline import build_timeline

        views["dates"] = date_mentions(documents)
        views["timeline"] = build_timeline(documents, summary)
    if AnnotationKind.QUOTE in present:
        from newsbrief.sections.quotes import collect_quotes

        views["quotes"] = collect_quotes(documents, summary)
    if AnnotationKind.ENTITY in present:
        from newsbrief.sections.entities import collect_entities

        views["entities"] = collect_entities(documents)
    return views
