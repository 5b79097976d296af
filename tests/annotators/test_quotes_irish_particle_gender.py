"""An Irish surname particle tells a person's gender whatever the first name's guess: ``Ní`` and
``Nic`` a woman's (``Phil Ní Dhuibhir``, whom a later ``she said`` stands for), ``Ó`` a man's.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_ni_before_a_surname_makes_a_woman_of_a_man_s_first_name() -> None:
    text = (
        "The council approved the plan on Monday.\n\n"
        "Council leader Tom Walsh said the vote was close. Planning officer Phil Ní Dhuibhir "
        'said the site was "ideal".\n\n'
        '"We have waited ten years for this," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We have waited ten years for this"][0] == "Phil Ní Dhuibhir"
