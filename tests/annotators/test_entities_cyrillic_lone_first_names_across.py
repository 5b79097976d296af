"""A lone Cyrillic first name is not another article's full name that opens with it (issue 16,
session 39): ``Александр`` in one article is no ``Александр Петров`` of another, as English
``Tom`` is no other article's ``Tom Akerman``; it stays a person, of its own. In its own
article the full name still owns it."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _entities(texts: tuple[str, ...], language: str) -> list[dict[str, str]]:
    """Each document's mention text -> entity id."""
    documents = [
        Document.from_text(text, id=str(i), metadata=Metadata(language=language))
        for i, text in enumerate(texts)
    ]
    return [
        {a.text: str(a.attributes["entity"]) for a in d.annotations_of(AnnotationKind.ENTITY)}
        for d in EntityAnnotator().annotate(documents)
    ]


def test_a_lone_first_name_is_not_another_article_s_full_name() -> None:
    first, second = _entities(
        (
            "Глава района Александр Петров заявил, что дороги расчистят к утру.",
            "Соседи построили приют для собак. «Александр у нас мастер», — говорит соседка. "
            "Александр сварил вольеры сам.",
        ),
        "ru",
    )
    assert second.get("Александр") is not None
    assert second["Александр"] != first["Александр Петров"]


def test_a_lone_first_name_is_its_own_article_s_full_name() -> None:
    (only,) = _entities(
        ("Тренер Олександр Шевчук похвалив команду. Олександр сказав, що гравці готові.",),
        "uk",
    )
    assert only["Олександр"] == only["Олександр Шевчук"]
