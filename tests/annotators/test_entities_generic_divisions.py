"""Divisions that ISO 3166-2 names with their generic noun after a comma (``gazetteer``).
Every sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import mentions


def test_divisions_named_with_their_generic_noun_are_places() -> None:
    # (ISO 3166-2 writes them ``Murcia, Región de``, ``Asturias, Principado de``)
    text = "El Principado de Asturias y la Región de Murcia pidieron más fondos el lunes."
    found = mentions(text, "es")
    assert ("Principado de Asturias", "place") in found
    assert ("Región de Murcia", "place") in found
