"""The morphology layer (languages/morphology.py): names and role phrases of Russian and
Ukrainian put back in the nominative by fixed rules over pymorphy3's readings; other languages
have no analyser. The names and phrases are written for these tests."""

from __future__ import annotations

import pytest

from helpers.morphology import needs_uk_dictionary, with_uk_dictionary
from newsbrief.languages.morphology import (
    analyzer,
    has_analyzer,
    is_name,
    nominative_body,
    nominative_name,
    nominative_role,
)


@pytest.mark.parametrize(
    ("code", "written", "nominative"),
    [
        with_uk_dictionary("uk", "Емманюелем Макроном", "Емманюель Макрон"),
        with_uk_dictionary("uk", "Юлії Тимошенко", "Юлія Тимошенко"),
        with_uk_dictionary("uk", "Андрія Єрмака", "Андрій Єрмак"),
        # (the dictionary's ``ґ`` written as the text writes it)
        with_uk_dictionary("uk", "Ерлінгом Гаугом", "Ерлінг Гауг"),
        ("ru", "Марии Захаровой", "Мария Захарова"),
        ("ru", "Сергеем Лавровым", "Сергей Лавров"),
        # A nominative stays as it is, a woman's surname too.
        with_uk_dictionary("uk", "Олена Петрова", "Олена Петрова"),
        ("ru", "Дмитрий Песков", "Дмитрий Песков"),
    ],
)
def test_a_name_in_a_case_is_given_in_the_nominative(
    code: str, written: str, nominative: str
) -> None:
    assert nominative_name(written, code) == nominative


@needs_uk_dictionary
def test_a_mans_reading_goes_first_and_a_guess_needs_a_declined_word_beside() -> None:
    # ``Полу``: Пол's dative, or Пола's accusative; a man's reading first.
    assert nominative_name("Полу Макартні", "uk") == "Пол Макартні"
    # An indeclinable first name and an unknown surname: nothing tells their case.
    assert nominative_name("Маріо Квандуччі", "uk") is None
    # An unknown surname is no first name's nor a thing's case form (``Лінзя``, ``Квілля``).
    assert nominative_name("Тревору Лінзі", "uk") is None
    assert nominative_name("Оскару Квіллі", "uk") is None
    # ... but a case ending taken off is (``Коглер``), and a woman's surname's ending put back.
    assert nominative_name("Вернером Коглером", "uk") == "Вернер Коглер"
    assert nominative_name("Зою Трембовецьку", "uk") == "Зоя Трембовецька"


def test_a_guess_that_changes_the_words_beginning_is_not_taken() -> None:
    # pymorphy3 guesses ``Шолец`` for the unknown ``Шольцем``: nothing is said instead.
    assert nominative_name("Олафом Шольцем", "ru") is None


@pytest.mark.parametrize(
    ("code", "written", "nominative"),
    [
        with_uk_dictionary("uk", "президентом Франції", "президент Франції"),
        with_uk_dictionary(
            "uk", "колишнього міністра закордонних справ", "колишній міністр закордонних справ"
        ),
        with_uk_dictionary("uk", "Прем’єр-міністром України", "Прем’єр-міністр України"),
        ("ru", "официального представителя МИД России", "официальный представитель МИД России"),
        ("ru", "главы МИД", "глава МИД"),
        with_uk_dictionary("uk", "речник МЗС", "речник МЗС"),
        # (the dictionary's form untagged for case: no plural ``секретарі`` instead)
        with_uk_dictionary("uk", "Генеральним секретарем НАТО", "Генеральний секретар НАТО"),
        ("ru", "генеральному секретарю ООН", "генеральный секретарь ООН"),
    ],
)
def test_a_roles_head_is_given_in_the_nominative_and_its_dependents_kept(
    code: str, written: str, nominative: str
) -> None:
    assert nominative_role(written, code) == nominative


