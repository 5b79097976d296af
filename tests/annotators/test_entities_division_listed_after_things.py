"""A division's name listed right after a name that is no place is one of the list's things
(a car's, a product's), whichever space follows the list's comma.

The sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_division_listed_after_a_model_is_no_place(space: str) -> None:
    """``the Rover Alto, the Comet, Moxico and the Pampa``: the province's name is a model's,
    after a comma and a plain or a no-break space alike."""
    text = (
        "The carmaker showed three new cars on Tuesday: the Rover Alto, the Comet,"
        f"{space}Moxico and the Pampa.\n\nDealers expect strong sales.\n"
    )
    assert typed(text).get("Moxico") != "place"
