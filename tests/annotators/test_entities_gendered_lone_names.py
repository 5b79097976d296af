"""A lone surname whose title tells a gender (``la diputada``, ``Mrs``) is not joined to a full
name of the same surname whose first name is of the other gender. Every sentence here is made
up for the test."""

from __future__ import annotations

import pytest

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _names(text: str, language: str) -> dict[str, str]:
    document = Document.from_text(text, id="gendered", metadata=Metadata(language=language))
    [annotated] = EntityAnnotator().annotate([document])
    return {
        text[e.start : e.end]: str(e.attributes["name"])
        for e in annotated.annotations_of(AnnotationKind.ENTITY)
        if e.attributes["type"] == "person"
    }


@pytest.mark.parametrize(
    ("text", "language", "lone"),
    [
        (
            "El alcalde Tomás Ribera Quintana inauguró ayer el nuevo puente.\n\n"
            "La jueza Ribera archivó después la denuncia de los vecinos.",
            "es",
            "Ribera",
        ),
        (
            "El senador Tomás Ribera presentó su enmienda el lunes.\n\n"
            "La diputada Ribera votó en contra sin dar explicaciones.",
            "es",
            "Ribera",
        ),
        (
            "Gordon Pellew opened the new ferry terminal on Friday.\n\n"
            "Mrs Pellew, a local teacher, said the queues were shorter already.",
            "en",
            "Pellew",
        ),
    ],
)
def test_a_titled_woman_is_not_the_man_of_her_surname(text: str, language: str, lone: str) -> None:
    assert _names(text, language)[lone] == lone


def test_a_titled_woman_still_joins_a_womans_full_name() -> None:
    text = (
        "Marta Ribera Quintana, ministra de Vivienda, presentó el plan el jueves.\n\n"
        "La ministra Ribera respondió luego a las críticas de la oposición."
    )
    assert _names(text, "es")["Ribera"] == "Marta Ribera Quintana"
