"""A web page's results rows: the score between the two sides (``Ravello 2-1 Treven Athletic``)
or after them, the sides joined by a dash (``Ravello – Treven 3–2``). Both sides are clubs, and
so are the article's other mentions of them (a club's short name too): sentences written for
these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_sides_joined_by_a_dash_before_the_score_are_clubs() -> None:
    found = typed(
        "Saturday's results:\n"
        "Vaskela – Orrimaa 3–2\n"
        "Tulvio – Kastrel 4–1 (OT)\n"
        "Orrimaa travel to face Tulvio on Tuesday."
    )
    for club in ("Vaskela", "Orrimaa", "Tulvio", "Kastrel"):
        assert found.get(club) == "organisation", found


def test_a_score_between_the_sides_makes_both_clubs_and_their_short_names_follow() -> None:
    found = typed(
        "Tuesday's results\n"
        "Real Oslo 3-1 Brannock United\n"
        "Sporting Ildane 0-0 Marisol Rovers\n"
        "United faded late, and Real now top the group."
    )
    for club in ("Real Oslo", "Brannock United", "Sporting Ildane", "Marisol Rovers"):
        assert found.get(club) == "organisation", found
    assert found.get("United") == "organisation", found
    assert found.get("Real") == "organisation", found


def test_a_row_of_hours_or_a_sentence_with_a_score_is_no_results_row() -> None:
    found = typed("Opening hours:\nMonday – Friday 9-5\nThe Covena office stays shut.")
    assert "organisation" not in found.values(), found


def test_one_line_of_a_page_s_menu_or_a_poll_s_tally_is_no_results_row() -> None:
    # (one such line alone may be anything: two or more make a table)
    assert typed("Menu\nNews – Sport 24-7\nRavello said.") == {}
    found = typed("Vote tally:\nMarsh – Brennan 52–48\nMarsh won the seat.")
    assert found == {}, found
