"""Names holding ``and`` or ``&`` found whole: places the gazetteer knows so, a body's ``of``
things ending in a describing word and a noun or a portfolio's field, things listed before a
body's head, a body after ``the`` and its country; two names joined by ``and`` stay two
(issue 16, session 38)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_known_place_named_with_and_is_one_place() -> None:
    found = typed(
        "Storms battered Antigua and Barbuda before moving on to Saint Kitts and Nevis, "
        "while Bosnia & Herzegovina stayed dry."
    )
    assert found["Antigua and Barbuda"] == "place"
    assert found["Saint Kitts and Nevis"] == "place"
    assert found["Bosnia & Herzegovina"] == "place"


def test_two_places_joined_by_and_stay_two() -> None:
    found = typed("Envoys of Germany and France met while Smith and Jones said nothing.")
    assert found["Germany"] == "place"
    assert found["France"] == "place"
    assert not any(" and " in text for text in found)


def test_a_describing_word_and_a_noun_end_a_body_of_things() -> None:
    found = typed(
        "The Department of Housing and Social Welfare and the Office for Fisheries and "
        "Rural Affairs wrote to the Board of Water and Electricity Markets."
    )
    assert found["Department of Housing and Social Welfare"] == "organisation"
    assert found["Office for Fisheries and Rural Affairs"] == "organisation"
    assert found["Board of Water and Electricity Markets"] == "organisation"


def test_a_portfolio_field_ends_a_body_of_things_but_a_title_does_not() -> None:
    found = typed(
        "Chile's Ministry of Mines and Energy said output fell, and the Ministry of Finance "
        "and Treasurer Ann Holt agreed."
    )
    assert found["Ministry of Mines and Energy"] == "organisation"
    assert found["Ministry of Finance"] == "organisation"
    assert found["Ann Holt"] == "person"


def test_two_name_words_after_and_name_something_else() -> None:
    found = typed("The Department of Labour and Fenwick Sachs settled the claim.")
    assert "Department of Labour and Fenwick Sachs" not in found


def test_things_listed_before_a_body_head_are_its_name() -> None:
    found = typed(
        "Futures on the Rice, Wheat and Barley Exchange rose as the Cotton , Jute and "
        "Tobacco Board met ."
    )
    assert found["Rice, Wheat and Barley Exchange"] == "organisation"
    assert found["Cotton , Jute and Tobacco Board"] == "organisation"


def test_a_country_between_the_and_a_body_is_a_place_of_its_own() -> None:
    found = typed("Officials said the U.S. Seed and Fertiliser Administration approved it.")
    assert found["U.S."] == "place"
    assert found["Seed and Fertiliser Administration"] == "organisation"


def test_fields_joined_by_and_before_a_country_name_its_department() -> None:
    found = typed(
        "Inspectors from Forestry and Wildlife Canada boarded the trawler, and Mining and "
        "Minerals Australia said ore exports rose."
    )
    assert found["Forestry and Wildlife Canada"] == "organisation"
    assert found["Mining and Minerals Australia"] == "organisation"


def test_a_company_and_a_country_s_airline_stay_two() -> None:
    found = typed("Travellers were moved to Vantorra and Air Portugal flights on Monday.")
    assert not any(" and " in text for text in found)


def test_a_small_word_opening_a_known_place_in_an_all_caps_line_is_its_name() -> None:
    found = typed(
        "RUGBY - NEW SOUTH WALES BEAT QUEENSLAND IN SYDNEY .\nSYDNEY 2026-03-14\n"
        "New South Wales beat Queensland on Saturday ."
    )
    assert found["NEW SOUTH WALES"] == "place"


def test_title_words_and_a_describing_word_after_the_open_a_body_named_with_and() -> None:
    found = typed(
        "The ruling State Peace and Unity Council said it acted, and the National Flood "
        "Relief and Recovery Agency agreed."
    )
    assert found["State Peace and Unity Council"] == "organisation"
    assert found["National Flood Relief and Recovery Agency"] == "organisation"


def test_a_known_place_named_with_and_is_one_place_before_a_possessive() -> None:
    found = typed(
        "Trinidad and Tobago's prime minister met Bosnia & Herzegovina’s envoy, and Saint "
        "Kitts and Nevis' ministers watched."
    )
    assert found["Trinidad and Tobago"] == "place"
    assert found["Bosnia & Herzegovina"] == "place"
    assert found["Saint Kitts and Nevis"] == "place"
    assert "Tobago" not in found
