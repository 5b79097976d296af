"""A French name goes on over an elided ``d'`` as it does over ``de``: ``Valéry Giscard
d'Estaing`` is one person, ``Banque d'Angleterre`` one body."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _mentions(text: str, language: str) -> list[tuple[str, str]]:
    """Each entity mention's text and type, in a document of ``language``."""
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return [
        (a.text, str(a.attributes["type"])) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    ]


def test_a_surname_with_an_elided_particle_is_whole() -> None:
    found = _mentions("Mémoires\nValéry Giscard d'Estaing a publié ses souvenirs en 1988.", "fr")
    assert ("Valéry Giscard d'Estaing", "person") in found


def test_a_body_named_over_an_elided_connector_is_whole() -> None:
    found = _mentions("Les taux\nLa Banque d'Angleterre a relevé son taux directeur.", "fr")
    assert ("Banque d'Angleterre", "organisation") in found
