"""Names given as examples of shops, chains or brands (``des boutiques telles que Fnac``) are
companies, and lend their type to the names listed with them (issue 16, session 32)."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize(
    ("text", "language", "companies"),
    [
        (
            "Le groupe ouvre des rayons semblables à ceux de boutiques telles que Fnac. "
            "Fnac, Darty et Cdiscount réagissent.",
            "fr",
            ("Fnac", "Darty", "Cdiscount"),
        ),
        (
            "Es gibt Bereiche ähnlich denen in Läden wie Rossmann. Rossmann und Budnikowsky "
            "reagieren.",
            "de",
            ("Rossmann", "Budnikowsky"),
        ),
        (
            "Habrá más espacio, como en otras tiendas, como Primark. Primark y Bershka lo "
            "celebran.",
            "es",
            ("Primark", "Bershka"),
        ),
    ],
)
def test_examples_of_shops_are_companies(
    text: str, language: str, companies: tuple[str, ...]
) -> None:
    found = typed(text, language)
    for name in companies:
        assert found.get(name) == "organisation", name


def test_examples_of_towns_are_no_companies() -> None:
    found = typed("Elle a vécu dans des villes telles que Lyon et Nantes.", "fr")
    assert found.get("Lyon") == "place"
