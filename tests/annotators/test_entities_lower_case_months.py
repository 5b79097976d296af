"""A month's name that is also a first name (``Julio``), written with a capital in a language
whose dates write months in lower case (Spanish ``julio``), is a first name before a surname,
with or without a title before it. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from helpers.entities import mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("El crítico Julio Paredes Soto presentó su libro en Lima.", "Julio Paredes Soto"),
        ("Julio Ortega Vidal presentó su libro en Lima.", "Julio Ortega Vidal"),
        ("La comisión citó ayer a Julio Ramón Cisneros en Lima.", "Julio Ramón Cisneros"),
    ],
)
def test_a_capitalised_month_before_a_surname_is_a_first_name(text: str, name: str) -> None:
    assert (name, "person") in mentions(text, "es")


def test_a_month_in_a_date_stays_no_name() -> None:
    found = mentions("El 4 de julio Ana Ruiz presentó su libro en Lima.", "es")
    assert ("Ana Ruiz", "person") in found
    assert not any("julio" in text.lower() for text, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "El 14 de Julio Sánchez viajó a París.",
        "El 5 de Mayo Ramírez fue elegido alcalde de Lima.",
    ],
)
def test_a_capitalised_month_after_a_day_s_number_is_a_date(text: str) -> None:
    # (a writer capitalising the month: the surname after the date is no first name's)
    found = mentions(text, "es")
    assert not any(name.startswith(("Julio", "Mayo")) for name, _ in found)
