"""An interview page whose headline stands below three lines of furniture (the site's name, its
menu, the section's name) still names the interviewee there (issue 16, session 38): the dash
answers are the headline person's (annotators/quotes/attribution/page_names.py
``interviewee``), and the headline's quotation, echoed by an answer, keeps the role the
headline gives that person (annotators/quotes/annotator.py ``_headline``).

The page is written for these tests in the manner of a news site's interview; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

PAGE = (
    "ЗЕЛЕНА ЕНЕРГІЯ\n"
    "Новини | Компанії | Інтерв'ю | Події\n"
    "Інтерв'ю\n"
    "Директорка «Ясної зорі» Ольга Ткаченко: «Ми будуємо станції там, де мережі "
    "зруйновані»\n"
    "Компанія з Полтави ставить сонячні станції біля лікарень. Ми поговорили про гроші, "
    "мережі й людей\n"
    "Розмовляв Ігор Бондар\n"
    "3 грудня 2026, 09:30\n"
    "Фірма «Ясна зоря» працює з 2022 року і має 80 працівників.\n"
    "— З чого ви почали?\n"
    "— З однієї лікарні у Кременчуці. Ми будуємо станції там, де мережі зруйновані, і "
    "лікарні були першими.\n"
    "— Хто платить за обладнання?\n"
    "— Переважно донори. Я сама шукала перших партнерів у Польщі та Литві.\n"
    "— Що далі?\n"
    "— Ми хочемо вийти на школи. Я думаю, що за рік встигнемо обладнати двадцять.\n"
)


def _found() -> dict[str, tuple[str | None, str | None]]:
    return speakers_and_roles(PAGE, dt.date(2026, 12, 3), language="uk")


def test_the_answers_are_the_headline_persons_below_three_furniture_lines() -> None:
    found = _found()
    answers = [words for words in found if words.startswith(("З однієї", "Переважно", "Ми хочемо"))]
    assert len(answers) == 3
    assert {found[words][0] for words in answers} == {"Ольга Ткаченко"}


def test_the_headline_quotation_keeps_its_role_when_an_answer_echoes_it() -> None:
    found = _found()
    assert found["Переважно донори. Я сама шукала перших партнерів у Польщі та Литві"][0] == (
        "Ольга Ткаченко"
    )
    assert found["Ми будуємо станції там, де мережі зруйновані"] == (
        "Ольга Ткаченко",
        "Директорка «Ясної зорі»",
    )
