"""A Russian or Ukrainian town's case form right before a person's first name and surname
(``жительница Кинеля Галина Сорокина``, ``мэр Софии Стоян ...``) says whose or where the person
is: the town is a place of its own, not a word of the person's role nor of their name (session
40, lane R). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _typed(text: str, language: str) -> set[tuple[str, str]]:
    """``(type, words)`` of every entity mention."""
    document = Document.from_text(
        text, id="t", metadata=Metadata(language=language, published=dt.date(2026, 12, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    return {
        (str(a.attributes["type"]), a.text) for a in document.annotations_of(AnnotationKind.ENTITY)
    }


@pytest.mark.parametrize(
    ("text", "language", "town", "person"),
    [
        (
            "Жительница Самары Ольга Кречетова пожаловалась на холод в квартире.",
            "ru",
            "Самары",
            "Ольга Кречетова",
        ),
        (
            "Вчера губернатор Томска Виктор Лапшин открыл новый мост.",
            "ru",
            "Томска",
            "Виктор Лапшин",
        ),
        (
            "Бывший консул Франции в Казани Пьер Ламбер ответил на вопросы.",
            "ru",
            "Казани",
            "Пьер Ламбер",
        ),
        (
            "Мешканка Полтави Ірина Гнатюк розповіла про черги на пошті.",
            "uk",
            "Полтави",
            "Ірина Гнатюк",
        ),
        (
            "Учора посадовець з Вінниці Богдан Тарасюк прокоментував ремонт дороги.",
            "uk",
            "Вінниці",
            "Богдан Тарасюк",
        ),
    ],
)
def test_a_declined_town_before_a_full_name_is_a_place(
    text: str, language: str, town: str, person: str
) -> None:
    found = _typed(text, language)
    assert ("place", town) in found
    assert ("person", person) in found


def test_a_town_named_like_a_woman_before_a_name_is_the_town() -> None:
    # (``Софии``: Sofia's genitive, and a first name's, София, to the name tables)
    found = _typed("Мэр Софии Стоян Петков пообещал пустить трамваи к маю.", "ru")
    assert ("place", "Софии") in found
    assert ("person", "Стоян Петков") in found


def test_a_first_name_in_the_genitive_before_a_full_name_stays_out() -> None:
    # (``мать Кирилла Ольга Петрова``: the genitive is another person's, no town's)
    found = _typed("Вчера мать Кирилла Ольга Петрова рассказала о сыне.", "ru")
    assert not any(kind == "place" for kind, _ in found)
    assert ("person", "Ольга Петрова") in found


def test_the_town_stays_a_word_of_the_person_s_role() -> None:
    # (the quotes read a speaker's role from it: ``жительница Самары``, not ``жительница``)
    document = Document.from_text(
        "Жительница Самары Ольга Кречетова пожаловалась на холод в квартире.",
        id="r",
        metadata=Metadata(language="ru", published=dt.date(2026, 12, 1)),
    )
    (document,) = EntityAnnotator().annotate([document])
    roles = {
        a.text: a.attributes.get("role") for a in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert roles["Ольга Кречетова"] == "Жительница Самары"
    assert roles["Самары"] is None


@pytest.mark.parametrize(
    ("text", "language", "genitive", "person"),
    [
        ("Вдова Чехова Ольга Книппер вернулась в театр.", "ru", "Чехова", "Ольга Книппер"),
        ("Внук Гагарина Юрий Гагарин выступил в школе.", "ru", "Гагарина", "Юрий Гагарин"),
        ("Адвокат Павлова Игорь Смирнов заявил о нарушениях.", "ru", "Павлова", "Игорь Смирнов"),
        (
            "Син Хмельницького Тиміш Хмельницький загинув.",
            "uk",
            "Хмельницького",
            "Тиміш Хмельницький",
        ),
        ("Дружина Шевченка Ганна Шевченко виступила.", "uk", "Шевченка", "Ганна Шевченко"),
    ],
)
def test_a_surname_in_the_genitive_spelt_like_a_town_is_no_place(
    text: str, language: str, genitive: str, person: str
) -> None:
    # (``вдова Чехова``: Chekhov's widow, though a town is called Чехов; the dictionary reads
    # the word as a surname's case form, whose person the name before is of)
    found = _typed(text, language)
    assert ("place", genitive) not in found
    assert ("person", person) in found
