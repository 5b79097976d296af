"""A picture's credit names its agency after the photographer and a slash (issue 16, session
39): ``Kevin Dietz/Getty Images`` ending its line is a body, and so are its other mentions."""

from __future__ import annotations

from helpers.entities import entities, typed


def test_the_name_after_a_photographer_and_a_slash_is_the_agency() -> None:
    found = typed(
        "Senators left the chamber after the vote on Thursday.\n"
        "Maria Oduya/Dalvers Images\n"
        "The committee voted 6-3 to hold rates. (Photo: Tom Brack/Brackton Wire)\n"
        "The vote was close."
    )
    assert found.get("Dalvers Images") == "organisation"
    assert found.get("Brackton Wire") == "organisation"
    assert found.get("Maria Oduya") == "person"


def test_the_agency_s_other_mentions_follow() -> None:
    (found,) = entities(
        "Senators left the chamber after the vote on Thursday.\n"
        "Maria Oduya/Dalvers Images\n"
        "Farmers protested outside.\n"
        "Image source, Dalvers Images\n"
        "The vote was close."
    )
    assert [kind for text, kind, _ in found if text == "Dalvers Images"] == ["organisation"] * 2


def test_a_person_after_an_agency_and_a_slash_stays_a_person() -> None:
    found = typed("Protesters marched on Sunday.\nReuters/Maria Lopez\nThe march was calm.")
    assert found.get("Maria Lopez") == "person"


def test_a_name_after_a_place_or_a_web_address_and_a_slash_is_no_agency() -> None:
    # A place's name or a web address before the slash makes no credit; a company's does.
    found = typed(
        "Flights resumed on Monday.\nRoutes: Glasgow/Tarnwick\nPassengers waited.\n"
        "www.orlinpress.com/Tarvelle\nThe meeting ended.\n"
        "The Orvik pump fits inside a bra (Orvik/Dalvers)\nBuyers liked it."
    )
    assert found.get("Tarnwick") != "organisation"
    assert found.get("Tarvelle") != "organisation"
    assert found.get("Dalvers") == "organisation"
