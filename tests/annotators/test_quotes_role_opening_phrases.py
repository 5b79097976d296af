"""What a comma before a name sets there is a role only when it is one (issue #16): an opening
participial or prepositional phrase is an adverbial of the sentence (``Holding a screwdriver,
Ann Roe pointed``), and a nationality that ends like a compound (``German``, ``Welshman``) is no
occupation.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


def _only(text: str) -> tuple[str | None, str | None]:
    article = f"Repairs at the depot\n\nThe lamps failed on Monday.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    return found


@pytest.mark.parametrize(
    "opening",
    [
        "Holding a screwdriver",
        "Asked by a reporter",
        "After a meeting with the chairman",
        "Waving at a bus driver",
    ],
)
def test_an_opening_phrase_is_no_role(opening: str) -> None:
    text = f'{opening}, Ines Marlow pointed at the lamp. "It is broken again," she said.'
    assert _only(text) == ("Ines Marlow", None)


def test_an_apposition_after_the_name_still_follows_an_opening_phrase() -> None:
    text = (
        "According to the depot manager, Ines Marlow, the lamps were old. "
        '"It is broken again," she said.'
    )
    assert _only(text) == ("Ines Marlow", "depot manager")


def test_a_role_set_before_the_name_mid_sentence_is_kept() -> None:
    text = (
        "In a statement, the chief engineer of Norbridge Rail, Ines Marlow, pointed at the lamp. "
        '"It is broken again," she said.'
    )
    assert _only(text) == ("Ines Marlow", "chief engineer of Norbridge Rail")


@pytest.mark.parametrize("nationality", ["German", "Welshman"])
def test_a_nationality_ending_like_a_compound_is_no_role(nationality: str) -> None:
    text = f'The {nationality}, Tobias Krell, pointed at the lamp. "It is broken again," he said.'
    assert _only(text) == ("Tobias Krell", None)


@pytest.mark.parametrize("compound", ["bookseller", "ferryman"])
def test_a_compound_occupation_is_a_role(compound: str) -> None:
    text = f'The {compound}, Tobias Krell, pointed at the lamp. "It is broken again," he said.'
    assert _only(text) == ("Tobias Krell", compound)
