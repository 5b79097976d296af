"""The ``dates[]`` section: every temporal expression of the run, resolved."""

from __future__ import annotations

from collections.abc import Iterable

from newsbrief.model import AnnotationKind, DateMention, Document


def date_mentions(documents: Iterable[Document]) -> tuple[DateMention, ...]:
    """Every date annotation of ``documents`` as a :class:`DateMention`, in document order.

    Expressions inside removed spans (date lines, copyright) are included: this is the list of
    every expression; the timeline is where they are left out.
    """
    return tuple(
        DateMention(
            doc_id=document.id,
            start=annotation.start,
            end=annotation.end,
            expression=annotation.text,
            value=annotation.attributes.get("value"),
            granularity=annotation.attributes.get("granularity", "day"),
            status=annotation.attributes.get("status", "past"),
            end_value=annotation.attributes.get("end_value"),
            type=annotation.attributes.get("timex_type", "DATE"),
            timex=annotation.attributes.get("timex_value"),
            timex_end=annotation.attributes.get("timex_last_value"),
        )
        for document in documents
        for annotation in document.annotations_of(AnnotationKind.DATE)
    )
