"""``"...," the airline said in a statement``: a company's noun stands for a company named
above, never a sports team or a chamber that happens to be the nearest body; with none, the
noun phrase as written speaks (session 32). The articles are written for these tests."""

from __future__ import annotations

import newsbrief
from newsbrief.model import Document, Metadata


def _speakers(text: str) -> list[str | None]:
    document = Document.from_text(text, id="t", metadata=Metadata(language="en"))
    return [quote.speaker for quote in newsbrief.build_briefing([document]).quotes]


def test_a_team_named_beside_a_score_is_no_airline() -> None:
    text = (
        "The Denver Nuggets beat the Utah Jazz 110-98 on Sunday night.\n\n"
        'A snowstorm closed the airport on Monday. "Every traveller will be rebooked free of '
        'charge," the airline said in a statement.\n'
    )
    assert _speakers(text) == ["the airline"]
    # Nor is a team's name standing for the city's (``flights out of Chicago``).
    bulls = (
        "The Chicago Bulls beat the New York Knicks 103-99 on Sunday night.\n\n"
        'Flights out of Chicago were cancelled on Monday after the storm. "We are rebooking '
        'every passenger free of charge," the carrier said in a statement.\n'
    )
    assert _speakers(bulls) == ["the carrier"]


def test_a_company_named_away_from_a_score_is_still_the_airline() -> None:
    text = (
        "Delta Air Lines cut 40 flights on Monday. The Hartwell Hawks won 3-1 on Sunday.\n\n"
        '"We are rebooking every passenger," the airline said in a statement.\n'
    )
    assert _speakers(text) == ["Delta Air Lines"]


def test_a_chamber_is_no_company() -> None:
    text = (
        "The Harlow Chamber of Commerce met on Tuesday.\n\n"
        'The plant will close in May. "We regret the decision," the company said in a '
        "statement.\n"
    )
    assert _speakers(text) == ["the company"]


def test_a_utility_speaking_in_a_statement_is_named_as_written() -> None:
    text = (
        "Storms cut power to 9,000 homes in Tacoma overnight.\n\n"
        '"Crews will work through the night," the utility said in a statement.\n'
    )
    assert _speakers(text) == ["the utility"]


def test_a_house_named_no_legislature_is_a_company() -> None:
    # A ``House`` is a chamber only as ``of`` names a legislature's (session 32 review).
    text = (
        "The publisher Random House said on Monday it would buy Simon & Schuster for $2 "
        'billion.\n\n"We are delighted," the company said in a statement.\n'
    )
    assert _speakers(text) == ["Random House"]
    commons = (
        "The House of Commons passed the bill on Monday.\n\n"
        '"We regret the decision," the company said in a statement.\n'
    )
    assert _speakers(commons) == ["the company"]
