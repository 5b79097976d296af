"""Listed companies known by a move of their price in money (issue 16, session 39): an unknown
name before a price's move and an amount in a currency (CLDR's currencies' words), in pence or
cents, or before a move to a new price is a company's, as before a percentage."""

from __future__ import annotations

from helpers.entities import typed
from newsbrief.languages.cldr import currency_units


def test_a_name_before_a_move_in_money_is_a_company() -> None:
    found = typed(
        "London shares closed lower on Friday. Brokers said Tarrowgate fell 14 pence to 687, "
        "while Velbrook firmed 2p and Oskarne lost 7 francs after its results."
    )
    assert found.get("Tarrowgate") == "organisation"
    assert found.get("Velbrook") == "organisation"
    assert found.get("Oskarne") == "organisation"


def test_a_name_before_a_move_to_a_new_price_is_a_company() -> None:
    found = typed(
        "Hong Kong stocks ended mixed. Among the leaders, Quenmar Holdings rose 2.50 to 84.75 "
        "and Dellowan climbed 0.25 to 61.75 on the main board."
    )
    assert found.get("Dellowan") == "organisation"


def test_a_person_before_a_move_in_money_stays_a_person() -> None:
    # A first name and an article's surname keep their reading, as before a percentage.
    found = typed(
        "Shares were thin. Trader Nadia Ostrova said the index was flat. Later Ostrova "
        "lost 200 dollars on a bet in the trading room."
    )
    assert found.get("Ostrova") == "person"


def test_a_name_opening_its_sentence_before_a_move_is_a_company_when_written_again() -> None:
    # The headline writes the name again (in capitals): a name, not a capitalised noun.
    found = typed(
        "LONDON SHARES EASE AS TARROWGATE SLIPS\n\n"
        "Most stocks ended weaker on Wednesday. Tarrowgate fell 14 pence to 687 after a "
        "broker cut its rating."
    )
    assert found.get("Tarrowgate") == "organisation"


def test_a_capitalised_noun_opening_its_sentence_before_a_move_stays_out() -> None:
    found = typed(
        "The group's results beat forecasts and its shares rose. Sales rose 8 percent to "
        "3.17 billion marks. Revenue climbed 30 cents a share."
    )
    assert "Sales" not in found and "Revenue" not in found


def test_a_longer_name_s_tail_before_a_move_is_not_typed_alone() -> None:
    found = typed("Warsaw shares rose on banking stocks.\n\nBank Velsko rose 6 zlotys to 315.")
    assert found.get("Velsko") != "organisation"


def test_a_metal_or_a_fund_s_unit_is_no_money() -> None:
    # CLDR names silver and accounting units among its currencies: no country's money, so
    # ``gained 2 silver`` (a medal) or ``lost 40 units`` moves no company's price.
    units = currency_units("en")
    assert {"francs", "yen", "zlotys", "pounds", "marks"} <= units
    assert not {"silver", "platinum", "palladium", "unit", "units", "rights", "value"} & units
    assert "units" not in currency_units("fr") and "silber" not in currency_units("de")
    found = typed(
        "Shares in sponsors rose. At the games, Tarmoy gained 2 silver on Sunday, and in "
        "the town, Dunhaven lost 40 units of housing."
    )
    assert found.get("Tarmoy") != "organisation" and found.get("Dunhaven") != "organisation"
