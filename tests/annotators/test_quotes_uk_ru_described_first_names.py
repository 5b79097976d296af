"""A Ukrainian or Russian speaker named by a first name alone after the noun describing them
(issue 16, session 38): ``Покупниця Марина сказала``, ``— каже пенсіонер Максим Іванович``,
``водій міського автобуса Петро``, ``водій з Вінниччини Тарас`` is that person, the noun phrase
their role, not the last person named in full before, nor a name made of the role's last word
and the first name (``Светлого Анна``) (annotators/quotes/attribution/described_first_names.py;
the preposition of where one is from: ``[quotes] hometown_prepositions``). A first
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
            "uk",
            "На кордоні утворилася черга з вантажівок.\n\n"
            "Голова асоціації перевізників Богдан Коваль сказав: «Черга зросла вдвічі».\n\n"
            "«Ночую в кабіні вже третю добу», – розповів водій з Вінниччини Тарас.",
            "Ночую в кабіні",
            "Тарас",
            "водій з Вінниччини",
        ),
        (
            "uk",
            "На кордоні утворилася черга з вантажівок.\n\n"
            "Голова асоціації перевізників Богдан Коваль сказав: «Черга зросла вдвічі».\n\n"
            "Студентка педагогічного коледжу з Кременця Олеся чекала на автобус.\n\n"
            "«Я спізнилася на пари», – сказала дівчина.",
            "Я спізнилася на пари",
            "Олеся",
            "Студентка педагогічного коледжу з Кременця",
        ),
        (
            "ru",
            "В поселке восстановили подачу газа.\n\n"
            "Глава района Игорь Смирнов заявил: «Все дома подключены».\n\n"
            "Жительница поселка Светлого Анна рассказала: «Мы три дня топили печку».",
            "Мы три дня топили печку",
            "Анна",
            "Жительница поселка Светлого",
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


def test_an_age_before_the_noun_is_no_part_of_the_role() -> None:
    text = (
        "У шпиталі відкрили нове відділення.\n\n"
        "Серед пацієнтів – 40-річний ветеран Остап, який втратив руку.\n\n"
        "«Я знову можу тримати чашку», – каже чоловік."
    )
    assert _found(text, "uk")["Я знову можу тримати чашку"] == ("Остап", "ветеран")


def test_a_first_name_before_the_name_is_no_genitive_of_the_role() -> None:
    text = (
        "Турнір завершився в неділю.\n\nІспанець Серхіо Гарсія сказав: «Це був мій останній кубок»."
    )
    assert _found(text, "uk")["Це був мій останній кубок"][0] == "Серхіо Гарсія"


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        (
            "uk",
            "Суд знову переніс засідання.\n\n«Мій клієнт невинний», – заявив адвокат Олександра.",
            "Мій клієнт невинний",
        ),
        (
            "uk",
            "Бійця поховали в неділю.\n\n«Він мріяв повернутися додому», – сказав брат Ярослава.",
            "Він мріяв повернутися додому",
        ),
        (
            "ru",
            "Клуб проиграл третий матч подряд.\n\n«Мы играли плохо», – признал защитник Милана.",
            "Мы играли плохо",
        ),
    ],
)
def test_a_name_in_the_genitive_after_a_mans_noun_is_whose_he_is(
    language: str, text: str, quoted: str
) -> None:
    """``адвокат Олександра`` is Олександр's lawyer, not a lawyer named Олександра: a name
    that is also a man's name or a place in the genitive, right after a noun of a man's role,
    is no person the noun describes."""
    found = _found(text, language)
    (words,) = [w for w in found if w.startswith(quoted)]
    assert found[words][0] not in {"Олександра", "Ярослава", "Милана"}


def test_a_womans_noun_before_such_a_name_describes_her() -> None:
    text = (
        "У ліцеї відкрили укриття.\n\n"
        "Директорка ліцею Марина Коваль сказала: «Уроки більше не зриватимуться».\n\n"
        "«Тепер я не боюся тривог», – каже студентка Юлія."
    )
    assert _found(text, "uk")["Тепер я не боюся тривог"] == ("Юлія", "студентка")


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        (
            "uk",
            "Світло в громаді повернули лише на п'ятий день.\n\n"
            "Мешканка села Надія розповіла: «Ми готували їжу на багатті».",
            "Ми готували їжу на багатті",
        ),
        (
            "ru",
            "Свет в районе вернули только на пятый день.\n\n"
            "Жительница поселка Надежда рассказала: «Мы готовили еду на костре».",
            "Мы готовили еду на костре",
        ),
    ],
)
def test_a_common_noun_after_a_place_noun_names_the_place(
    language: str, text: str, quoted: str
) -> None:
    """``мешканка села Надія``: a village called Надія, a word also a first name, after the
    noun a place's name follows; no person Надія speaks."""
    found = _found(text, language)
    (words,) = [w for w in found if w.startswith(quoted)]
    assert found[words][0] not in {"Надія", "Надежда"}


def test_a_mans_name_also_a_womans_genitive_plural_stays_a_person() -> None:
    """``Роман`` is also the genitive plural of ``Романа``: no name whose the noun is."""
    text = (
        "Ціни на пальне зросли вдвічі.\n\n"
        "Механік Роман розповів: «Бак тепер коштує як половина зміни»."
    )
    assert _found(text, "uk")["Бак тепер коштує як половина зміни"] == ("Роман", "Механік")


@pytest.mark.parametrize(
    "blank", [" ", "\t", " \t ", "\u00a0"], ids=["space", "tab", "spaced-tab", "nbsp"]
)
@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker", "role"),
    [
        (
            "uk",
            "Мер Полтави Олександр Мамай відвідав ринок.\n\nУ Полтаві подорожчав хліб.{blank}"
            "Пенсіонерка Ганна розповіла: «Ми стояли в черзі три години».",
            "Ми стояли в черзі три години",
            "Ганна",
            "Пенсіонерка",
        ),
        (
            "ru",
            "Мэр Полтавы Александр Мамай посетил рынок.\n\nВ Полтаве подорожал хлеб.{blank}"
            "Пенсионерка Анна рассказала: «Мы стояли в очереди три часа».",
            "Мы стояли в очереди три часа",
            "Анна",
            "Пенсионерка",
        ),
    ],
    ids=["uk", "ru"],
)
def test_a_capitalised_noun_after_a_stop_and_any_blank_opens_its_sentence(
    blank: str, language: str, text: str, quoted: str, speaker: str, role: str
) -> None:
    # A tab after the full stop is a blank as a space is: the noun opening the sentence may
    # be capitalised (session 39: described_first_names asks foreign_forms.opens_sentence).
    assert _found(text.format(blank=blank), language)[quoted] == (speaker, role)
