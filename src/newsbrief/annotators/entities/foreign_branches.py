"""A body's name and a place's right after it are one body's name: a company's branch or a
market in that place (``BBVA México``, ``Euronext Paris``, ``Santander Brasil``), where the
language writes them so (``[entities] branch_of_place``: French, Spanish; not German, whose
clauses put a subject and an object side by side: ``dass die EU China kritisiert``). Only a
body the evidence pass typed (or an acronym, ``BBVA``) and a place it typed, a single space
apart on one line: a comma, a bracket or a connector between them leaves two names (``BBVA,
México``). Runs after the evidence pass (:mod:`.foreign`), on the types it settled.
"""

from __future__ import annotations

from newsbrief.annotators.entities.chunker import TEXT, TYPE
from newsbrief.annotators.entities.foreign_forms import acronym
from newsbrief.annotators.entities.foreign_words import typed_as
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language

__all__ = ["branches"]


def branches(items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str) -> None:
    """Each body's mention followed by a place's one space after it grown over the place,
    whose mention is dropped (see the module)."""
    if not language(code).sections.get("entities", {}).get("branch_of_place", False):
        return
    previous: int | None = None
    for k, (index, number, fields) in enumerate(items):
        if k in dropped:
            continue
        body = previous
        previous = k
        if body is None or fields[TYPE] != "place" or " " in fields[TEXT]:
            continue
        body_index, body_number, body_fields = items[body]
        if body_index != index or not (
            body_fields[TYPE] == "organisation"
            or (body_fields[TYPE] is None and acronym(body_fields[TEXT]))
        ):
            continue
        begin, end = spans.span(body_index, body_number)
        start, finish = spans.span(index, number)
        if text[end:start] != " ":
            continue
        grown = list(typed_as(body_fields, "organisation", None))
        grown[TEXT] = text[begin:finish]
        items[body] = (body_index, spans.add(begin, finish), tuple(grown))
        dropped.add(k)
        previous = body
