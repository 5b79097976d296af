"""A town whose club an article's sport names stays the town before a civic word: its mayor,
council or police (``Detroit Mayor``, ``Chicago's mayor``, ``Manchester police``)."""

from __future__ import annotations

import pytest

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The Detroit Lions lost to the Chicago Bears 24-17. Detroit Mayor Ann Kessler "
            "watched from a box.",
            "Detroit",
        ),
        (
            "Chicago lost to Milwaukee 4-2 on Saturday. Chicago's mayor said the city would "
            "host the game next year.",
            "Chicago",
        ),
        (
            "Leeds drew with Reading 2-2 at Elland Road. Leeds police arrested three fans "
            "after the game.",
            "Leeds",
        ),
    ],
)
def test_a_town_before_its_mayor_or_police_stays_a_place(text: str, town: str) -> None:
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    types = [
        str(a.attributes["type"])
        for a in document.annotations_of(AnnotationKind.ENTITY)
        if a.text == town
    ]
    assert types[-1] == "place", types
