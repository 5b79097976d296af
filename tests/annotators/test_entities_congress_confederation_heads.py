"""``Congress`` and ``Confederation`` end a body's name (``languages/data/en.toml [entities]
organisation_heads``): the whole run is one organisation, not a person before a known
``Congress`` nor a lone ``Confederation`` typed a person. The sentences are invented."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Confederation of Baltic Employers said costs would rise.",
            "Confederation of Baltic Employers",
        ),
        ("The Andean Rowing Confederation moved the final to May.", "Andean Rowing Confederation"),
        (
            "Delegates of the Karelian National Congress met on Monday.",
            "Karelian National Congress",
        ),
        ("The Fishermen Union Congress rejected the offer.", "Fishermen Union Congress"),
    ],
)
def test_a_run_ending_in_congress_or_confederation_is_one_organisation(
    text: str, name: str
) -> None:
    found = typed(text)
    assert found.get(name) == "organisation", found


def test_congress_alone_stays_the_body_it_was() -> None:
    assert typed("Members of Congress voted on Monday.").get("Congress") == "organisation"


def test_a_run_ending_in_programme_is_an_agency() -> None:
    found = typed("Trucks of the Baltic Food Relief Programme reached the town on Monday.")
    assert found.get("Baltic Food Relief Programme") == "organisation", found
