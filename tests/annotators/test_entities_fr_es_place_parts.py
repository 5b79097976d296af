"""A French or Spanish place's name with what the language writes around it: a point of the
compass after it (``Europe de l'Est``, ``Europa del Este``) and, in French, a province's,
bay's or river's noun before it (``province de Luxembourg``, ``rivière
Semois``)."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_a_point_of_the_compass_after_a_place_is_part_of_its_name() -> None:
    found = _mentions(
        "Le gaz\nLes livraisons vers l'Europe de l'Est et l'Afrique centrale reprennent.", "fr"
    )
    assert ("Europe de l'Est", "place") in found
    assert ("Afrique centrale", "place") in found
    found = _mentions("El gas\nLos envíos a Europa del Este se reanudan el lunes.", "es")
    assert ("Europa del Este", "place") in found


def test_a_range_of_the_compass_is_no_part_of_a_place() -> None:
    found = _mentions("Le tram\nLa ligne traverse la France de l'Est à l'Ouest.", "fr")
    assert ("France", "place") in found


def test_a_french_province_or_river_keeps_its_noun() -> None:
    found = _mentions(
        "La crue\nLa crue de la rivière Semois inquiète la province de Luxembourg.",
        "fr",
    )
    assert ("rivière Semois", "place") in found
    assert ("province de Luxembourg", "place") in found
