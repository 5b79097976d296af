"""A wire dateline's town written in capitals (session 38, lane K): ``ОРЁЛ, 3 дек — ТАСС``
opens the story with the place it is filed from, not a body's acronym."""

from __future__ import annotations

from helpers.entities import found


def test_a_dateline_town_in_capitals_is_a_place() -> None:
    text = "Поделиться\nОРЁЛ, 3 дек — ТАСС. Мэр города рассказал о ремонте дорог."
    assert ("ОРЁЛ", "place") in found(text, "ru")
    assert ("ОРЁЛ", "organisation") not in found(text, "ru")
