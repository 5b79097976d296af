"""A Ukrainian or Russian speaker named by a first name alone after the noun describing them
(issue 16, session 38): ``Покупниця Марина сказала``, ``— каже пенсіонер Максим Іванович``,
``водій міського автобуса Петро`` is that person, the noun phrase their role, not the last
person named in full before (annotators/quotes/attribution/described_first_names.py). A first
name followed by a surname stays the entity annotator's; a first name in another case is no
speaker of a nominative cue.

The articles are written for these tests in the manner of news reports; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 7)


def _found(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_and_roles(text, DAY, language=language)


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker", "role"),
    [
        (
            "uk",
            "На ринку знову подорожчали овочі.\n\n"
            "Директор ринку Олег Сидоренко заявив: «Ціни диктують постачальники».\n\n"
            "Покупниця Марина, яка прийшла з сином, сказала: «Борщ тепер коштує як ресторан».",
            "Борщ тепер коштує як ресторан",
            "Марина",
            "Покупниця",
        ),
        (
            "uk",
            "Маршрут №12 відновили після ремонту мосту.\n\n"
            "Заступник мера Ігор Лисенко пообіцяв: «Автобуси ходитимуть щопівгодини».\n\n"
            "«Пасажирів поки мало, але люди повертаються», – каже водій міського автобуса "
            "Петро.",
            "Пасажирів поки мало",
            "Петро",
            "водій міського автобуса",
        ),
        (
            "ru",
            "В городе открыли новый каток.\n\n"
            "Глава района Сергей Орлов заявил: «Каток будет бесплатным».\n\n"
            "Местная школьница Вера рассказала: «Мы с подругами придем сюда в выходные».",
            "Мы с подругами",
            "Вера",
            "Местная школьница",
        ),
    ],
)
def test_a_first_name_after_the_noun_describing_its_bearer_speaks(
    language: str, text: str, quoted: str, speaker: str, role: str
) -> None:
    found = _found(text, language)
    (words,) = [w for w in found if w.startswith(quoted)]
    assert found[words] == (speaker, role)


def test_a_first_name_before_a_surname_stays_the_full_name() -> None:
    text = (
        "У ліцеї відкрили укриття.\n\n"
        "Директорка ліцею Марина Коваль сказала: «Уроки більше не зриватимуться»."
    )
    assert _found(text, "uk")["Уроки більше не зриватимуться"][0] == "Марина Коваль"


def test_a_patronymic_after_the_first_name_stays_part_of_the_name() -> None:
    text = (
        "У селі відкрили амбулаторію.\n\n"
        "Голова громади Андрій Мельник сказав: «Лікар прийматиме щодня».\n\n"
        "Пенсіонер Максим Іванович розповів: «Раніше до лікаря їздили за двадцять кілометрів»."
    )
    assert _found(text, "uk")["Раніше до лікаря їздили за двадцять кілометрів"][0] == (
        "Максим Іванович"
    )
