"""A first name that is also a place's, after a title and before a surname, is a person's."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _people(text: str) -> list[str]:
    document = Document.from_text(
        text, id="t", metadata=Metadata(language="en", published=dt.date(2026, 12, 7))
    )
    (document,) = EntityAnnotator().annotate([document])
    return [
        a.attributes["name"]
        for a in document.annotations_of(AnnotationKind.ENTITY)
        if a.attributes.get("type") == "person"
    ]


def test_a_titled_first_name_of_a_city_before_a_surname_and_a_body_is_a_name() -> None:
    text = "Prof. Sofia Lindqvist of Uppsala Medical Institute led the study."
    assert _people(text) == ["Sofia Lindqvist"]


def test_the_city_without_a_title_stays_a_place() -> None:
    text = "Flights from Sofia Airport of Bulgaria resumed on Monday."
    assert "Sofia Airport" not in _people(text) and "Sofia" not in _people(text)
