"""An unnamed source brought in by the sentence before a quotation speaks it when the cue after
the quotation names a source again or nobody (issue #16): ``Как пояснил источник в мэрии,
... «...», — сказал собеседник``, ``Según una persona cercana a la operación, ... «...»,
afirmó``. A new source with its own description stays as written.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


def test_a_source_noun_points_back_to_the_source_before() -> None:
    text = (
        "Городская дума одобрила бюджет в первом чтении. Как пояснил источник в мэрии, "
        "ко второму чтению расходы на транспорт могут вырасти. «Деньги найдут, вопрос только "
        "в том, за счет чего», — сказал собеседник «Вечернего города».\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["Деньги найдут, вопрос только в том, за счет чего"][0] == "источник в мэрии"


def test_a_ukrainian_source_noun_points_back_too() -> None:
    text = (
        "Уряд схвалив проєкт бюджету. Джерело в міністерстві, яке попросило не називати "
        "його імені, розповіло, що дефіцит скоротять. «Цифри ще можуть змінитися», — сказав "
        "співрозмовник.\n"
    )
    found = speakers_and_roles(text, DAY, language="uk")
    assert found["Цифри ще можуть змінитися"][0] == "джерело в міністерстві"


def test_a_cue_without_subject_takes_the_source_before() -> None:
    text = (
        "La empresa no quiso comentar la oferta. Según una persona cercana a la operación, "
        "el consejo votará el jueves. «No hay otro comprador sobre la mesa», afirmó.\n"
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No hay otro comprador sobre la mesa"][0] == ("una persona cercana a la operación")


def test_a_newly_described_source_stays_as_written() -> None:
    text = (
        "Как пояснил источник в мэрии, расходы могут вырасти. «Решения пока нет», — сказал "
        "источник в правительстве области.\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["Решения пока нет"][0] == "источник в правительстве области"
