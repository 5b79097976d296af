"""Russian and Ukrainian verbs that say how a quotation was spoken, in their present and past
forms (issue 16, session 36): recalling, asking, complaining, sighing, laughing (``—
вспоминает он``, ``— спрашивает она``, ``— зітхає пенсіонерка``). They are speech verbs of the
language's data (``[quotes] speech_verbs``), so a dash line closed by one is a quotation and
the verb's subject said it.

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from tests.helpers.quotes import speakers_of_quotes

DAY = dt.date(2026, 3, 2)


def test_russian_dash_line_closed_by_a_verb_of_sighing_or_recalling() -> None:
    text = (
        "Пенсионерка Галина Орлова живет в этом доме сорок лет.\n\n"
        "— Раньше здесь был сад, а теперь стоянка, — вздыхает Орлова.\n\n"
        "Ее сосед Виктор Лунин помнит стройку.\n\n"
        "— Мы сами сажали эти яблони, — вспоминает Лунин."
    )
    found = speakers_of_quotes(text, DAY, "ru")
    assert found["Раньше здесь был сад, а теперь стоянка"] == "Галина Орлова"
    assert found["Мы сами сажали эти яблони"] == "Виктор Лунин"


def test_ukrainian_quotation_closed_by_a_verb_of_asking_or_complaining() -> None:
    text = (
        "Мешканка Оксана Гуменюк прийшла на збори.\n\n"
        "«Чому нас ніхто не попередив?» — запитує Гуменюк.\n\n"
        "Її сусід Петро Мазур теж незадоволений.\n\n"
        "«Третій тиждень без води», — скаржиться Мазур."
    )
    found = speakers_of_quotes(text, DAY, "uk")
    assert found["Чому нас ніхто не попередив?"] == "Оксана Гуменюк"
    assert found["Третій тиждень без води"] == "Петро Мазур"
