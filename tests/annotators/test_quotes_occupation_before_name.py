"""A capitalised occupation opening a sentence before a person's full name is the role, no part
of the name: a noun ending like ``deckhand`` or ``stagehand`` (``Stagehand Kerenza Polglase``), and
``counsel`` as a role noun (``Senior Counsel Hope Otieno``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_an_occupation_ending_in_hand_is_no_part_of_the_name() -> None:
    text = (
        "The theatre has cancelled three shows this month.\n\n"
        "Stagehand Kerenza Polglase, who has worked at the theatre for 11 years, told the BBC: "
        '"We begged them for a new fly system."'
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found == ("Kerenza Polglase", "Stagehand")


def test_counsel_before_a_name_is_no_part_of_it() -> None:
    text = (
        'Senior Counsel Hope Otieno told the court the agency had offered "relocation '
        'assistance" to the families.'
    )
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "Hope Otieno"


def test_a_word_ending_like_an_occupation_that_names_no_one_is_no_role() -> None:
    # ``firsthand``, ``backhand``: an -hand word that is no trade describes no role.
    text = (
        "The warehouse burned for six hours.\n\n"
        'Priya Mensah, there firsthand, said the heat was "like nothing I have felt".\n\n'
        'Ines Karlsson, with a powerful backhand, said the final was "the best of my life".'
    )
    found = speakers_and_roles(text, DAY)
    assert found["like nothing I have felt"] == ("Priya Mensah", None)
    assert found["the best of my life"] == ("Ines Karlsson", None)
