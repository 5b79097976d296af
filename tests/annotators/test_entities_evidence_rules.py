"""Regressions of the English evidence pass (annotators/entities/evidence.py): an event's head
never undoes a company the chunker typed, ``in X`` is no place before a noun or after a verb of
using or learning, and plural names are teams only in an article that shows a sport. The words
are read from ``languages/data/en.toml [entities]``; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import typed


def test_a_company_named_games_stays_an_organisation() -> None:
    found = typed("Fortnite maker Epic Games sued Apple in August over the store's fees.")
    assert found.get("Epic Games") == "organisation", found


@pytest.mark.parametrize(
    "text",
    [
        "She won gold at the Commonwealth Games in Glasgow on Sunday.",
        "The Olympic Games will open in Paris next summer.",
    ],
)
def test_games_after_an_event_word_is_an_event(text: str) -> None:
    found = typed(text)
    assert not any(name.endswith("Games") for name in found), found


def test_a_law_is_left_out_even_when_typed_as_a_body() -> None:
    found = typed("The soldiers said they had respected the Geneva Conventions, he said.")
    assert "Geneva Conventions" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The tool was rewritten in Python last year by the team.", "Python"),
        ("The photo had been edited in Photoshop before the paper ran it.", "Photoshop"),
        ("He became interested in Buddhism while living abroad.", "Buddhism"),
        ("The figures were kept in Excel sheets by the ministry staff.", "Excel"),
        ("Teachers met pupils in Zoom calls during the lockdown.", "Zoom"),
    ],
)
def test_in_before_a_product_or_a_belief_is_no_place(text: str, name: str) -> None:
    assert typed(text).get(name) != "place"


def test_an_unknown_town_after_in_is_still_a_place() -> None:
    found = typed("He moved to a house in Sinsheim last year with his wife.")
    assert found.get("Sinsheim") == "place", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They spent the summer in the Hamptons with friends from the city.", "Hamptons"),
        ("Troops fought through the Ardennes in the winter of 1944.", "Ardennes"),
        ("He has watched The Simpsons since he was a child.", "Simpsons"),
    ],
)
def test_a_plural_after_the_is_no_team_without_a_sport(text: str, name: str) -> None:
    assert typed(text).get(name) != "organisation"


def test_a_place_before_a_party_plural_stays_a_place() -> None:
    found = typed("Many Texas Republicans oppose the bill, the governor said on Monday.")
    assert "Texas Republicans" not in found, found
    assert found.get("Texas") == "place", found


def test_a_plural_after_the_is_a_team_in_a_sports_article() -> None:
    found = typed("The Lakers beat the Celtics 101-99 on Sunday in Boston.")
    assert found.get("Lakers") == "organisation", found
    assert found.get("Celtics") == "organisation", found
