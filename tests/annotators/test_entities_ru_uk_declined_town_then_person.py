"""A Russian or Ukrainian town's case form right before a person's first name and surname
(``жительница Кинеля Галина Сорокина``, ``мэр Софии Стоян ...``) says whose or where the person
is: the town is a place of its own, not a word of the person's role nor of their name (session
40, lane R). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.entities import found, roles

_PUBLISHED = dt.date(2026, 12, 1)


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
    got = found(text, language, _PUBLISHED)
    assert (town, "place") in got
    assert (person, "person") in got


def test_a_town_named_like_a_woman_before_a_name_is_the_town() -> None:
    # (``Софии``: Sofia's genitive, and a first name's, София, to the name tables)
    got = found("Мэр Софии Стоян Петков пообещал пустить трамваи к маю.", "ru", _PUBLISHED)
    assert ("Софии", "place") in got
    assert ("Стоян Петков", "person") in got


def test_a_first_name_in_the_genitive_before_a_full_name_stays_out() -> None:
    # (``мать Кирилла Ольга Петрова``: the genitive is another person's, no town's)
    got = found("Вчера мать Кирилла Ольга Петрова рассказала о сыне.", "ru", _PUBLISHED)
    assert not any(kind == "place" for _, kind in got)
    assert ("Ольга Петрова", "person") in got


def test_the_town_stays_a_word_of_the_person_s_role() -> None:
    # (the quotes read a speaker's role from it: ``жительница Самары``, not ``жительница``)
    got = roles(
        "Жительница Самары Ольга Кречетова пожаловалась на холод в квартире.", "ru", _PUBLISHED
    )
    assert got["Ольга Кречетова"] == "Жительница Самары"
    assert got["Самары"] is None


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
    got = found(text, language, _PUBLISHED)
    assert (genitive, "place") not in got
    assert (person, "person") in got
