"""Spanish and French clubs by their first word (``[entities] org_leads``): ``Real``,
``Deportivo``, ``Sporting``, ``Racing``, ``Club`` and ``Stade``, ``Olympique`` open a club's
name, never a person's (``Real Betis``, ``Stade rennais``) nor a place's
(``Olympique de Marseille``)."""

from __future__ import annotations

from helpers.entities import found


def test_spanish_clubs_led_by_a_club_word_are_bodies() -> None:
    got = found("El Real Betis venció al Deportivo Alavés en el último minuto.", "es")
    assert ("Real Betis", "organisation") in got
    assert ("Deportivo Alavés", "organisation") in got


def test_a_club_named_after_its_town_is_one_body() -> None:
    got = found("El Sporting de Gijón y el Racing de Santander empataron a cero.", "es")
    assert ("Sporting de Gijón", "organisation") in got
    assert ("Racing de Santander", "organisation") in got
    assert ("Gijón", "place") not in got


def test_club_opens_the_full_name() -> None:
    got = found("El Club Atlético Talleres ganó en Córdoba el domingo.", "es")
    assert ("Club Atlético Talleres", "organisation") in got
    assert ("Córdoba", "place") in got


def test_french_clubs_led_by_stade_or_olympique_are_bodies() -> None:
    got = found("L'Olympique de Marseille a battu le Stade rennais samedi soir.", "fr")
    assert ("Olympique de Marseille", "organisation") in got
    assert ("Stade rennais", "organisation") in got
    assert ("Marseille", "place") not in got
