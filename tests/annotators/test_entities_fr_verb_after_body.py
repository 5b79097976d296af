"""A French body's name written head first takes the adjectives after its last capitalised word
(``ministère des Affaires étrangères``), but not a speech verb spelt like one: ``rappelle`` ends
as ``officielle`` does, and ``La Ville de Lyon rappelle ...`` names ``Ville de Lyon``."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_a_speech_verb_after_a_body_is_no_adjective_of_its_name() -> None:
    found = _mentions("Les travaux\nLa Ville de Lyon rappelle les règles du stationnement.", "fr")
    assert ("Ville de Lyon", "organisation") in found


def test_an_adjective_after_a_body_stays_in_its_name() -> None:
    found = _mentions(
        "Diplomatie\nLe ministère des Affaires étrangères a convoqué l'ambassadeur.", "fr"
    )
    assert ("ministère des Affaires étrangères", "organisation") in found
