"""A title opening a Russian or Ukrainian sentence before a town's name alone (``Мэр Омска
заявил``) is whose title it is: the town is a place, no person the title names. A title before
a surname alone still names a person.

The sentences are invented for these tests in the manner of news articles."""

from __future__ import annotations

import pytest

from helpers.entities import mentions


def test_russian_town_after_an_opening_title_is_a_place() -> None:
    found = mentions("Мэр Омска заявил, что работы продолжатся.", "ru")
    assert ("Омска", "place") in found
    assert ("Омска", "person") not in found


def test_ukrainian_town_after_an_opening_title_is_a_place() -> None:
    found = mentions("Мер Житомира заявив, що роботи тривають.", "uk")
    assert ("Житомира", "place") in found
    assert ("Житомира", "person") not in found


def test_a_surname_after_an_opening_title_is_still_a_person() -> None:
    assert ("Сибіга", "person") in mentions("Міністр Сибіга заявив, що роботи тривають.", "uk")


def test_an_indeclinable_town_after_an_opening_title_is_a_place() -> None:
    # (``Алматы`` is the same in every case: its genitive after the title)
    assert ("Алматы", "place") in mentions("Аким Алматы заявил, что работы продолжатся.", "ru")


@pytest.mark.parametrize("surname", ["Пушкин", "Гагарин", "Жуковский", "Киров"])
def test_a_surname_that_is_a_towns_nominative_after_a_title_is_a_person(surname: str) -> None:
    # (a title's town is in the genitive, ``Мэр Пушкина``; its nominative is the holder's name)
    found = mentions(f"Мэр {surname} заявил, что работы продолжатся.", "ru")
    assert (surname, "place") not in found
    assert (surname, "person") in found
