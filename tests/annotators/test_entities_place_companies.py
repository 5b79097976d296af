"""A company named after a place, in a market report's line (``Tolland Gas fell 3``): one
organisation, not the place and a word: sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_place_and_a_word_before_a_price_move_are_one_company() -> None:
    found = typed(
        "Utilities were mixed in London on Friday : Kent Water rose 4 pence and "
        "Yorkshire Gasworks fell 3 ."
    )
    assert found.get("Yorkshire Gasworks") == "organisation", found
    assert "Yorkshire" not in found, found


def test_a_place_before_a_word_without_a_move_is_left_alone() -> None:
    found = typed("Rain fell on Yorkshire Tuesday, and floods followed in Kent .")
    assert found.get("Yorkshire") == "place", found


def test_a_market_s_place_setting_the_scene_is_no_company_s_first_word() -> None:
    # (``In Tokyo Marubeni rose``: the market's town, then the company; ``shares in`` is a
    # noun's ``in`` and leaves the company whole)
    found = typed(
        "In Oslo Vartdal rose 12 crowns to 310, and in Bergen Lysefjord lost 4 crowns. "
        "Shares in Bristol Tarmac lost 3 pence."
    )
    assert "Oslo Vartdal" not in found and "Bergen Lysefjord" not in found, found
    assert found.get("Bristol Tarmac") == "organisation", found
