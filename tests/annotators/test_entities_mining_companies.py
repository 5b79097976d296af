"""A company named with ``Mining`` as its last word (``Tarvale Mining``), as with the other heads
a body's name ends with (``Resources``, ``Lines``): the texts are written for these tests."""

from __future__ import annotations

from helpers.entities import entities


def _kinds(text: str) -> list[tuple[str, str]]:
    (found,) = entities(text)
    return [(mention, kind) for mention, kind, _ in found]


def test_an_unknown_name_ending_with_mining_is_a_company() -> None:
    found = _kinds(
        "A fund manager in Perth said rivals , including Tarvale Mining , might bid for the "
        "copper project ."
    )
    assert ("Tarvale Mining", "organisation") in found, found


def test_mining_in_lower_case_after_a_place_names_no_company() -> None:
    found = _kinds("Output from mining in Zambia fell sharply last year .")
    assert ("Zambia", "place") in found, found
    assert not any(kind == "organisation" for _, kind in found), found
