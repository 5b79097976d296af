"""Russian and Ukrainian occupations before a speaker's name are roles (issue #16): an owner, a
founder, a lawyer, a film director (``[people] titles`` of ru.toml and uk.toml), in any case
form, with what they are of.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        (
            "ru",
            "Цены на муку выросли. Владелица пекарни «Колос» Ирина Орлова рассказала о "
            "потерях. «Мы едва держимся», — сказала она.",
            "Ирина Орлова",
            "Владелица пекарни «Колос»",
        ),
        (
            "ru",
            "Сборы растут. Продюсер картины Павел Лебедев заявил, что прокат продлят. "
            "«Зритель пришел», — сказал он.",
            "Павел Лебедев",
            "Продюсер картины",
        ),
        (
            "uk",
            "Збір триває. Засновниця фонду «Світанок» Ірина Орлик розповіла про плани. "
            "«Ми допоможемо всім», — сказала вона.",
            "Ірина Орлик",
            "Засновниця фонду «Світанок»",
        ),
        (
            "uk",
            "Прем'єра відбулася. Режисер вистави Тарас Гнатюк подякував акторам. "
            "«Це була довга робота», — сказав він.",
            "Тарас Гнатюк",
            "Режисер вистави",
        ),
        # (session 32) a forecaster, a defender, a head of a ward, a midfielder
        (
            "uk",
            "Негода триватиме до неділі. Синоптик Українського гідрометцентру Іван Семенюк "
            "повідомив про сильний вітер. «Пориви сягатимуть двадцяти метрів за секунду», — "
            "сказав він.",
            "Іван Семенюк",
            "Синоптик Українського гідрометцентру",
        ),
        (
            "uk",
            "Захисник «Динамо» Олег Кравець пропустить матч. «Коліно ще болить, але за тиждень "
            "я повернуся», — сказав футболіст.",
            "Олег Кравець",
            "Захисник «Динамо»",
        ),
        (
            "ru",
            "Заведующая отделением кардиологии Марина Лосева рассказала о новых аппаратах. "
            "«Очередь сократилась вдвое», — сказала она.",
            "Марина Лосева",
            "Заведующая отделением кардиологии",
        ),
        (
            "ru",
            "Полузащитник «Спартака» Игорь Волков забил дважды. «Мы долго к этому шли», — сказал "
            "он после матча.",
            "Игорь Волков",
            "Полузащитник «Спартака»",
        ),
    ],
)
def test_an_occupation_before_the_name_is_a_role(
    language: str, text: str, speaker: str, role: str
) -> None:
    article = f"Новини\n\nВступ.\n\n{text}"
    found = speakers_and_roles(article, dt.date(2026, 11, 30), language=language)
    assert list(found.values())[-1] == (speaker, role)


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        (
            "ru",
            "Первым рейсом вместе с журналистами проехал мэр Москвы Сергей Собянин. "
            "«Это новая линия», — сказал он.",
            "Сергей Собянин",
            "мэр Москвы",
        ),
        (
            "uk",
            "Разом з лікарями до лікарні приїхав міський голова Полтави Олександр Мамай. "
            "«Це нова лікарня», — сказав він.",
            "Олександр Мамай",
            "міський голова Полтави",
        ),
    ],
)
def test_an_occupation_past_a_title_is_someone_elses(
    language: str, text: str, speaker: str, role: str
) -> None:
    """An occupation in another case form further back than the speaker's title (``вместе с
    журналистами``) names other people; the role stops at the title."""
    article = f"Новини\n\nВступ.\n\n{text}"
    found = speakers_and_roles(article, dt.date(2026, 11, 30), language=language)
    assert list(found.values())[-1] == (speaker, role)
