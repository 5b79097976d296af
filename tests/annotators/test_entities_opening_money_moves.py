"""A one-word name opening its sentence before a price's move in money is a company in a
market report only when the article writes it again (``Tarlow fell 10 francs`` ... ``Tarlow``);
named once, it may as well be a good's price (``Whisky fell 20 pence``); a capitalised noun
moving by a percentage, or one the article writes in lower case, is none: sentences written
for these tests."""

from __future__ import annotations

from helpers.entities import mentions, typed


def test_a_name_opening_a_sentence_before_a_move_in_money_written_again_is_a_company() -> None:
    found = typed(
        "Swiss shares rose on Monday as banks gained.\n"
        "Velmora fell 10 francs after the central bank hinted at a cut. Velmora said little."
    )
    assert found.get("Velmora") == "organisation", found


def test_a_good_named_once_before_a_move_in_money_is_no_company() -> None:
    # (no closed list of goods: any good the article prices once stays out)
    found = mentions(
        "Markets were quiet on Tuesday. Nickel gained 4 dollars. "
        "Brandy slipped 30 pence to 5 pounds."
    )
    assert ("Brandy", "organisation") not in found, found
    found = mentions(
        "Stocks were flat on Thursday. Butter climbed 8 pence to 90 pence, and dealers said "
        "shares of Orlenta dropped."
    )
    assert ("Butter", "organisation") not in found, found


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
