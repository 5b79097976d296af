"""Russian and Ukrainian towns in the genitive or instrumental after a preposition of place
(``из``, ``под``, ``около``; ``з``, ``під``, ``поблизу``: ``[entities] place_prepositions``),
a small listed town's case form too, and a town whose case form ends like a council's noun
(``-рада``): the town, not a person or a body; a person the document names stays a person."""

from __future__ import annotations

from helpers.entities import found


def test_a_small_town_in_an_oblique_case_after_a_preposition_of_place_is_a_place() -> None:
    ru = found("Туристы из Осташкова застряли в пробке, а под Валдаем закрыли трассу.", "ru")
    assert ("Осташкова", "place") in ru
    assert ("Валдаем", "place") in ru
    uk = found("Аварійні бригади працювали поблизу Гадяча, а під Сквирою закрили міст.", "uk")
    assert ("Гадяча", "place") in uk
    assert ("Сквирою", "place") in uk


def test_a_city_spelt_as_a_first_name_after_a_preposition_of_place_is_a_place() -> None:
    assert ("Верони", "place") in found("Рейси з Верони затримали через туман.", "uk")


def test_a_town_ending_like_a_council_after_a_preposition_of_place_is_a_place() -> None:
    assert found("Гості приїхали з Болграда.", "uk") == {("Болграда", "place")}


def test_a_person_the_document_names_stays_a_person_after_such_a_preposition() -> None:
    ru = found("Музыкант Олег Кашин вышел на сцену. Поклонники столпились около Кашина.", "ru")
    assert ("Кашина", "person") in ru
