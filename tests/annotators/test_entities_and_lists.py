"""Bodies whose names hold ``and`` kept whole: a list of things a body is named for
(``Department for Trade, Industry and Energy``), a demonym or a word that is also a first name
inside a name ``the`` opens, and two areas' police force or council
(``Dorset and Wiltshire Police``)."""

from __future__ import annotations

from helpers.entities import names


def test_a_list_of_things_a_department_is_named_for_is_one_name() -> None:
    found = names(
        "Grants were cut last year. The Office for Research, Innovation and Technology said "
        "on Tuesday that the money would return."
    )
    assert found["Office for Research, Innovation and Technology"][1] == "organisation"


def test_a_demonym_after_the_opens_the_body_s_name() -> None:
    found = names(
        "Pump prices rose again. However, the Kenyan Upstream and Downstream Fuel Safety "
        "Authority said stocks were sufficient."
    )
    assert found["Kenyan Upstream and Downstream Fuel Safety Authority"][1] == "organisation"


def test_a_first_name_later_in_the_left_part_keeps_the_name_whole() -> None:
    found = names(
        "Sailings were cancelled. The Coastal Ferry and Dock Workers' Union said in a "
        "statement that its members would strike."
    )
    assert found["Coastal Ferry and Dock Workers' Union"][1] == "organisation"


def test_two_areas_share_one_police_force() -> None:
    found = names(
        "A man was arrested at about 03:10, Dorset and Wiltshire Police said. The road "
        "reopened later."
    )
    assert found["Dorset and Wiltshire Police"][1] == "organisation"


def test_a_country_and_a_force_are_two_names() -> None:
    found = names("Officials in France and Kent Police said the lorries would be checked.")
    assert found["Kent Police"][1] == "organisation"
    assert not any(text.endswith("and Kent Police") for text in found)


def test_a_list_with_a_place_in_it_joins_nothing() -> None:
    found = names("The Ministry of Defence, Norway and Germany signed the agreement on Monday.")
    assert not any(" and " in text for text in found)


def test_people_opening_a_sentence_and_a_force_are_two_names() -> None:
    found = names("Protesters and Vantry Police clashed outside the town hall on Saturday.")
    assert found["Vantry Police"][1] == "organisation"
    assert not any(text.startswith("Protesters") for text in found)
