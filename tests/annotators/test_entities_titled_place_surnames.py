"""After a role, a known first name and one known place's word ending the name are a person's
name in any language (``Landrätin Anna Bremen``), as in English after a first name alone;
without a role, or a place after a place, the place stays a place."""

from __future__ import annotations

from helpers.entities import typed


def test_a_role_a_first_name_and_a_river_are_a_german_person() -> None:
    found = typed("Die Landrätin Sabine Rhein (SPD) lehnte den Antrag ab.", "de")
    assert found.get("Sabine Rhein") == "person", found
    assert "Rhein" not in found, found


def test_a_compound_role_a_first_name_and_a_town_are_a_german_person() -> None:
    found = typed("Der Vorsitzende Richter Klaus Brügge vertagte den Prozess.", "de")
    assert found.get("Klaus Brügge") == "person", found


def test_a_place_after_a_place_or_a_verb_stays_a_place() -> None:
    found = typed("Kanzler Olaf Scholz besuchte Bremen. Die Fähre fährt von Wien nach Linz.", "de")
    assert found.get("Olaf Scholz") == "person", found
    assert found.get("Bremen") == "place", found
    assert found.get("Linz") == "place", found
