"""A name right after a noun for a kind of company is the company's (``[entities]
organisation_before``). Every sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import mentions


def test_spanish_company_after_its_industry() -> None:
    text = "La petrolera Ecopetrol y la aerolínea Avianca anunciaron resultados el martes."
    found = mentions(text, "es")
    assert ("Ecopetrol", "organisation") in found
    assert ("Avianca", "organisation") in found


def test_french_company_after_its_industry() -> None:
    text = "Le constructeur Renault et le laboratoire Sanofi ont signé un accord mardi."
    found = mentions(text, "fr")
    assert ("Renault", "organisation") in found
    assert ("Sanofi", "organisation") in found


def test_french_industry_noun_after_an_elided_article() -> None:
    text = "Il pleut sur Lyon. Selon l'équipementier Valeo et l'opérateur Orange, tout va bien."
    found = mentions(text, "fr")
    assert ("Valeo", "organisation") in found
    assert ("Orange", "organisation") in found
