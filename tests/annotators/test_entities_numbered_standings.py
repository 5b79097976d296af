"""A web page's numbered standings rows (``1. Ravello 23-6``, ``1. Ravello 28, 58``) name clubs,
and the article's other mentions of them follow; one such line alone makes no table:
sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_numbered_rows_of_won_and_lost_name_clubs() -> None:
    found = typed(
        "Ortega scored 20 points as the hosts won 81-77.\n"
        "Top of the table\n"
        "1. Ravello 23-6\n"
        "2. Marisol 21-8\n"
        "Ravello travel to face Marisol next week."
    )
    assert found.get("Ravello") == "organisation", found
    assert found.get("Marisol") == "organisation", found


def test_numbered_rows_of_games_and_points_name_clubs() -> None:
    found = typed(
        "The leaders lost 3-2 on Saturday.\n"
        "Standings after round 28 (played, points):\n"
        "1. Kastrel 28, 58\n"
        "2. Orrimaa 27, 54\n"
    )
    assert found.get("Kastrel") == "organisation", found
    assert found.get("Orrimaa") == "organisation", found


def test_one_numbered_line_is_no_table() -> None:
    found = typed("The winners were named on Friday.\n1. Ravello 23-6\nShe said it was fair.")
    assert found == {}, found


def test_numbered_rows_of_two_numbers_outside_a_sport_are_no_table() -> None:
    found = typed(
        "LONDON 1996-12-10\n"
        "Top of the charts (weeks, sales):\n"
        "1. Adele 12, 40\n"
        "2. Drake 9, 30\n"
        "Adele topped it again."
    )
    assert "Drake" not in found, found
