"""French and Spanish names read with their own language's words, not English's: an English
place's head word opening a name is no place's head there (``River`` of ``River Plate``, a club),
the language's own nouns of mountains and rivers open a place's name (``Mont Aiguille``,
``Monte Abantos``), and a match's result written in a sentence makes its two sides teams
(``Racing venció 3-1 a Independiente``)."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_an_english_place_head_opening_a_spanish_name_is_part_of_it() -> None:
    found = _mentions(
        "El mercado de pases\nEl volante de River, Matías Gil, renovó hasta 2028.", "es"
    )
    assert ("River", "organisation") in found


def test_an_english_place_name_keeps_its_head_in_french() -> None:
    found = _mentions("Le concert\nLe groupe jouera au Wembley Stadium en juin.", "fr")
    assert ("Wembley Stadium", "place") in found


def test_a_result_in_a_sentence_makes_both_sides_teams() -> None:
    found = _mentions(
        "El clásico\nRacing Club venció 3-1 a Independiente en Avellaneda. Para"
        " Independiente descontó Jorge Ruiz.",
        "es",
    )
    assert found.count(("Independiente", "organisation")) == 2
    assert ("Jorge Ruiz", "person") in found
    found = _mentions(
        "Ligue 1\nLe Havre s'est imposé 2-0 face à Nantes samedi. Nantes reste dernier.", "fr"
    )
    assert ("Nantes", "organisation") in found
    assert ("Nantes", "place") not in found


def test_a_mountain_or_river_noun_opening_a_name_makes_a_place() -> None:
    found = _mentions(
        "Randonnée\nLes guides du Mont Aiguille ont fermé la voie près de la Rivière Noire.", "fr"
    )
    assert ("Mont Aiguille", "place") in found
    assert ("Rivière Noire", "place") in found
    found = _mentions("Incendio\nEl fuego llegó al Monte Abantos el martes.", "es")
    assert ("Monte Abantos", "place") in found
