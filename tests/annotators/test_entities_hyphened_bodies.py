"""A word joined by a hyphen to a country's, a region's or a big city's name (``Météo-France``,
``Hydro-Québec``) names the body that serves it, where nouns are not all capitalised; a place
of two names, a first name or a place's own first word keeps its reading. Every sentence here
is made up for the test."""

from __future__ import annotations

from helpers.entities import found


def test_a_word_joined_to_a_country_or_a_big_city_is_a_body() -> None:
    got = found(
        "Les clients d'Aqua-Maroc ont reçu une facture, selon une note publiée par Télé-Lyon "
        "mardi.",
        "fr",
    )
    assert ("Aqua-Maroc", "organisation") in got, got
    assert ("Télé-Lyon", "organisation") in got, got


def test_places_and_people_of_hyphened_names_keep_their_reading() -> None:
    got = found(
        "Marie-France Dubois vit en Haute-Savoie et travaille à Boulogne-Billancourt.", "fr"
    )
    assert ("Marie-France Dubois", "person") in got, got
    assert ("Haute-Savoie", "place") in got, got
    assert ("Boulogne-Billancourt", "place") in got, got
    got = found("Le train Paris-Lyon est arrivé avec une heure de retard.", "fr")
    assert not any(kind == "organisation" for _, kind in got), got


def test_two_clubs_joined_by_a_hyphen_are_a_match_not_a_body() -> None:
    # (the first a name of its own in the document, ``el Betis``, or a club's word, ``Racing``)
    got = found("El Betis ganó en casa. Tras el Betis-Sevilla, el técnico habló de la liga.", "es")
    assert ("Betis-Sevilla", "organisation") not in got, got
    got = found("Le Racing-Paris s'est terminé sur un nul, selon le club.", "fr")
    assert ("Racing-Paris", "organisation") not in got, got
