"""A strip, a basin or a plateau named after a place or a people is one place with its head
word (issue 16, session 32)."""

from __future__ import annotations

from helpers.entities import typed


def test_strip_basin_and_plateau_end_a_place_name() -> None:
    found = typed(
        "Floods cut off the Caprivi Strip, fires burned across the Amazon Basin and snow closed "
        "roads on the Tibetan Plateau."
    )
    assert found["Caprivi Strip"] == "place"
    assert found["Amazon Basin"] == "place"
    assert found["Tibetan Plateau"] == "place"
