"""Words that end a body's name: ``System`` and ``Clinic`` always, ``Division`` before ``of``
(``the Harbourton Division of Fire``), ``Health`` as the last capitalised word (``Pellwood
Health said``), not before a title (``State Health Secretary``)."""

from __future__ import annotations

from helpers.entities import names


def test_a_system_and_a_clinic_are_bodies() -> None:
    found = names(
        "Three clinics run by Brackenfield Care System closed on Monday, and the Dunmore "
        "Clinic took in the patients."
    )
    assert found["Brackenfield Care System"][1] == "organisation"
    assert found["Dunmore Clinic"][1] == "organisation"


def test_a_division_of_something_is_a_body() -> None:
    found = names("The Harbourton Division of Fire said two crews were sent to the pier.")
    assert found["Harbourton Division of Fire"][1] == "organisation"


def test_health_ends_a_company_name() -> None:
    found = names("Pellwood Health said it would contact every customer by Friday.")
    assert found["Pellwood Health"] == ("Pellwood Health", "organisation")


def test_health_before_a_title_names_no_body() -> None:
    found = names("State Health Secretary Marta Okonkwo said the wards would reopen.")
    assert found["Marta Okonkwo"][1] == "person"
    assert not any(text.endswith("Health") for text in found)


def test_a_head_word_before_an_ampersand_opens_a_firm_name() -> None:
    found = names("Shares of Harbour & Thistle fell after Harbour & Thistle cut its forecast.")
    assert found["Harbour & Thistle"] == ("Harbour & Thistle", "organisation")


def test_a_field_before_system_or_health_is_no_body() -> None:
    found = names(
        "Probes have mapped the Solar System for decades. Spending on Public Health and on "
        "Mental Health rose, the council said, and Women's Health clinics stayed open."
    )
    assert not any(kind == "organisation" for _, kind in found.values())
