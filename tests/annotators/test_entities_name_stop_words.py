"""Stop words that, capitalised, are words of a name (``[entities] name_stopwords``). Every
sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import mentions


def test_spanish_places_opening_with_nuevo_or_nueva() -> None:
    text = "Los camiones cruzaron ayer la frontera en Nuevo Laredo y llegaron a Nueva York."
    found = mentions(text, "es")
    assert ("Nuevo Laredo", "place") in found
    assert ("Nueva York", "place") in found


def test_french_body_opening_with_haut() -> None:
    text = "Les pêcheurs manifestent à Moncton. Le Haut Conseil pour le climat a publié un avis."
    assert ("Haut Conseil", "organisation") in mentions(text, "fr")


def test_a_sentence_opened_by_such_a_word_names_nothing() -> None:
    text = "Gran parte de los votos llegó tarde. Nuevo golpe a la economía del país."
    assert mentions(text, "es") == []


def test_such_a_word_before_a_body_s_head_opens_the_body() -> None:
    french = "Il pleut à Lyon. Le Haut Conseil de la santé publique a rendu un avis mardi."
    assert ("Haut Conseil de la santé publique", "organisation") in mentions(french, "fr")
    spanish = "Llueve en Quito. El Gran Hospital Central abrió sus puertas el lunes."
    assert ("Gran Hospital Central", "organisation") in mentions(spanish, "es")
