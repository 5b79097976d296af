"""A person named by two given names, the first of either gender: a woman's second given name
tells her gender (``María Fernanda Aguirre``), a man's does not (``María Martín López``: a
surname; ``María José Aguirre``: a woman's double name).

The sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    "name",
    ["María Martín López", "María Vicente Ortega", "María José Aguirre"],
)
def test_a_mans_given_name_second_gives_a_woman_no_mans_gender(name: str) -> None:
    text = (
        f"Huelga en el puerto.\nLa estibadora {name} salió de la reunión con Pedro Gómez. "
        "«No firmaremos nada», dijo ella."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No firmaremos nada"][0] == name


def test_a_womans_given_name_second_still_tells() -> None:
    text = (
        "Huelga en el puerto.\nMaría Fernanda Aguirre salió de la reunión con el ministro "
        "Pedro Gómez. «No firmaremos nada», advirtió la sindicalista."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No firmaremos nada"][0] == "María Fernanda Aguirre"
