"""A Russian town in the locative after ``в`` is the town though the article names a person of
the same stem (``в Березовском`` beside its author ``Ирина Березовская``): no one is *in* a
person (session 40, lane R). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _typed(text: str) -> set[tuple[str, str]]:
    """``(type, words)`` of every entity mention."""
    document = Document.from_text(
        text, id="l", metadata=Metadata(language="ru", published=dt.date(2026, 12, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    return {
        (str(a.attributes["type"]), a.text) for a in document.annotations_of(AnnotationKind.ENTITY)
    }


_ARTICLE = (
    "Котельные проверят до зимы\n\nАвтор: Ирина Березовская\n\n"
    "Проверки котельных прошли в Екатеринбурге, Березовском и Верхней Пышме."
)


def test_a_listed_town_in_the_locative_beside_a_namesake_is_the_town() -> None:
    found = _typed(_ARTICLE)
    assert ("person", "Ирина Березовская") in found
    assert ("place", "Березовском") in found
    assert ("person", "Березовском") not in found


def test_the_namesake_s_surname_elsewhere_stays_hers() -> None:
    found = _typed(_ARTICLE + "\n\nПо словам Березовской, ремонт закончат к марту.")
    assert ("person", "Березовской") in found
