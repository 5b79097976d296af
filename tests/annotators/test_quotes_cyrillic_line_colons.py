"""A cue and a colon closing the line before a quotation on a line of its own (session 29,
lane R): in an article written one sentence a line the quotation is the words of the person
the colon's sentence names, not of the last speaker. The sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_of_quotes

PUBLISHED = dt.date(2026, 11, 2)


def test_a_russian_cue_and_colon_on_the_line_before_names_the_speaker() -> None:
    found = speakers_of_quotes(
        "Профсоюз «Северсталь-Труд» назвал новые нормы «издевательством». "
        "Его лидер Олег Баранов сказал журналистам:\n"
        "«Мы будем бастовать до тех пор, пока нас не услышат».",
        PUBLISHED,
        "ru",
    )
    assert found["Мы будем бастовать до тех пор, пока нас не услышат"] == "Олег Баранов"


def test_a_ukrainian_cue_and_colon_on_the_line_before_names_the_speaker() -> None:
    found = speakers_of_quotes(
        "Спілка фермерів Полтавщини назвала нові тарифи «грабунком». "
        "Її голова Марина Ковальчук написала у Telegram:\n"
        "«Ми не сіятимемо, доки нам не повернуть пільги».",
        PUBLISHED,
        "uk",
    )
    assert found["Ми не сіятимемо, доки нам не повернуть пільги"] == "Марина Ковальчук"


def test_a_call_sign_in_marks_keeps_its_written_form() -> None:
    found = speakers_of_quotes(
        "Речник бригади Андрій Коваль підтвердив відступ.\n"
        "Медсестра роти з позивним «Тура» розповідає про вивезення поранених:\n"
        "«Вдень їхати неможливо, все бачать дрони. Тому їздимо вночі.\n"
        "«Цього тижня ми вивезли дев'ятьох бійців», — каже вона.",
        PUBLISHED,
        "uk",
    )
    assert [s for q, s in found.items() if q.startswith("Вдень")] == ["Тура"]


def test_a_person_opening_the_colon_s_line_without_a_cue_verb_names_the_speaker() -> None:
    """``Капітан команди Віктор Назаренко в Instagram вибачився перед уболівальниками:`` then
    the quotation on a line of its own: the subject the role introduces speaks, whatever the
    verb, not the coach quoted before (a role's complement in the genitive, ``команди``, is
    part of the role)."""
    cases = [
        ("uk", "Головний тренер Марко Ковачевич похвалив команду.\n"
               "«Ми зіграли добре», – сказав Ковачевич.\n"
               "Капітан команди Віктор Назаренко в Instagram вибачився перед уболівальниками:\n"
               "«Вибачте за сьогодні. У неділю повернемося іншою командою».",
         "Вибачте за сьогодні. У неділю повернемося іншою командою", "Віктор Назаренко"),
        ("ru", "Главный тренер Марко Ковачевич похвалил команду.\n"
               "«Мы сыграли хорошо», — сказал Ковачевич.\n"
               "Капитан команды Виктор Назаренко в Instagram извинился перед болельщиками:\n"
               "«Простите за сегодня. В воскресенье вернемся другой командой».",
         "Простите за сегодня. В воскресенье вернемся другой командой", "Виктор Назаренко"),
    ]  # fmt: skip
    for code, text, quoted, expected in cases:
        assert speakers_of_quotes(text, PUBLISHED, code)[quoted] == expected, code
