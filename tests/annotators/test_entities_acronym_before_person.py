"""A sentence opening with a name in capitals, a weak follower and a person's name (``BA chief
executive Bob Ayling``): the capitals are a body's acronym; a capitalised noun there (``Retail
chief``) stays no name. The texts are written for these tests."""

from __future__ import annotations

from helpers.entities import mentions


def test_an_acronym_opening_a_sentence_before_a_chief_and_a_person_is_a_body() -> None:
    found = mentions(
        "The two lines said on Monday they would share their routes .\n"
        "LV chief executive Peter Holm said the deal still needed approval .\n"
    )
    assert ("LV", "organisation") in found, found
    assert ("Peter Holm", "person") in found, found


def test_a_capitalised_noun_before_a_chief_and_a_person_stays_out() -> None:
    found = mentions(
        "The two lines said on Monday they would share their routes .\n"
        "Retail chief executive Peter Holm said the deal still needed approval .\n"
    )
    assert [mention for mention, _ in found] == ["Peter Holm"], found


def test_a_long_shouted_word_in_capitals_stays_out() -> None:
    for opening in ("ANALYSIS", "BRITISH"):
        found = mentions(
            "The two lines said on Monday they would share their routes .\n"
            f"{opening} chief executive Peter Holm said the deal still needed approval .\n"
        )
        assert [mention for mention, _ in found] == ["Peter Holm"], (opening, found)
