"""A town of two words that a results table makes a club still opens its team's full name in
the text (``Los Angeles 4 Detroit 2`` ... ``the Los Angeles Pioneers``): sentences written for
these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_table_club_s_town_opens_the_team_s_full_name() -> None:
    found = typed(
        "Results of minor league games on Sunday :\n"
        "Los Angeles 4 Detroit 2\n"
        "San Diego 3 Toronto 1\n"
        "Ray Alvarez doubled twice as the Los Angeles Pioneers won for the fifth time in a row ."
    )
    assert found.get("Los Angeles Pioneers") == "organisation", found
    assert found.get("Los Angeles") == "organisation", found
