"""A body a Russian or Ukrainian sentence opens with, placed before a verb in the past plural
with no subject (``В Национальном киноцентре Латвии сообщили``), speaks as the whole body in
the nominative, also for a later cue placed in its head noun (``— повідомили в комітеті``)
(session 29, lane R). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_of_quotes
from newsbrief.languages import morphology

PUBLISHED = dt.date(2026, 11, 2)


def test_a_russian_press_office_of_a_body_of_two_words_speaks_as_the_body() -> None:
    found = speakers_of_quotes(
        "Жительница Марина Соколова пожаловалась на шум.\n"
        "В пресс-службе Департамента транспорта Казани пообещали, что работы закончат "
        "к лету. «Ночью техника работать не будет», — сообщили в ведомстве.",
        PUBLISHED,
        "ru",
    )
    assert found["Ночью техника работать не будет"] == "Департамент транспорта Казани"


def test_a_russian_body_named_by_an_adjective_and_a_noun_speaks_as_the_body() -> None:
    found = speakers_of_quotes(
        "Режиссер Иван Белов получил приз.\n"
        "В Государственном музее Тувы сообщили, что выставка продлится до марта. "
        "«Мы ждем гостей со всей страны», — говорится в сообщении музея.",
        PUBLISHED,
        "ru",
    )
    assert found["Мы ждем гостей со всей страны"] == "Государственный музей Тувы"


def test_a_ukrainian_body_with_genitives_speaks_when_its_head_noun_is_cued() -> None:
    found = speakers_of_quotes(
        "Тренер Олег Дуда похвалив команду.\n"
        "У Комітеті суддів ФФУ заявили, що перевірять епізод. "
        "«Рішення ухвалимо до п'ятниці», — повідомили в комітеті.",
        PUBLISHED,
        "uk",
    )
    assert found["Рішення ухвалимо до п'ятниці"] == "Комітет суддів ФФУ"


def test_a_word_in_a_case_is_read_by_the_dictionary() -> None:
    assert morphology.reads_in_case("науки", "ru", "gent")
    assert morphology.reads_in_case("музее", "ru", "loct")
    assert not morphology.reads_in_case("комментировать", "ru", "gent")


def test_two_bodies_a_conjunction_joins_are_not_made_one() -> None:
    # (session 29, reviewer RR) ``В Минфине и Центробанке заявили``: two bodies, not one
    # named ``Минфин и Центробанке``; ``и`` joins genitives of one name only in lower case.
    russian = speakers_of_quotes(
        "Рубль упал до минимума за год.\n"
        "В Минфине и Центробанке заявили: «Курс стабилизируется к весне, поводов для паники нет».",
        PUBLISHED,
        "ru",
    )
    ukrainian = speakers_of_quotes(
        "Гривня впала до мінімуму за рік.\n"
        "У Мінфіні та Нацбанку заявили: «Курс стабілізується до весни, приводів для паніки немає».",
        PUBLISHED,
        "uk",
    )
    for speaker in [*russian.values(), *ukrainian.values()]:
        assert speaker is not None
        assert " и " not in speaker and " та " not in speaker
