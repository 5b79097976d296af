"""A road's head (``Road``, ``Expressway``, ``Motorway``, ``Freeway``) ends a place's name: an
unknown word before it names a road, not a person who may then be taken for a speaker."""

from __future__ import annotations

from helpers.entities import names


def test_a_road_named_after_a_district_is_a_place() -> None:
    found = names(
        "Queues formed at pumps along Obalende Road and the Badagry Expressway on Friday, "
        "and drivers said they had waited since dawn."
    )
    assert found["Obalende Road"][1] == "place"
    assert found["Badagry Expressway"][1] == "place"
