"""A body's name that the chunker reads as pieces (an unknown run and a country) is one name
when the acronym in brackets after it is spelt by its initials, in capitals or capitalised
(``Farmers Forum South Africa (Ffsa)``); the acronym then names the same body."""

from __future__ import annotations

from helpers.entities import names


def test_a_capitalised_acronym_spelt_by_the_pieces_makes_one_body() -> None:
    found = names(
        "Maize prices fell.\n\nGrain Traders South Africa (Gtsa) welcomed the figures. In a "
        "statement, Gtsa said exports would recover."
    )
    assert found["Grain Traders South Africa"] == ("Grain Traders South Africa", "organisation")
    assert found["Gtsa"] == ("Grain Traders South Africa", "organisation")


def test_an_acronym_in_capitals_does_the_same() -> None:
    found = names("Shipping Lines Kenya (SLK) said the port would reopen on Monday.")
    assert found["Shipping Lines Kenya"][1] == "organisation"


def test_brackets_the_initials_do_not_spell_join_nothing() -> None:
    found = names("Grain Traders South Africa (Pretoria) welcomed the figures.")
    assert "Grain Traders South Africa" not in found
