"""A company named once with its legal form and again without it, in Spanish, French and
German text. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from helpers.entities import mentions


def test_spanish_company_without_its_legal_form_later() -> None:
    text = (
        "Ayer, Harinas del Norte, S.A. de C.V. cerró la compra de un molino. "
        "Harinas del Norte pagará la mitad en efectivo."
    )
    found = mentions(text, "es")
    assert ("Harinas del Norte", "organisation") in found


def test_french_company_without_its_legal_form_later() -> None:
    text = (
        "Le groupe Ateliers Marchal SAS rachète un concurrent. "
        "Ateliers Marchal emploie déjà 400 personnes en Lorraine."
    )
    found = mentions(text, "fr")
    assert ("Ateliers Marchal", "organisation") in found


def test_german_company_without_its_legal_form_later() -> None:
    text = (
        "Die Firma Brückner Pumpentechnik GmbH wächst kräftig. "
        "Brückner Pumpentechnik liefert nach Asien."
    )
    found = mentions(text, "de")
    assert ("Brückner Pumpentechnik", "organisation") in found


def test_company_with_an_english_legal_form_in_other_languages() -> None:
    # (the chunker ends a company's name at ``Ltd`` or ``Inc.`` in any language: its name
    # written again without it is the company's too)
    french = (
        "Le cabinet Rouvière Dalmasso Ltd a gagné l'appel. Selon Rouvière Dalmasso, rien ne change."
    )
    assert ("Rouvière Dalmasso", "organisation") in mentions(french, "fr")
    german = (
        "Die Kanzlei Osterkamp Lindqvist Inc. gewann. Laut Osterkamp Lindqvist bleibt alles gleich."
    )
    assert ("Osterkamp Lindqvist", "organisation") in mentions(german, "de")
    spanish = "El bufete Ibarrondo Quesada Ltd ganó el caso. Según Ibarrondo Quesada, nada cambia."
    assert ("Ibarrondo Quesada", "organisation") in mentions(spanish, "es")


@pytest.mark.parametrize(
    ("language", "text", "company"),
    [
        ("es", "El gerente de Salinas Andinas SpA, que opera en Atacama, habló ayer.",
         "Salinas Andinas SpA"),
        ("es", "La cooperativa Cafetalera Monte Verde R.L. firmó la venta.",
         "Cafetalera Monte Verde R.L."),
        ("es", "La defensa, a cargo del bufete Ramírez Ortega & Asociados, apelará.",
         "Ramírez Ortega & Asociados"),
        ("fr", "Le patron de Quincaillerie Gagnon ltée, à Laval, a parlé.",
         "Quincaillerie Gagnon ltée"),
        ("fr", "Les riverains poursuivent Fromagerie Bellemare inc. Dans sa décision, la juge a "
         "tranché.", "Fromagerie Bellemare inc."),
        ("fr", "Helvetor rachète la manufacture Perrin & Fils au Sentier.", "Perrin & Fils"),
    ],
)  # fmt: skip
def test_latin_american_and_canadian_legal_forms_end_a_company_s_name(
    language: str, text: str, company: str
) -> None:
    # (Chile's ``SpA``, Costa Rica's ``R.L.``, a firm's ``& Asociados``; Quebec's ``inc.`` and
    # ``ltée``, a family firm's ``& Fils``)
    found = mentions(text, language)
    assert (company, "organisation") in found, found
