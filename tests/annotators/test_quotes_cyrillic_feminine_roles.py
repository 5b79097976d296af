"""A woman's title before her name is her role in Ukrainian and Russian (issues 12 and 16):
the feminine occupation nouns (``радниця``, ``тренерка``, ``заместительница``, ``советница``)
are made of the masculine role words by the language's feminine endings and kept where its
dictionary knows them (languages/morphology.py), not listed in every case form, and they
tell the speaker's gender as ``речниця`` does.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.gazetteer import profile


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        (
            "uk",
            "Радниця міського голови Оксана Дмитренко повідомила, що місто закупило ще сорок "
            "генераторів. «Кожна школа матиме власне джерело живлення», – сказала Дмитренко.",
            "Оксана Дмитренко",
            "Радниця міського голови",
        ),
        (
            "uk",
            "Басейн працюватиме за графіком. Тренерка збірної з плавання Марія Гнатюк "
            "розповіла про зміни. «Ми не скасуємо жодного тренування», – додала Гнатюк.",
            "Марія Гнатюк",
            "Тренерка збірної з плавання",
        ),
        (
            "ru",
            "Заместительница губернатора Томской области Ольга Кравец сообщила, что корпус "
            "примет пациентов в январе. «Оборудование уже проверено», — сказала Кравец.",
            "Ольга Кравец",
            "Заместительница губернатора Томской области",
        ),
        (
            "ru",
            "Советница мэра Анна Белова добавила, что к весне откроется детское отделение. "
            "«Мы ждем еще двух педиатров», — пояснила Белова.",
            "Анна Белова",
            "Советница мэра",
        ),
    ],
)
def test_a_feminine_title_before_the_name_is_the_role(
    language: str, text: str, speaker: str, role: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 1), language=language)
    assert list(found.values()) == [(speaker, role)]


def test_feminine_titles_come_from_the_dictionary_and_tell_a_woman() -> None:
    ukrainian, russian = profile("uk"), profile("ru")
    assert ukrainian is not None and russian is not None
    # Made of ``заступник``, ``директор``; a title for either sex (``суддя``) tells no one.
    assert ukrainian.is_role("заступниці") and ukrainian.is_role("Директоркою")
    assert ukrainian.gender("директорка") == "female"
    assert ukrainian.gender("суддя") is None
    assert russian.is_role("руководительницы") and russian.gender("начальница") == "female"
    assert russian.gender("судья") is None
