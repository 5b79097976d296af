"""A noun before an honorific and a first name is the person's role, though the role list
does not know it (``Kuratorin Dr. Anna Berger``, ``Chefarzt Prof. Jens Wolf``)."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _roles(text: str, language: str) -> dict[str, object]:
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="r", metadata=Metadata(language=language))]
    )
    return {
        a.text: a.attributes.get("role") for a in document.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_curator_before_a_doctor_title_is_the_role() -> None:
    roles = _roles("Die Schau sei ein Wagnis, sagte Kuratorin Dr. Lena Brandt am Montag.", "de")
    assert roles.get("Lena Brandt") == "Kuratorin", roles


def test_an_honorific_alone_gives_no_role() -> None:
    roles = _roles("Die Schau sei ein Wagnis, sagte Frau Dr. Lena Brandt am Montag.", "de")
    assert roles.get("Lena Brandt") is None, roles
