"""An office holder named right after their office (session 33): ``TD for Galway West Niamh
Kelleher``, ``Member for Transport Grace Wambui-Otieno``. The office's portfolio or
constituency and the name are one run of capitals; a known first name after ``title for`` and
the office's words opens a person of their own, who speaks, with the office as their role
(``a spokesman for ...`` stays an unnamed source).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.entities import typed
from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_constituency_before_the_name_leaves_a_person() -> None:
    text = 'Labour TD for Galway West Niamh Kelleher said the plan was "a disgrace".\n'
    assert typed(text).get("Niamh Kelleher") == "person"
    assert speakers_and_roles(text, DAY)["a disgrace"][0] == "Niamh Kelleher"


def test_a_portfolio_before_a_hyphenated_surname() -> None:
    text = (
        "Assembly Member for Transport Grace Wambui-Otieno defended the fee on Monday, "
        'saying it would pay for "forty new buses".\n'
    )
    assert typed(text).get("Grace Wambui-Otieno") == "person"


def test_a_known_place_of_the_office_stays_a_place() -> None:
    found = typed('The TD for Dublin Grace Kelly said the vote was "close".\n')
    assert found.get("Dublin") == "place"
    assert found.get("Grace Kelly") == "person"


def test_the_holder_of_a_ministry_speaks_with_it_as_role() -> None:
    text = 'Minister for Health Niamh Kelleher said the plan was "a disgrace".\n'
    assert speakers_and_roles(text, DAY)["a disgrace"] == ("Niamh Kelleher", "Minister for Health")


def test_a_spokesman_for_a_minister_is_still_unnamed() -> None:
    text = 'A spokeswoman for Health Minister Niamh Kelleher said the plan was "sound".\n'
    speaker, _ = speakers_and_roles(text, DAY)["sound"]
    assert speaker != "Niamh Kelleher"
