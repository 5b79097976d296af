"""Bodies whose name holds ``and`` are found whole; two bodies listed with ``and`` stay two."""

from __future__ import annotations

from helpers.entities import names


def test_a_plural_head_opens_a_body_named_for_two_things() -> None:
    found = names("Scientists at the Centers for Soil Science and Conservation mapped the valley.")
    whole = "Centers for Soil Science and Conservation"
    assert found[whole] == (whole, "organisation")


def test_a_plural_institutes_heads_a_body() -> None:
    found = names("A grant from the National Institutes of Oceanography paid for the cruise.")
    whole = "National Institutes of Oceanography"
    assert found[whole] == (whole, "organisation")


def test_a_town_opens_a_body_whose_name_holds_and() -> None:
    found = names("Engineers of the Quetta Water and Drainage Authority said the pipes burst.")
    whole = "Quetta Water and Drainage Authority"
    assert found[whole] == (whole, "organisation")


def test_two_companies_listed_with_and_stay_two() -> None:
    found = names("Shares of Oracle and Samsung Electronics Company fell on Friday.")
    assert "Samsung Electronics Company" in found
    assert not any(" and " in text for text in found)


def test_two_bodies_each_with_the_stay_two() -> None:
    found = names("Officials from the Treasury and the Federal Reserve met on Monday.")
    assert not any(" and " in text for text in found)


def test_a_place_on_the_right_opens_a_body_of_its_own() -> None:
    # Two clubs, each named for its city: the town before the first opens no joint name.
    found = names("The Seattle Seahawks and Denver Broncos Football Club met on Sunday.")
    assert not any(" and " in text for text in found)
