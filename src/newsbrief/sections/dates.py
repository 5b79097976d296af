"""The ``dates[]`` section: every temporal expression of the run, resolved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsbrief.model import AnnotationKind, DateMention, Document


def date_mentions(documents: Iterable[Document]) -> tuple[DateMention, ...]:
    """Every date annotation of ``documents`` as a :class:`DateMention`, in document order.

    Expressions inside removed spans (date lines, copyright) are included: this is the list of
    every expression; the timeline is where they are left out.
    """
    # Each attribute map's fields, by the map's id: annotators share equal maps
    # (``model.frozen.frozen_map``: 7,032 maps for 98,328 dates of 10,000 articles), and
    # every map stays alive, so its id stays its own, until this call returns.
    fields: dict[int, tuple[Any, ...]] = {}
    found = []
    for document in documents:
        doc_id = document.id
        for annotation in document.annotations_of(AnnotationKind.DATE):
            attributes = annotation.attributes
            known = fields.get(id(attributes))
            if known is None:
                known = fields[id(attributes)] = _fields(attributes)
            found.append(
                DateMention(doc_id, annotation.start, annotation.end, annotation.text, *known)
            )
    return tuple(found)


def _fields(attributes: Mapping[str, Any]) -> tuple[Any, ...]:
    """A date annotation's ``value``, ``granularity``, ``status``, ``end_value``, ``type``,
    ``timex`` and ``timex_end`` (the :class:`DateMention` fields after ``expression``)."""
    return (
        attributes.get("value"),
        attributes.get("granularity", "day"),
        attributes.get("status", "past"),
        attributes.get("end_value"),
        attributes.get("timex_type", "DATE"),
        attributes.get("timex_value"),
        attributes.get("timex_last_value"),
    )
