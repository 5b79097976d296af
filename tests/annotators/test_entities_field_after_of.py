"""A first name right after a body's ``of`` before an abstract noun that ends the name is a
field of study (``Institute of Marine Ecology``), no person cutting the body's name short."""

from __future__ import annotations

from helpers.entities import names


def test_a_field_of_study_after_of_stays_in_the_body_s_name() -> None:
    found = names(
        "Kelp forests are thinning. The Tasman Institute of Marine Ecology, which led the "
        "survey, said the losses were worst in the south."
    )
    assert found["Tasman Institute of Marine Ecology"][1] == "organisation"
    assert "Marine Ecology" not in found


def test_a_person_after_a_body_s_name_keeps_her_own_name() -> None:
    found = names("The Ministry of Defence Grace Holloway said the base would stay open.")
    assert found["Ministry of Defence"][1] == "organisation"
    assert found["Grace Holloway"][1] == "person"
