"""A dateline's town written in capitals at the start of a line before a full stop (``ТВЕРЬ.
Областной ...``, as Russian regional outlets write it) is a place, not an acronym's body nor
nothing; a word in capitals so placed that is no town stays no place."""

from __future__ import annotations

from helpers.entities import found


def test_a_town_in_capitals_opening_a_line_before_a_full_stop_is_a_place() -> None:
    text = "Новости региона\nТВЕРЬ. Областной суд рассмотрел жалобу жильцов.\n"
    assert ("ТВЕРЬ", "place") in found(text, "ru")
    text = "Новости региона\nЯРОСЛАВЛЬ. Речной вокзал закрыли на ремонт.\n"
    assert ("ЯРОСЛАВЛЬ", "place") in found(text, "ru")


def test_a_word_in_capitals_that_is_no_town_is_no_place_there() -> None:
    text = "Новости региона\nСРОЧНО. Речной вокзал закрыли на ремонт.\n"
    assert ("СРОЧНО", "place") not in found(text, "ru")


def test_a_common_word_in_capitals_that_a_small_town_is_named_is_no_place_there() -> None:
    # (``ЗИМА.``: a rubric's label, winter; the dictionary knows the word as no place's)
    text = "Новости региона\nЗИМА. Снег выпал в городе ночью.\n"
    assert ("ЗИМА", "place") not in found(text, "ru")
    text = "Новости региона\nЛУГА. Горожане вышли на субботник.\n"
    assert ("ЛУГА", "place") in found(text, "ru")
