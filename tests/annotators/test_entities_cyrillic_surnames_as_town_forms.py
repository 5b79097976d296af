"""Russian and Ukrainian surnames spelt like a town's listed form (session 38, fixer X): a
capitalised word the dictionary reads as a surname's nominative, and never as a place, is the
person who speaks, not the town (``Иванов`` beside ``Иваново``); the town's own case forms
stay the town."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

_PUBLISHED = dt.date(2026, 12, 1)


def _places(text: str, language: str) -> dict[str, str]:
    """Mention text -> canonical name of every place mention of ``text``."""
    document = Document.from_text(
        text, id="s", metadata=Metadata(language=language, published=_PUBLISHED)
    )
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: str(a.attributes["name"])
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
        if a.attributes["type"] == "place"
    }


def test_a_surname_after_a_speech_verb_is_the_speaker_not_a_town() -> None:
    ru = speakers_and_roles(
        "В мэрии отчитались о ремонте дорог.\n\n«Работы закончим к весне», — сказал Иванов.",
        _PUBLISHED,
        language="ru",
    )
    assert ru == {"Работы закончим к весне": ("Иванов", None)}
    uk = speakers_and_roles(
        "У мерії звітували про ремонт доріг.\n\n«Роботи закінчимо до весни», — сказав Іванов.",
        _PUBLISHED,
        language="uk",
    )
    assert uk == {"Роботи закінчимо до весни": ("Іванов", None)}


def test_a_surname_after_its_verb_or_in_a_list_is_no_place() -> None:
    assert "Иванов" not in _places("Проект поддержал Иванов.", "ru")
    assert "Иванов" not in _places("В комиссию вошли Петров и Иванов.", "ru")


def test_the_towns_own_case_forms_stay_the_town() -> None:
    assert _places("Ярмарку снова проведут в Иванове.", "ru") == {"Иванове": "Ivanovo"}
    assert _places("Фестиваль вперше пройде в Іванові.", "uk") == {"Іванові": "Ivanovo"}
