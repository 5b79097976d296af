"""An article with a results or standings row shows a sport though no score is written with a
dash: its teams are read as teams (a town and a plural joined, ``the`` + a plural)."""

from __future__ import annotations

from helpers.entities import typed

_ROUND_UP = (
    "Results of games on Sunday ( home team in CAPS ) :\n"
    "Denver 88 PORTLAND 80\n"
    "HOUSTON 101 Dallas 97\n"
    "Sam Okoro scored 30 points as the Denver Nuggets won for the fifth time , and the"
    " Comets lost again .\n"
)


def test_a_town_and_a_plural_after_a_results_row_are_one_team() -> None:
    got = typed(_ROUND_UP)
    assert got.get("Denver Nuggets") == "organisation", got


def test_the_and_a_plural_after_a_results_row_is_a_team() -> None:
    got = typed(_ROUND_UP)
    assert got.get("Comets") == "organisation", got


def test_a_market_table_shows_no_sport() -> None:
    got = typed("Leading shares :\nHoechst 58.80 up 0.95\nShoppers met the Comets at noon .\n")
    assert got.get("Comets") != "organisation", got
