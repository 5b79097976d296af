"""After a place's noun (``села``, ``деревни``), a Russian or Ukrainian place's name run on
into a person's first name and surname is two names, the place's and the person's (session 37,
lane U). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _typed(text: str, language: str) -> set[tuple[str, str]]:
    """``(type, words)`` of every entity mention."""
    document = Document.from_text(
        text, id="p", metadata=Metadata(language=language, published=dt.date(2026, 12, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    return {
        (str(a.attributes["type"]), a.text) for a in document.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_russian_village_of_two_words_then_a_resident() -> None:
    found = _typed("Жители села Черная Речка Николай Сомов и соседи тушили пожар.", "ru")
    assert ("place", "Черная Речка") in found
    assert ("person", "Николай Сомов") in found


def test_a_ukrainian_village_of_two_words_then_a_resident() -> None:
    found = _typed("Мешканець села Стара Гута Іван Коваленко розповів про повінь.", "uk")
    assert ("place", "Стара Гута") in found
    assert ("person", "Іван Коваленко") in found
