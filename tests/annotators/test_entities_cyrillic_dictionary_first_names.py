"""A Ukrainian or Russian first name that no transliteration finds in the first-name table
(``Григорій``, ``Зеновій``, ``Остап``) is one still when the language's dictionary reads the
word as a first name and as nothing else (issue 16): the person gets a gender, and a name
after a body's acronym is cut from it (``речник ДТЕК Григорій Мельник``).

The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _people(text: str, language: str) -> dict[str, str | None]:
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: a.attributes.get("gender")
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
        if a.attributes["type"] == "person"
    }


def test_a_first_name_the_dictionary_knows_gives_the_person_a_gender() -> None:
    people = _people("Голова наглядової ради Зеновій Кравчук подав у відставку.", "uk")
    assert people == {"Зеновій Кравчук": "male"}


def test_a_first_name_after_a_bodys_acronym_opens_the_speakers_name() -> None:
    text = (
        "Штаб попередив про відключення. «Графіки діятимуть до п'ятниці», — заявив речник "
        "ДТЕК Григорій Мельник."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 1), language="uk")
    assert list(found.values()) == [("Григорій Мельник", "речник ДТЕК")]
