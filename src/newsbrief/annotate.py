"""The annotation step: run annotators in dependency order, then build the briefing's views."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from newsbrief.errors import NewsbriefError, PluginError
from newsbrief.model import AnnotationKind, Document, SummaryItem
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


def annotate(
    documents: Sequence[Document], annotators: Iterable[str] | None = None
) -> tuple[Document, ...]:
    """``documents`` with the annotations of ``annotators`` (every registered one by default)."""
    from newsbrief.nlp.segmenter import segmented

    registry = get_host().registry("annotator")
    # Segment once here rather than in every annotator that needs sentences.
    docs = tuple(segmented(d) for d in documents)
    for name in annotation_order(annotators):
        result = tuple(registry.get(name).annotate(docs))
        # An annotator adds annotations; it must not drop, reorder or rewrite documents.
        if [(d.id, d.text) for d in result] != [(d.id, d.text) for d in docs]:
            raise NewsbriefError(f"annotator {name!r} changed the documents it was given")
        docs = result
    return docs


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
