"""Russian and Ukrainian reporting constructions (issue 16, session 33, lane R): who speaks in
an interview under a site's name, in a press office's statement, and after a name followed by
the outlet it was told to. The articles are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_interview_answers_go_to_the_headline_person_below_a_site_name_and_section() -> None:
    """The page's first lines are its furniture (a site's name, ``Суспільство · Інтерв'ю``):
    the headline naming the interviewee is the line below them."""
    page = (
        "Вінниця Сьогодні\n"
        "Суспільство · Інтерв'ю\n"
        "Лікарка Ірина Савчук: «Ми навчилися працювати без світла»\n"
        "4 грудня 2026\n"
        "Розмовляла Олена Гнатюк\n"
        "Обласна лікарня пережила третю зиму з відключеннями.\n"
        "— Пані Ірино, як лікарня пережила листопад?\n"
        "— Важко, але без жодної зупиненої операції. Ми маємо два генератори і запас пального.\n"
        "— Чого бракує найбільше?\n"
        "— Людей. Молоді лікарі їдуть до Києва, а я не можу їм запропонувати житло.\n"
        "— Що далі?\n"
        "— Новий корпус. Ми чекаємо на рішення області до весни.\n"
    )
    found = speakers_and_roles(page, DAY, language="uk")
    answers = [q for q in found if q.startswith(("Важко", "Людей", "Новий"))]
    assert len(answers) == 3
    assert all(found[q][0] == "Ірина Савчук" for q in answers)
