"""Unknown names placed by the words around them: after ``near``, ``outside`` or ``around`` as
after ``in``, and at one end of a route whose other end is a place."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_near_outside_or_around_is_a_place() -> None:
    got = typed(
        "Farmers who live near Kelbrook said the harvest was poor .\n"
        "Police set up roadblocks outside Marnoch on Sunday .\n"
        "In the hills around Dunvarra , traders expect rain .\n"
    )
    for town in ("Kelbrook", "Marnoch", "Dunvarra"):
        assert got.get(town) == "place", (town, got)


def test_the_far_end_of_a_route_from_a_place_is_a_place() -> None:
    got = typed(
        "The third stage was a 150-km ride from Lausanne to Brevaz on Tuesday .\n"
        "On Wednesday the riders go from Brevaz to Ollendorp over two passes .\n"
    )
    assert got.get("Brevaz") == "place", got
    assert got.get("Ollendorp") == "place", got


def test_a_route_between_unknown_names_places_nothing() -> None:
    got = typed("She moved from Halvex to Brondiq , both start-ups , last year .\n")
    assert got.get("Halvex") != "place", got
    assert got.get("Brondiq") != "place", got


def test_a_person_after_near_or_outside_is_no_place() -> None:
    got = typed(
        "Dana Okerlund won the vote . Later supporters crowded around Okerlund in the hall .\n"
    )
    assert got.get("Okerlund") == "person", got
    got = typed("Photographers waited outside Brennick's flat until dawn .\n")
    assert got.get("Brennick") != "place", got
    got = typed("The ferry sank near Tolvaig on Thursday , coastguards said .\n")
    assert got.get("Tolvaig") == "place", got
