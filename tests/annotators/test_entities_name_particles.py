"""Particles of naming traditions (``y``, ``wa``) inside a person's name: joined after a known
first name or a title, never between two first names nor in other runs."""

from __future__ import annotations

from helpers.entities import names


def test_a_spanish_y_joins_two_surnames_after_a_first_name() -> None:
    found = names("The council heard Ignacio Ferrer y Montalvo, who chairs the water board.")
    assert found["Ignacio Ferrer y Montalvo"] == ("Ignacio Ferrer y Montalvo", "person")


def test_a_kikuyu_wa_joins_a_patronym_after_a_title() -> None:
    found = names("Governor Kariuki wa Gathenya opened the new clinic on Monday.")
    assert found["Kariuki wa Gathenya"] == ("Kariuki wa Gathenya", "person")


def test_y_between_two_first_names_joins_nothing() -> None:
    found = names("The prize went to Lucia y Pedro, a duo from Seville.")
    assert "Lucia y Pedro" not in found


def test_y_after_no_first_name_joins_nothing() -> None:
    found = names("Fans of Generation Y and Generation Z answered the survey.")
    assert not any(" y " in text for text in found)


def test_y_after_a_lone_first_name_joins_nothing() -> None:
    # A first name alone before ``y`` opens a body's name (``Luz y Fuerza``, a union).
    found = names("The union Luz y Fuerza del Centro called a strike in Mexico City.")
    assert found.get("Luz y Fuerza", ("", ""))[1] != "person"


def test_wa_after_a_lone_first_name_joins_nothing() -> None:
    # ``Baba wa Taifa`` is a title (father of the nation), not a person's name.
    found = names("Kenyans call him the Baba wa Taifa, or father of the nation.")
    assert "Baba wa Taifa" not in found
