"""A small town's Russian or Ukrainian case form that the dictionary also reads as a surname's
(``Литвинова``, ``Семеновым``, ``Мельником``) stays no place after a preposition of place that
takes a person too (``возле``, ``под``, ``з``: near, under, with someone), as it does elsewhere;
a small town's case form that reads as no surname is the town there (``из Осташкова``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_surnames_case_form_after_a_preposition_of_place_is_no_town() -> None:
    ru = found("Журналисты столпились возле Литвинова после заседания суда.", "ru")
    assert ("Литвинова", "place") not in ru
    ru = found("Под Семеновым работали десятки инженеров завода.", "ru")
    assert ("Семеновым", "place") not in ru
    uk = found("Зустріч з Мельником відбулася в Брюсселі.", "uk")
    assert ("Мельником", "place") not in uk
    uk = found("Міністр зустрівся з Семеновим після засідання.", "uk")
    assert ("Семеновим", "place") not in uk


def test_a_small_towns_case_form_that_is_no_surname_stays_the_town() -> None:
    assert ("Осташкова", "place") in found("Туристы из Осташкова застряли в пробке.", "ru")


def test_a_small_towns_locative_that_a_surname_shares_stays_the_town() -> None:
    # (the prepositions of place take the genitive or the instrumental: a surname's
    # locative reading, ``Бахмачі``, weighs nothing after ``у``)
    assert ("Бахмачі", "place") in found("Аварія сталася у Бахмачі вночі.", "uk")
