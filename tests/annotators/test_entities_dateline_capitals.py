"""A wire dateline's town written in capitals (session 38, lane K): ``ОРЁЛ, 3 дек — ТАСС``,
``VALDEMORA , June 2 ( AFP ) -`` opens the story with the place it is filed from, not a body's
acronym nor a person."""

from __future__ import annotations

from helpers.entities import found


def test_a_dateline_town_in_capitals_is_a_place() -> None:
    text = "Поделиться\nОРЁЛ, 3 дек — ТАСС. Мэр города рассказал о ремонте дорог."
    assert ("ОРЁЛ", "place") in found(text, "ru")
    assert ("ОРЁЛ", "organisation") not in found(text, "ru")


def test_an_english_agency_dateline_s_town_is_a_place() -> None:
    # ``TOWN , Region , Month Day ( Agency ) -``: the town opens the first line; a first name
    # in it (``Glen``) makes it no person, and a town nothing else knows is still a place.
    for text in (
        "Golfer leads by two\nGLEN TORRIN , Scotland , June 2 ( Reuters ) - Tomas Ortvall took "
        "a two-shot lead on Saturday .",
        "Miners strike again\nVALDEMORA , June 2 (AFP) — Workers stayed out on Monday.",
    ):
        town = text.split("\n")[1].split(" ,")[0]
        assert (town, "place") in found(text, "en"), found(text, "en")


def test_a_bracket_naming_no_news_outlet_makes_no_dateline() -> None:
    # ``NAME (expansion) -``, a candidate's party in a list of results: no agency, no place.
    text = (
        "Alliance grows\n"
        "NORVA (Northern Velsk Alliance) - the pact said on Monday it would admit two members.\n"
        "Results\nHARLAN STOKES (Labour) - 12,345 votes\n"
    )
    found_here = found(text, "en")
    assert ("NORVA", "place") not in found_here, found_here
    assert ("HARLAN STOKES", "place") not in found_here, found_here
