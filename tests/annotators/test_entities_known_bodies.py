"""Bodies and places whose names hold ``in``, a place or a title, known by the gazetteer:
``Organisation for Security and Cooperation in Europe`` is one body (not a body and Europe),
``State Duma`` one body, ``West Indies`` a place (the cricket side, as CoNLL-2003 writes it)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_known_body_named_in_a_place_is_one_name() -> None:
    found = typed(
        "Monitors from the Organisation for Security and Cooperation in Europe will watch "
        "the vote in Mostar on Saturday."
    )
    assert found.get("Organisation for Security and Cooperation in Europe") == "organisation"
    assert "Europe" not in found, found


def test_the_state_duma_is_one_body() -> None:
    found = typed("The State Duma passed the budget in a second reading on Friday.")
    assert found.get("State Duma") == "organisation", found


def test_the_west_indies_are_a_place() -> None:
    found = typed("Australia beat the West Indies by 123 runs in Adelaide on Sunday.")
    assert found.get("West Indies") == "place", found
