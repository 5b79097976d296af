"""Names of five words or more in Spanish and French (``Santa Cruz de la Sierra``): too long
for a person's, they are left to the evidence pass, which types a place by its first word."""

from __future__ import annotations

from helpers.entities import found


def test_a_long_city_name_is_one_place() -> None:
    got = found("Los camioneros bloquearon ayer las rutas de Santa Cruz de la Sierra.", "es")
    assert ("Santa Cruz de la Sierra", "place") in got


def test_a_long_town_name_after_a_preposition_is_one_place() -> None:
    got = found("La feria del libro se celebra cada año en Santa María de la Ribera.", "es")
    assert ("Santa María de la Ribera", "place") in got
    assert not any(kind == "person" for _, kind in got)
