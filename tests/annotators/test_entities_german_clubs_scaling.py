"""German clubs' names are found in time linear in a sports page's length: a club's adjective
(``Hamburger SV``) and a club's word (``FC Ulm``) look at their neighbours only."""

from __future__ import annotations

from helpers.entities import annotation_seconds


def test_club_names_on_a_long_sports_page_stay_linear() -> None:
    unit = (
        "Der Hamburger SV spielt gegen die Stuttgarter Kickers, der FC Ulm gegen den "
        "VfB Stuttgart, sagte Anna Berger in Kiel. "
    )
    annotation_seconds(unit * 20, "de")
    assert annotation_seconds(unit * 800, "de") < 16 * annotation_seconds(unit * 100, "de")
