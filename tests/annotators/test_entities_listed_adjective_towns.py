"""Towns named by an adjective and a noun that the town list reads, in any case and after any
word (issue 16, session 39): ``Білій Церкві`` though ``церква`` is a body's noun, ``Новій
Каховці`` after a conjunction, ``Нижний Новгород`` opening a sentence; each named in the
nominative, so its case forms are one place across documents. A town ending like a council's
compound (``Зеленограді``, ``-раді``) is the town."""

from __future__ import annotations

from helpers.entities import found
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def test_a_listed_town_of_an_adjective_and_a_body_s_noun_is_a_place() -> None:
    uk = found("Нову школу відкрили у Білій Церкві минулого тижня.", "uk")
    assert ("Білій Церкві", "place") in uk


def test_a_listed_town_after_a_conjunction_is_a_place() -> None:
    uk = found("Ремонт провели в Полтаві та Новій Каховці за місяць.", "uk")
    assert ("Новій Каховці", "place") in uk
    ru = found("Поезд встал между Тверью и Вышним Волочком на час.", "ru")
    assert ("Вышним Волочком", "place") in ru


def test_a_listed_town_opening_a_sentence_is_a_place() -> None:
    assert ("Нижний Новгород", "place") in found("Нижний Новгород встретил гостей снегом.", "ru")


def test_a_town_ending_like_a_council_s_compound_is_a_place() -> None:
    assert ("Зеленограді", "place") in found("Склад у Зеленограді закрили на ремонт.", "uk")


def test_a_quoted_club_named_after_a_town_stays_no_place() -> None:
    uk = found("Клуб «Кривий Ріг» програв удома.", "uk")
    assert ("Кривий Ріг", "place") not in uk


def test_case_forms_of_a_town_are_one_place_across_documents() -> None:
    documents = [
        Document.from_text(text, id=str(i), metadata=Metadata(language="ru"))
        for i, text in enumerate(
            (
                "Выставку открыли в Нижнем Новгороде в пятницу.",
                "Из Нижнего Новгорода выехали автобусы.",
            )
        )
    ]
    places = [
        [
            a
            for a in document.annotations_of(AnnotationKind.ENTITY)
            if a.attributes["type"] == "place"
        ]
        for document in EntityAnnotator().annotate(documents)
    ]
    assert [len(found) for found in places] == [1, 1], places
    (first,), (second,) = places
    assert first.attributes["entity"] == second.attributes["entity"]
