"""The compose stage: the briefing put together from the earlier stages' results.

Sources are numbered, coverage notes written (same story, repeated passages, furniture set
aside, inputs and plugin components skipped), the views built from the annotations (dates,
timeline, quotes, entities) and the settings recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from newsbrief._version import __version__
from newsbrief.model import (
    AnnotationKind,
    Briefing,
    CoverageNote,
    Document,
    Metadata,
    Source,
    Story,
    SummaryItem,
)
from newsbrief.pipeline.corpus import Skipped
from newsbrief.pipeline.settings import Settings


def compose(
    documents: Sequence[Document],
    stories: Sequence[Story],
    summary: Sequence[SummaryItem],
    skipped: Sequence[Skipped],
    settings: Settings,
    annotators: Iterable[str],
) -> Briefing:
    """The :class:`Briefing` of annotated ``documents``, their ``stories`` and ``summary``.

    ``skipped`` are the inputs (and plugin components) left out, noted in the briefing;
    ``annotators`` the ones that were asked to run, recorded with the settings.
    """
    return Briefing(
        documents=documents,
        stories=stories,
        summary=summary,
        sources=make_sources(documents),
        notes=coverage_notes(documents, stories, skipped),
        title=settings.title,
        settings={"newsbrief": __version__, **settings.recorded(annotators)},
        **briefing_views(documents, summary),
    )


def make_sources(documents: Sequence[Document]) -> list[Source]:
    """The numbered source list: one entry per article section, in input order."""
    sources: list[Source] = []
    for document in documents:
        sections = document.sections or ()
        metas = [
            (i, document.section_metadata(section.start)) for i, section in enumerate(sections)
        ] or [(0, document.metadata)]
        for index, meta in metas:
            sources.append(_source(len(sources) + 1, document, index, meta))
    return sources


def _source(number: int, document: Document, section: int, meta: Metadata) -> Source:
    return Source(
        number=number,
        doc_id=document.id,
        section=section,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published.isoformat() if meta.published else None,
        url=meta.url,
        path=document.metadata.source_path,
    )


def coverage_notes(
    documents: Sequence[Document], stories: Sequence[Story], skipped: Sequence[Skipped] = ()
) -> list[CoverageNote]:
    """Which articles tell the same story, what noise was removed, which inputs were skipped."""
    notes = []
    for story in stories:
        if len(story.documents) > 1:
            names = ", ".join(story.documents)
            why = f" (shared: {', '.join(story.shared_terms[:5])})" if story.shared_terms else ""
            notes.append(
                CoverageNote("same_story", f"{names} tell the same story{why}.", story.documents)
            )
    repeats = repeated_sentences(documents)
    for document in documents:
        if repeats.get(document.id):
            notes.append(
                CoverageNote(
                    "duplicate",
                    f"{document.id}: {repeats[document.id]} sentence(s) repeat earlier text of "
                    "the same article; each is used at most once.",
                    (document.id,),
                )
            )
        kinds = sorted({span.kind for span in document.removed})
        if kinds:
            notes.append(
                CoverageNote(
                    "removed",
                    f"{document.id}: set aside {len(document.removed)} passage(s) of page "
                    f"furniture ({', '.join(kinds)}).",
                    (document.id,),
                )
            )
    for item in skipped:
        notes.append(CoverageNote("skipped", f"Skipped {item}.", ()))
    return notes


def repeated_sentences(documents: Sequence[Document]) -> dict[str, int]:
    """How many sentences of each document repeat earlier text of the same document.

    A page that repeats its own paragraphs (syndicated copy pasted twice, lightly edited) is
    worth flagging; "repeats" means what the summarizer's de-duplication treats as one content
    (:mod:`newsbrief.nlp.near_duplicates`, shared with it), counted within each document only.
    One pass over all the documents, whose sentence features the summarizer has usually just
    computed (and remembered).
    """
    # NumPy and SciPy on first use: the pipeline's other stages do not need them.
    import numpy as np
    import scipy.sparse as sp

    from newsbrief.nlp.near_duplicates import clusters, collect, linked_pairs

    candidates = collect(documents)
    if len(candidates) < 2:
        return {}
    linked = linked_pairs(candidates)
    rank = candidates.doc_rank
    same = rank[linked.row] == rank[linked.col]
    within = sp.coo_matrix(
        (linked.data[same], (linked.row[same], linked.col[same])), shape=linked.shape
    )
    cluster = clusters(within)
    copies = np.bincount(rank[cluster != np.arange(len(cluster))], minlength=len(documents))
    return {documents[i].id: int(copies[i]) for i in np.flatnonzero(copies).tolist()}


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
