"""German placings written as capitalised ordinals after a name (issue 16, session 36):
``wurde Zweiter``, ``der Tiroler X Dritter`` say where someone finished; the ordinal is no
word of the name (``[entities] not_names``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_placing_after_a_name_is_no_part_of_it() -> None:
    got = found(
        "Im Slalom siegte der Norweger Lars Lunde, der Schwede Erik Holm wurde Vierter, "
        "der Franzose Pierre Morel Fünfter.",
        "de",
    )
    names = {name for name, _ in got}
    assert "Pierre Morel" in names, got
    assert not any(name.endswith(("Vierter", "Fünfter")) for name in names), got