def test_roles_joined_by_a_conjunction_are_left_as_written() -> None:
    assert nominative_role("депутату и юристу", "ru") is None
    assert nominative_role("тренеру та капітану", "uk") is None


@needs_uk_dictionary
def test_names_are_told_from_places() -> None:
    assert is_name("Макрона", "uk")
    assert not is_name("Франції", "uk")


def test_other_languages_have_no_analyser() -> None:
    assert not has_analyzer("en")
    assert analyzer("de") is None
    assert nominative_name("Emmanuel Macron", "fr") is None
    assert nominative_role("président", "fr") is None


@pytest.mark.parametrize(
    ("code", "written", "nominative"),
    [
        # A declined first name before an indeclinable reading of the same letters.
        ("ru", "Анне Кузнецовой", "Анна Кузнецова"),
        # Surnames declined as adjectives, guessed by the analyser (two letters change).
        ("ru", "Владимира Зеленского", "Владимир Зеленский"),
        ("ru", "Игорю Коломойскому", "Игорь Коломойский"),
        ("ru", "Ольгой Вишневской", "Ольга Вишневская"),
        # Hyphenated names: each declined part put back, each part's capital kept; a first
        # part that keeps its form stays.
        ("ru", "Марию Петрову-Водкину", "Мария Петрова-Водкина"),
        ("ru", "Жан-Клода Юнкера", "Жан-Клод Юнкер"),
        with_uk_dictionary("uk", "Анну-Марію Шевченко-Петрук", "Анна-Марія Шевченко-Петрук"),
        with_uk_dictionary("uk", "Олені Ковальській", "Олена Ковальська"),
        with_uk_dictionary("uk", "Вікторові Гюго", "Віктор Гюго"),
        # (the analyser's first reading: Марина's dative, not the rare Мариня's genitive)
        with_uk_dictionary("uk", "Марині Порошенко", "Марина Порошенко"),
    ],
)
def test_names_in_every_case_and_shape(code: str, written: str, nominative: str) -> None:
    assert nominative_name(written, code) == nominative


@pytest.mark.parametrize(
    ("code", "written", "nominative"),
    [
        # A locative, as the place a statement comes from; what follows the head is kept.
        ("ru", "Министерстве цифрового развития", "Министерство цифрового развития"),
        ("ru", "Министерстве спорта и туризма", "Министерство спорта и туризма"),
        ("ru", "Газпрома", "Газпром"),
        with_uk_dictionary("uk", "Державної податкової служби", "Державна податкова служба"),
        # A head that takes no endings is in its adjectives' case.
        with_uk_dictionary("uk", "Економічного бюро", "Економічне бюро"),
        # A nominative stays as it is.
        ("ru", "Банк Казахстана", "Банк Казахстана"),
    ],
)
def test_a_bodys_name_in_a_case_is_given_in_the_nominative(
    code: str, written: str, nominative: str
) -> None:
    assert nominative_body(written, code) == nominative


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("ru", "Северном и Южном управлениях"),
        with_uk_dictionary("uk", "Західному та Східному управліннях"),
    ],
)
def test_adjectives_joined_before_a_plural_head_are_no_one_bodys_name(
    code: str, written: str
) -> None:
    """``в Северном и Южном управлениях``: two bodies, each with its adjective; no one
    name is made of them (not a broken ``Северн и Южном управлениях``; review, session
    33)."""
    assert nominative_body(written, code) is None


def test_a_mans_accusative_has_no_word_in_a_things_accusative() -> None:
    # ``Кабак`` is also a thing's name, whose accusative is written as its nominative; a man's
    # surname in the accusative takes the genitive's ending (``Бора Кабака``), so ``Бора
    # Кабак`` (a first name ending in -а, as Turkish ones do) is no accusative of ``Бор Кабак``.
    assert nominative_name("Бора Кабак", "ru") is None
    assert nominative_name("Бора Кабака", "ru") == "Бор Кабак"
    assert nominative_name("Олега Дуба", "ru") == "Олег Дуб"
