"""A title written with ``for`` (``Minister for Fisheries``) is read like one with ``of``: the
person's name starts at the first name after what the title is for, and one unknown word after
the title's ``for`` or ``of`` is what it is for, no person."""

from __future__ import annotations

from helpers.entities import names


def test_a_name_after_a_title_for_something_is_the_person_s() -> None:
    found = names(
        "Quotas were cut. Speaking in Galway, Minister for Fisheries Declan Ó Briain said "
        "the fleet would be compensated."
    )
    assert found["Declan Ó Briain"][1] == "person"
    assert not any("Fisheries" in text for text in found)


def test_what_a_title_is_for_is_no_person() -> None:
    found = names("Rents rose again. The Minister for Transport has said fares will be frozen.")
    assert "Transport" not in found


def test_what_a_title_is_of_is_no_person() -> None:
    found = names("Rents rose again. The Minister of Transport has said fares will be frozen.")
    assert "Transport" not in found
