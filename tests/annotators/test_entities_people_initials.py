"""An acronym the article spells out as a noun of people (``ЧНР`` beside ``членів наглядової
ради``: members of a board, as a translation abbreviates them) names people, no body; an
acronym spelt out by a body's name stays one (session 37, lane U). The sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _names(text: str, language: str) -> set[str]:
    document = Document.from_text(
        text, id="i", metadata=Metadata(language=language, published=dt.date(2026, 12, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    return {a.text for a in document.annotations_of(AnnotationKind.ENTITY)}


def test_a_ukrainian_acronym_of_members_is_no_body() -> None:
    names = _names(
        "Більшість членів наглядової ради підтримали план. Деякі ЧНР вагаються, "
        "а один ЧНР від держави голосував проти.",
        "uk",
    )
    assert "ЧНР" not in names


def test_a_russian_acronym_of_a_ministry_spelt_out_in_lower_case_stays_a_body() -> None:
    names = _names(
        "Как сообщили в министерстве иностранных дел, МИД направил ноту послу.",
        "ru",
    )
    assert "МИД" in names


def test_a_ukrainian_acronym_spelt_out_by_office_holders_stays_a_body() -> None:
    names = _names(
        "Зустріч міністрів закордонних справ відбулася в Брюсселі. Як повідомило МЗС, "
        "наступна зустріч запланована на березень.",
        "uk",
    )
    assert "МЗС" in names


def test_a_body_named_by_a_noun_of_people_keeps_its_acronym() -> None:
    # (``«Врачи без границ»`` is a body's name, capitalised inside a sentence; its ``ВБГ``
    # was dropped as people: session 37, review RU)
    names = _names(
        "Сотрудники организации «Врачи без границ» работают в Сирии. ВБГ открыла госпиталь.",
        "ru",
    )
    assert "ВБГ" in names
