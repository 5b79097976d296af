"""A noun before an honorific and a first name is the person's role, though the role list
does not know it (``Kuratorin Dr. Anna Berger``, ``Chefarzt Prof. Jens Wolf``)."""

from __future__ import annotations

from helpers.entities import roles


def test_a_curator_before_a_doctor_title_is_the_role() -> None:
    got = roles("Die Schau sei ein Wagnis, sagte Kuratorin Dr. Lena Brandt am Montag.", "de")
    assert got.get("Lena Brandt") == "Kuratorin", got


def test_an_honorific_alone_gives_no_role() -> None:
    got = roles("Die Schau sei ein Wagnis, sagte Frau Dr. Lena Brandt am Montag.", "de")
    assert got.get("Lena Brandt") is None, got
