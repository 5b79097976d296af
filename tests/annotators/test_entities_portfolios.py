"""A body's name listing what it deals with (``foreign_portfolios``). Every sentence here is
made up for the test."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="portfolios", metadata=Metadata(language=language))
    [annotated] = EntityAnnotator().annotate([document])
    return [
        (text[e.start : e.end], str(e.attributes["type"]))
        for e in annotated.annotations_of(AnnotationKind.ENTITY)
    ]


def test_spanish_ministry_of_several_portfolios_is_one_body() -> None:
    text = (
        "El Ministerio de Agricultura, Pesca y Alimentación anunció ayudas. La Secretaría de "
        "Medio Ambiente y Recursos Naturales respondió el lunes."
    )
    found = _entities(text, "es")
    assert ("Ministerio de Agricultura, Pesca y Alimentación", "organisation") in found
    assert ("Secretaría de Medio Ambiente y Recursos Naturales", "organisation") in found


def test_two_bodies_joined_by_a_conjunction_stay_two() -> None:
    text = "El Ministerio de Economía y el Banco de España discrepan sobre el crecimiento."
    found = _entities(text, "es")
    assert ("Ministerio de Economía", "organisation") in found
    assert ("Banco de España", "organisation") in found


def test_german_ministry_listing_its_portfolios_with_a_comma() -> None:
    text = (
        "Die Stadt verwies auf das Bundesministerium für Bildung, Wissenschaft und Forschung, "
        "das die Schulen mitfinanziert."
    )
    found = _entities(text, "de")
    assert ("Bundesministerium für Bildung, Wissenschaft und Forschung", "organisation") in found


def test_an_article_after_the_conjunction_opens_another_body() -> None:
    spanish = "Tras la reunión, el Ministerio de Sanidad y la Generalitat acordaron un plan."
    found = _entities(spanish, "es")
    assert ("Ministerio de Sanidad", "organisation") in found
    assert not any(name.startswith("Ministerio de Sanidad y") for name, _ in found)
    french = "Il pleut. Le ministère de la Santé et le Haut Commissariat au plan ont parlé."
    assert not any(" et le " in name for name, _ in _entities(french, "fr"))


def test_people_the_document_names_are_no_portfolios() -> None:
    text = (
        "Karl Lauterbach und Olaf Scholz reisten nach Brüssel. Das Bundesministerium für "
        "Gesundheit, Lauterbach und Scholz stritten danach."
    )
    found = _entities(text, "de")
    assert ("Bundesministerium für Gesundheit", "organisation") in found
    assert ("Scholz", "person") in found
