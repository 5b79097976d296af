"""A French or Spanish noun of an association, a federation or an employers' body before a
capitalised word introduces a body by its name, as ``la cadena Lloyds`` does a company's
(``la patronal Foment``, ``l'association Foodwatch``)."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_a_spanish_association_noun_introduces_a_body() -> None:
    found = _mentions(
        "Los precios\nAyer la patronal Foment pidió calma y la asociación Facua protestó.", "es"
    )
    assert ("Foment", "organisation") in found
    assert ("Facua", "organisation") in found


def test_a_french_association_noun_introduces_a_body() -> None:
    found = _mentions(
        "Les prix\nL'association Foodwatch a protesté, comme la plateforme Doctolib.", "fr"
    )
    assert ("Foodwatch", "organisation") in found
    assert ("Doctolib", "organisation") in found
