"""A name after a job's ``at`` is an employer, even one that opens with a first name
(``economists at Morgan Kimball``): sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_first_name_led_employer_after_a_job_s_at_is_an_organisation() -> None:
    found = typed("Economists at Morgan Kimball expect the central bank to hold rates.")
    assert found.get("Morgan Kimball") == "organisation", found


def test_the_second_employer_of_a_pair_after_a_job_s_at_is_one_too() -> None:
    found = typed(
        "Traders at Barclays and Morgan Kimball said the bond sale had gone smoothly on Tuesday."
    )
    assert found.get("Morgan Kimball") == "organisation", found


def test_a_person_met_at_a_place_stays_a_person() -> None:
    found = typed("Reporters met Morgan Kimball at the airport on Tuesday.")
    assert found.get("Morgan Kimball") == "person", found


def test_a_person_whose_place_a_job_is_at_stays_a_person() -> None:
    # (``at Morgan Kimball's foundation``: the job is at a thing of the person's)
    found = typed("A spokesman at Morgan Kimball's foundation said the gala would go ahead.")
    assert found.get("Morgan Kimball") == "person", found
