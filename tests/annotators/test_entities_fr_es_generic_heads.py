"""Common nouns opening a French or Spanish name that a first-name dictionary holds as first
names (Finnish ``Ville``, ``Sierra``) name a town's administration or a place, no person:
``Ville de Genève``, ``Métropole de Rouen`` are bodies, ``Banco Sierra Azul`` one company;
``Région Occitanie``, ``Lac Léman`` are places."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_a_french_town_administration_is_a_body() -> None:
    found = _mentions(
        "Le budget\nLa Ville de Genève a voté le budget, comme la Métropole de Rouen.", "fr"
    )
    assert ("Ville de Genève", "organisation") in found
    assert ("Métropole de Rouen", "organisation") in found


def test_a_spanish_place_noun_is_no_first_name() -> None:
    found = _mentions("El mercado\nSegún analistas de Banco Sierra Azul, el peso sube.", "es")
    assert ("Banco Sierra Azul", "organisation") in found
    assert not any(kind == "person" for _, kind in found)


def test_a_french_region_department_or_lake_opens_a_place() -> None:
    found = _mentions(
        "Le budget\nLe budget, voté par la Région Occitanie, finance le Département du "
        "Finistère et la rive du Lac Léman.",
        "fr",
    )
    assert ("Région Occitanie", "place") in found
    assert ("Département du Finistère", "place") in found
    assert ("Lac Léman", "place") in found


def test_ville_without_a_connector_is_a_first_name_not_a_body() -> None:
    # (``Ville`` opens a town's administration only before ``de``/``d'``)
    found = _mentions(
        "Le concert\nLe chanteur Ville Valo a rempli la salle de la Ville d'Anvers.", "fr"
    )
    assert ("Ville Valo", "person") in found
    assert ("Ville d'Anvers", "organisation") in found
