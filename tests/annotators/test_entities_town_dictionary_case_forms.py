"""A town's case form that no cut case ending finds is read through the morphology dictionary's
nominative (issue 16, session 39): a plural town's locative (``Мытищах``: ``Мытищи``) and a
town the dictionary reads only as a place in an oblique case, though the first-name tables know
its nominative (``Вероны``, ``Самары``); a first name the dictionary also reads stays no town."""

from __future__ import annotations

from helpers.entities import found


def test_a_plural_town_in_the_locative_is_a_place() -> None:
    ru = found("Новые школы откроют в Люберцах, Мытищах и Березниках к осени.", "ru")
    assert {("Люберцах", "place"), ("Мытищах", "place"), ("Березниках", "place")} <= ru


def test_a_town_the_dictionary_reads_only_as_a_place_is_one_though_named_like_a_woman() -> None:
    ru = found("Власти Вероны и Самары обсудили туристические маршруты.", "ru")
    assert ("Вероны", "place") in ru
    assert ("Самары", "place") in ru


def test_a_name_the_dictionary_also_reads_as_a_first_name_stays_no_town() -> None:
    ru = found("Встреча прошла без Милана, он заболел.", "ru")
    assert ("Милана", "place") not in ru


def test_a_town_named_like_a_person_of_the_article_in_an_oblique_case_is_the_person() -> None:
    # (the dictionary reads ``Софии``, ``Миланом`` only as a town's; the article's full name
    # opening with the same first name makes the lone case form that person's)
    ru = found("Певица София Ротару дала концерт. Поклонники Софии пришли к ней.", "ru")
    assert ("Софии", "place") not in ru
    ru = found("Тренер Милан Баарош заявил о победе. С Миланом согласились все.", "ru")
    assert ("Миланом", "person") in ru
    assert ("Миланом", "place") not in ru
    ru = found("Певица София Ротару дала концерт. Вчера поклонники Софии пришли к ней.", "ru")
    assert ("Софии", "person") in ru
    assert ("Софии", "place") not in ru


def test_a_town_named_like_a_first_name_stays_a_town_without_such_a_person() -> None:
    ru = found("Министр прилетел в Софию. Переговоры в Софии продолжатся.", "ru")
    assert ("Софию", "place") in ru
    assert ("Софии", "place") in ru
