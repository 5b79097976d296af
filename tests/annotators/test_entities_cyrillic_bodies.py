"""Organisations and places in Russian and Ukrainian news (issue 16, session 24): states
written by their abbreviations, bodies named by adjectives and a generic noun (courts,
committees, services), their places after them, and bodies named after a person."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _found(text: str, language: str) -> set[tuple[str, str]]:
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        (a.text, str(a.attributes["type"])) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_state_written_by_its_abbreviation_is_a_place() -> None:
    ru = _found(
        "Вчера представитель МИД РФ Ольга Соколова сказала, что премьер ЮАР Томас Нкоси "
        "полетит в КНР.",
        "ru",
    )
    assert ("МИД РФ", "organisation") in ru
    assert ("Томас Нкоси", "person") in ru
    assert ("ЮАР", "place") in ru
    assert ("КНР", "place") in ru
    uk = _found("Учора прем'єр ПАР Томас Нкосі полетів до КНР.", "uk")
    assert ("ПАР", "place") in uk
    assert ("КНР", "place") in uk
