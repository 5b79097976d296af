"""A road's head (``Road``, ``Expressway``, ``Motorway``, ``Freeway``) ends a place's name: an
unknown word before it names a road, not a person who may then be taken for a speaker."""

from __future__ import annotations

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


def names(text: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (canonical name, type)."""
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    return {
        a.text: (a.attributes["name"], a.attributes["type"])
        for a in document.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_road_named_after_a_district_is_a_place() -> None:
    found = names(
        "Queues formed at pumps along Obalende Road and the Badagry Expressway on Friday, "
        "and drivers said they had waited since dawn."
    )
    assert found["Obalende Road"][1] == "place"
    assert found["Badagry Expressway"][1] == "place"
