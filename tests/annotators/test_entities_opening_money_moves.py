"""A one-word name opening its sentence before a price's move in money (``Tarlow fell 10
francs``) is a company in a market report, though the article names it once; a capitalised
noun moving by a percentage, or one the article writes in lower case, is none: sentences
written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_opening_a_sentence_before_a_move_in_money_is_a_company() -> None:
    found = typed(
        "Swiss shares rose on Monday as banks gained.\n"
        "Velmora fell 10 francs after the central bank hinted at a cut."
    )
    assert found.get("Velmora") == "organisation", found


def test_a_noun_opening_a_sentence_before_a_move_is_no_company() -> None:
    found = typed(
        "Mining shares were mixed on Monday.\n"
        "Exports rose 8 percent in May. Copper fell 20 cents as copper stocks grew."
    )
    assert "Exports" not in found, found
    assert "Copper" not in found, found


def test_goods_opening_a_sentence_before_a_move_in_money_are_no_company() -> None:
    # (a market report prices a metal or a grain in money as it prices a share)
    for good in ("Copper", "Corn", "Petrol"):
        found = typed(f"Commodity shares were mixed on Monday.\n{good} fell 20 cents in trading.")
        assert good not in found, found
