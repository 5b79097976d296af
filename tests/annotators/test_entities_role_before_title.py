"""Titles stacked before a name are all peeled off it: a role before a councillor's ``Cllr``
(``Council leader Cllr ...``, ``Deputy Mayor Cllr ...``) and a parliament's ``Whip`` after
``Minority`` or ``Chief`` are titles, so the person's name starts at the first word after them
and the titles become the person's role. ``Nana``, an honorific that is also a given name, is a
title only before a first name and a surname. A role noun before a first name no list knows and a
double-barrelled surname is a role too."""

from __future__ import annotations

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


def people(text: str) -> dict[str, str | None]:
    """Person mention text -> its recorded role."""
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    return {
        a.text: a.attributes.get("role")
        for a in document.annotations_of(AnnotationKind.ENTITY)
        if a.attributes["type"] == "person"
    }


def test_cllr_after_a_lower_case_role_is_a_title() -> None:
    found = people("Council leader Cllr Martin Hollowell said the budget was tight.")
    assert found == {"Martin Hollowell": "Cllr"}


def test_cllr_after_a_capitalised_role_joins_the_role() -> None:
    found = people("Deputy Mayor Cllr Jane Oduya-Prentice opened the new library on Monday.")
    assert found == {"Jane Oduya-Prentice": "Deputy Mayor Cllr"}


def test_cllr_alone_before_a_name_is_a_title() -> None:
    found = people("The motion was tabled by Cllr Priya Ravensworth last week.")
    assert "Priya Ravensworth" in found


def test_a_whip_after_minority_is_a_title() -> None:
    found = people("Minority Whip Kofi Adjei-Brempong said the bill would fail.")
    assert found == {"Kofi Adjei-Brempong": "Minority Whip"}


def test_a_chief_whip_mid_sentence_is_a_title() -> None:
    found = people("The vote was counted by Chief Whip Imelda Farrow-Quist before midnight.")
    assert found.get("Imelda Farrow-Quist") == "Chief Whip"


def test_nana_before_a_first_name_and_a_surname_is_a_title() -> None:
    found = people("Nana Akosua Boateng-Frimpong said the market had flooded.")
    assert found == {"Akosua Boateng-Frimpong": "Nana"}


def test_nana_before_a_surname_alone_is_a_first_name() -> None:
    found = people("The squad was picked by coach Nana Owusu-Dartey on Friday.")
    assert "Nana Owusu-Dartey" in found


def test_a_role_noun_before_an_unlisted_first_name_and_a_double_surname_is_a_role() -> None:
    found = people("Beekeeper Ngaio Tereanu-Hale said the swarm left at dawn.")
    assert found == {"Ngaio Tereanu-Hale": "Beekeeper"}
