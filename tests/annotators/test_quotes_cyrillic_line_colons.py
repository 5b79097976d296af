"""A cue and a colon closing the line before a quotation on a line of its own (session 29,
lane R): in an article written one sentence a line the quotation is the words of the person
the colon's sentence names, not of the last speaker. The sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles


def _speakers(text: str, language: str) -> dict[str, str | None]:
    """``{quoted words: speaker}`` of every quotation of one article."""
    found = speakers_and_roles(text, dt.date(2026, 11, 2), "c", language)
    return {quoted: speaker for quoted, (speaker, _) in found.items()}


def test_a_russian_cue_and_colon_on_the_line_before_names_the_speaker() -> None:
    found = _speakers(
        "Профсоюз «Северсталь-Труд» назвал новые нормы «издевательством». "
        "Его лидер Олег Баранов сказал журналистам:\n"
        "«Мы будем бастовать до тех пор, пока нас не услышат».",
        "ru",
    )
    assert found["Мы будем бастовать до тех пор, пока нас не услышат"] == "Олег Баранов"


def test_a_ukrainian_cue_and_colon_on_the_line_before_names_the_speaker() -> None:
    found = _speakers(
        "Спілка фермерів Полтавщини назвала нові тарифи «грабунком». "
        "Її голова Марина Ковальчук написала у Telegram:\n"
        "«Ми не сіятимемо, доки нам не повернуть пільги».",
        "uk",
    )
    assert found["Ми не сіятимемо, доки нам не повернуть пільги"] == "Марина Ковальчук"


def test_a_call_sign_in_marks_keeps_its_written_form() -> None:
    found = _speakers(
        "Речник бригади Андрій Коваль підтвердив відступ.\n"
        "Медсестра роти з позивним «Тура» розповідає про вивезення поранених:\n"
        "«Вдень їхати неможливо, все бачать дрони. Тому їздимо вночі.\n"
        "«Цього тижня ми вивезли дев'ятьох бійців», — каже вона.",
        "uk",
    )
    assert [s for q, s in found.items() if q.startswith("Вдень")] == ["Тура"]
