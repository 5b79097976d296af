"""Reviewed rules of session 30's Russian and Ukrainian speakers, on text nobody tuned for:

* a scene's dash dialogue after a line whose verb of speech has someone else as its subject
  (``Когда Анна вернулась домой, муж сказал, что ...``) is no interview: its lines are nobody's
  answers (the line's one name is not who answers);
* a name after a dash standing for a naming verb not said again (``называла его «Пашкой», а
  друзья — «Орлом»``) is a nickname, not words said.

The articles are written for these tests in the manner of news features; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Вечер на станции\n"
            "Когда Анна Петровна вернулась домой, муж сказал, что поезд отменили.\n"
            "— Совсем?\n"
            "— До понедельника.\n"
            "— И что теперь?\n"
            "— Будем ждать.\n",
        ),
        (
            "es",
            "Una tarde en Cádiz\n"
            "Cuando Lucía Romero llegó al puerto, el pescador le contó que no habría barco.\n"
            "—¿Hasta cuándo?\n"
            "—Hasta el lunes.\n"
            "—¿Y ahora qué?\n"
            "—Ahora a esperar.\n",
        ),
    ],
)
def test_a_scene_after_someone_elses_verb_of_speech_is_no_interview(
    language: str, text: str
) -> None:
    found = speakers_and_roles(text, DAY, language=language)
    assert not [q for q in found if q.startswith(("До понедельника", "Hasta el lunes"))]


def test_the_answerer_named_before_a_word_set_off_by_commas_still_answers() -> None:
    text = (
        "Хоккей · КХЛ\n"
        "«Динамо» уступило СКА в овертайме.\n"
        "Наставник «Динамо» Алексей Кудашов, впрочем, пожаловался на судей.\n"
        "— Что пошло не так в третьем периоде?\n"
        "— Мы перестали бросать по воротам и отдали шайбу.\n"
        "— Сыграет ли Иванов в четверг?\n"
        "— Решим после тренировки.\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    answers = [q for q in found if q.startswith(("Мы перестали", "Решим"))]
    assert len(answers) == 2
    assert all(found[q][0] == "Алексей Кудашов" for q in answers)


@pytest.mark.parametrize(
    ("language", "text", "nickname"),
    [
        ("ru", "Мать называла его «Пашкой», а друзья — «Орлом».\n", "Орлом"),
        (
            "uk",
            "Тренер Олег Сухов називав суперника «Професором», а себе — «Учнем».\n",
            "Учнем",
        ),
    ],
)
def test_a_name_after_a_dash_standing_for_the_naming_verb_is_no_quotation(
    language: str, text: str, nickname: str
) -> None:
    assert nickname not in speakers_and_roles(text, DAY, language=language)


def test_a_bare_role_is_not_the_name_ending_a_sentence_that_reports_no_speech() -> None:
    """``похвалил Шольца``: the sentence's object, not who the role after the quotation is
    (a surname alone shows no case); a sentence reporting speech may end with its speaker."""
    text = (
        "Ранее канцлер Германии Олаф Шольц посетил Киев.\n"
        "Вечером певец выступил перед студентами и похвалил Шольца.\n"
        "«Он делает для Европы очень много.\n"
        "И это видно всем», — сказал певец.\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["Он делает для Европы очень много.\nИ это видно всем"][0] != "Олаф Шольц"
    spoken = (
        "Пожар на складе потушен, об этом заявил губернатор Игорь Соколов.\n"
        "«Пострадавших нет, огонь не перекинулся на соседние здания», — уточнил спикер.\n"
    )
    found = speakers_and_roles(spoken, DAY, language="ru")
    assert found["Пострадавших нет, огонь не перекинулся на соседние здания"][0] == "Игорь Соколов"


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "ru",
            "Тогда министр Иван Петров пообещал начать движение к «полной модернизации "
            "армии», а губернатор Олег Сидоров пообещал выделить деньги.\n",
            "полной модернизации армии",
            "Иван Петров",
        ),
        (
            "uk",
            "Тоді міністр Іван Петренко пообіцяв почати рух до «повної модернізації армії», "
            "а губернатор Олег Сидоренко пообіцяв виділити гроші.\n",
            "повної модернізації армії",
            "Іван Петренко",
        ),
    ],
)
def test_a_cue_after_a_comma_and_a_conjunction_is_another_clauses(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speakers_and_roles(text, DAY, language=language)[quoted][0] == speaker
