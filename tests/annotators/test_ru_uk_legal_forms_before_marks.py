"""A Russian or Ukrainian legal form before a company's name in quotation marks (``ООО
«...»``, ``ТОВ «...»``) after a role is what the role is of, no person; and after ``по словам``
or ``за словами`` such a role with its company in marks still leads to the person named after
it (session 37, lane U). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _people(text: str, language: str) -> list[str]:
    document = Document.from_text(
        text, id="l", metadata=Metadata(language=language, published=dt.date(2026, 12, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    return [
        str(a.attributes["name"])
        for a in document.annotations_of(AnnotationKind.ENTITY)
        if a.attributes.get("type") == "person"
    ]


def test_a_russian_legal_form_after_a_role_is_no_person() -> None:
    people = _people("Директор ООО «Лесная поляна» уволен, сообщил Иван Котов.", "ru")
    assert people == ["Иван Котов"]


def test_a_ukrainian_legal_form_after_a_role_is_no_person() -> None:
    people = _people("Голова ПрАТ «Сонячний берег» Олег Мельник подав у відставку.", "uk")
    assert people == ["Олег Мельник"]


def test_a_russian_speaker_after_po_slovam_and_a_company_in_marks() -> None:
    found = speakers_and_roles(
        "По словам директора ПАО «Северный металл» Андрея Смирнова, «спрос растет».",
        dt.date(2026, 12, 1),
        language="ru",
    )
    assert found["спрос растет"] == ("Андрей Смирнов", "директор ПАО «Северный металл»")


def test_a_ukrainian_speaker_after_za_slovamy_and_a_company_of_two_words_in_marks() -> None:
    found = speakers_and_roles(
        "За словами директора КП «Міський тролейбус» Сергія Лозинського, «нові машини "
        "вийдуть на маршрути навесні».",
        dt.date(2026, 12, 1),
        language="uk",
    )
    assert found["нові машини вийдуть на маршрути навесні"][0] == "Сергій Лозинський"
