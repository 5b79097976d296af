"""A name before a comma and a place is a place in that place (``Selly Oak, Birmingham``), but
not on a list of names of several kinds, such as a page's tags (``Mots-clés : Amaf, Paris,
CGT``): there a body's short name keeps the type the article gives it."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_a_body_on_a_list_of_tags_before_a_place_stays_a_body() -> None:
    found = _mentions(
        "La bourse\nLe régulateur, Autorité des marchés financiers (Amaf), a suspendu la"
        " cotation. Amaf invoque un risque.\nMots-clés : Amaf, Paris, CGT, bourse",
        "fr",
    )
    assert ("Amaf", "place") not in found
    assert found.count(("Amaf", "organisation")) == 3
    found = _mentions(
        "La bolsa\nEl regulador, Comisión Nacional del Mercado de Valores (Cnmev), suspendió la"
        " cotización. Cnmev alega un riesgo.\nEtiquetas: Cnmev, Madrid, CCOO, bolsa",
        "es",
    )
    assert ("Cnmev", "place") not in found


def test_a_name_before_a_place_and_a_comma_is_still_a_place_in_it() -> None:
    found = _mentions("Le quartier\nIl a grandi à Saint-Sever, Rouen, avant de partir.", "fr")
    assert ("Saint-Sever", "place") in found
    found = _mentions("Le quartier\nIl a grandi à Saint-Sever, Rouen, France, puis ailleurs.", "fr")
    assert ("Saint-Sever", "place") in found
