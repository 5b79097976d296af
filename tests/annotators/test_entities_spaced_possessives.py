"""Wire text tokenised with its possessives apart (``Fishermen 's``): a group's or an
office's possessive inside a name is read as the joined one is (``Pakistan People 's Party``),
and an owner's stays outside the name (``Japan 's Finance Ministry``)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_groups_spaced_possessive_stays_inside_the_name() -> None:
    found = typed(
        "The Ostrand People 's Party and the Marlow Fishermen 's Federation met on Monday .\n"
    )
    assert found.get("Ostrand People 's Party") == "organisation", found
    assert found.get("Marlow Fishermen 's Federation") == "organisation", found


def test_an_offices_spaced_possessive_before_a_head_stays_inside() -> None:
    found = typed("The Sheriff 's Department said two men were held .\n")
    assert found.get("Sheriff 's Department") == "organisation", found


def test_an_owners_spaced_possessive_stays_outside() -> None:
    found = typed("Japan 's Finance Ministry said the yen was too strong .\n")
    assert found.get("Japan") == "place", found
    assert found.get("Finance Ministry") == "organisation", found
