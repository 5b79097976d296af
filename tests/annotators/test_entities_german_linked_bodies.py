"""A body's noun of ``[entities] body_place_link_heads`` joined to its town by a link of
``body_place_links`` (``zu``) is one body with the capitalised adjective before it
(``Städtische Museen zu München``), though the noun alone names no body by its place; a noun
that takes no link stays apart from the place after ``zu``."""

from __future__ import annotations

from helpers.entities import found


def test_an_adjective_a_plural_museum_noun_and_its_town_are_one_body() -> None:
    got = found(
        "Die Städtischen Museen zu München leihen dem Landesmuseum zwei Bilder. "
        "Foto: Städtische Museen zu München",
        "de",
    )
    assert ("Städtischen Museen zu München", "organisation") in got, got
    assert ("Städtische Museen zu München", "organisation") in got, got
    assert ("München", "place") not in got, got


def test_a_body_speaking_about_a_land_stays_apart_from_it() -> None:
    got = found("Die Haltung der Landesregierung zu Bayern blieb am Montag unklar.", "de")
    assert ("Bayern", "place") in got, got
