"""Divisions that ISO 3166-2 names with their generic noun after a comma (``gazetteer``).
Every sentence here is made up for the test."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="divisions", metadata=Metadata(language=language))
    [annotated] = EntityAnnotator().annotate([document])
    return [
        (text[e.start : e.end], str(e.attributes["type"]))
        for e in annotated.annotations_of(AnnotationKind.ENTITY)
    ]


def test_divisions_named_with_their_generic_noun_are_places() -> None:
    # (ISO 3166-2 writes them ``Murcia, Región de``, ``Asturias, Principado de``)
    text = "El Principado de Asturias y la Región de Murcia pidieron más fondos el lunes."
    found = _entities(text, "es")
    assert ("Principado de Asturias", "place") in found
    assert ("Región de Murcia", "place") in found
