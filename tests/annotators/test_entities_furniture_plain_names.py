"""Names found free of page furniture once are kept by one look-up afterwards
(annotators/entities/furniture.py, ``refused``): only names that no text around them can make
furniture are remembered, so a calendar word, a credit or a time zone is still read in place
each time. The names and sentences are invented for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import typed
from newsbrief.annotators.entities import furniture
from newsbrief.annotators.entities.chunker import chunk, forget_runs
from newsbrief.nlp.languages import resources


def test_a_recurring_name_is_remembered_furniture_free() -> None:
    forget_runs()  # (no region replayed: each sentence below is read)
    furniture._PLAIN_NAMES.clear()
    text = (
        "Orla Brennick visited Tarnow on Tuesday. Later Orla Brennick toured the mill. "
        "Farmers asked Orla Brennick about prices."
    )
    regions = [(0, 40), (41, 78), (79, len(text))]
    found = chunk(text, regions, resources("en").stopwords)
    assert [c.text for c in found].count("Orla Brennick") == 3
    # (Kept by one look-up after the first: no word of it is read for furniture again.)
    assert {"Orla Brennick", "Tarnow"} <= furniture._plain_names(None)
    assert "Tuesday" not in furniture._plain_names(None)  # a weekday is never a name


@pytest.mark.parametrize(
    ("first", "second", "gone"),
    [
        # A month is a name beside no day number, a stamp's word beside one.
        ("Voters in Tarnow met in December.", "Updated Thu December 3, 2026", "December"),
        # A time zone is furniture only after a clock time.
        ("The CST board met in Tarnow.", "Updated 6:42 PM CST", "CST"),
    ],
)
def test_a_name_furniture_only_in_some_places_is_read_each_time(
    first: str, second: str, gone: str
) -> None:
    forget_runs()
    furniture._PLAIN_NAMES.clear()
    typed(first)  # (seen first where it stands as written)
    remembered = set().union(*furniture._PLAIN_NAMES.values())
    assert "Tarnow" in remembered and gone not in remembered, remembered
    assert gone not in typed(f"{second}\nVoters in Tarnow backed Orla Brennick.")
