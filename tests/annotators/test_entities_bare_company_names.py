"""A company's name written again without its legal form (``Southern Harbour`` after ``Southern
Harbour Plc``), in the body or a headline's capitals: sentences written for these tests."""

from __future__ import annotations

from helpers.entities import entities, typed


def test_a_name_led_by_a_direction_word_keeps_it_when_written_again() -> None:
    found = typed(
        "Southern Harbour Plc said on Monday it would buy two rival lenders.\n"
        "The deal was announced by Southern Harbour finance director Maria Lindqvist."
    )
    assert found.get("Southern Harbour") == "organisation", found
    assert "Harbour" not in found, found
    assert found.get("Maria Lindqvist") == "person", found


def test_a_headline_in_capitals_names_the_body_s_company() -> None:
    found = typed(
        "EASTERN QUARRY AND TOLLAND TALK MERGER .\n"
        "LONDON 2003-04-11\n"
        "Eastern Quarry Plc confirmed on Friday it was in talks with a smaller competitor ."
    )
    assert found.get("EASTERN QUARRY") == "organisation", found
    assert "QUARRY" not in found, found


def test_a_headline_s_run_stops_where_the_company_s_name_does() -> None:
    found = typed(
        "ALTMANN FEINWERK SHARES SOAR ON ORDERS .\n"
        "BERLIN 2004-02-02\n"
        "The toolmaker Altmann Feinwerk AG reported record orders from Asian customers ."
    )
    assert found.get("ALTMANN FEINWERK") == "organisation", found


def test_a_longer_name_holding_the_short_one_is_left_alone() -> None:
    found = typed(
        "Western Pearl Co paid a dividend. The Western Pearl Foundation, a charity, "
        "thanked the board."
    )
    assert "Western Pearl" not in found, found


def test_a_company_named_as_a_known_place_leaves_the_place_alone() -> None:
    found = entities(
        "Shares in New Zealand Ltd, a listed fund, rose on Monday.\n"
        "Farm prices in New Zealand fell in May, the fund said."
    )[0]
    assert ("New Zealand", "place") in {(text, kind) for text, kind, _ in found}, found


def test_a_repetition_typed_a_company_already_is_the_same_company() -> None:
    found = entities(
        "Quarterly sales at Pellworth Foods Plc slipped by a tenth.\n"
        "Investors said Pellworth Foods had paid too much for its bakeries."
    )[0]
    names = {text: name for text, kind, name in found if kind == "organisation"}
    assert names.get("Pellworth Foods") == names.get("Pellworth Foods Plc") is not None, found
