"""A prosecutor's office is an organisation as a sheriff's is (``the office said`` is the one
named before), ``the trust said`` is the trust the article named (an NHS trust, a charity), and
``the former staffer said`` is the unnamed source introduced as ``One former staffer, who ...,``."""

from __future__ import annotations

from helpers.quotes import speakers_as_written


def test_the_office_said_is_the_prosecutors_office_named_before() -> None:
    text = (
        "Crime & Courts\n\n"
        "A former bookkeeper was jailed on Tuesday for stealing $400,000 from a church.\n\n"
        "The Marion County Prosecutor's Office said in a news release that investigators had "
        "recovered about half the money.\n\n"
        '"Our fraud unit will keep tracing every dollar," the office said.'
    )
    assert speakers_as_written(text) == {
        "Our fraud unit will keep tracing every dollar": "Marion County Prosecutor's Office"
    }


def test_the_trust_said_is_the_trust_named_before() -> None:
    text = (
        "Greenfield Health NHS Foundation Trust said in a statement that the new ward would "
        "treat 3,000 patients a year.\n\n"
        '"This is a big step forward for patients in the south of Cumbria," the trust said.'
    )
    assert speakers_as_written(text) == {
        "This is a big step forward for patients in the south of Cumbria": (
            "Greenfield Health NHS Foundation Trust"
        )
    }


def test_the_former_staffer_said_is_the_unnamed_staffer_introduced_so() -> None:
    text = (
        "Staff were told of the cuts in an email from chief executive Paul Grant. One former "
        "staffer, who worked nights for 20 years, said the news came without warning.\n\n"
        '"We found out from a two-line email," the former staffer said.'
    )
    assert speakers_as_written(text)["We found out from a two-line email"] == "one former staffer"
