"""German: a description in apposition after a speaker's name is the role though German
writes its noun with a capital (issue #16): ``Karin Vogt, Inhaberin einer Bäckerei in Soest,``
is the bakery's owner (``[quotes] description_nouns`` of de.toml, compounds by their last part).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Die Suche nach dem Wanderer dauerte die ganze Nacht. „Wir fanden ihn gegen vier Uhr“, "
            "sagt Lukas Ferber, Kommandant der Bergwacht Oberstdorf.",
            "Lukas Ferber",
            "Kommandant der Bergwacht Oberstdorf",
        ),
        (
            "Der Wochenmarkt zieht um. „Die Leute schauen nur noch“, sagte Petra Lenz, "
            "Inhaberin eines Buchladens in Soest.",
            "Petra Lenz",
            "Inhaberin eines Buchladens in Soest",
        ),
    ],
)
def test_an_apposed_capitalised_description_is_the_role(text: str, speaker: str, role: str) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="de")
    assert list(found.values()) == [(speaker, role)]


def test_an_apposed_day_is_no_role() -> None:
    text = (
        "Die Suche nach dem Wanderer dauerte die ganze Nacht. „Wir fanden ihn gegen vier Uhr“, "
        "sagt Lukas Ferber, Montag, im Radio."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="de")
    assert list(found.values()) == [("Lukas Ferber", None)]


def test_reported_speech_after_the_name_is_no_role() -> None:
    # ``sagte Petra Lenz, Mitarbeiter der Stadt seien informiert``: what she said, in the
    # subjunctive, not a description of her (a description ends with its noun).
    text = (
        "Die Suche nach dem Wanderer dauerte die ganze Nacht. „Wir fanden ihn gegen vier Uhr“, "
        "sagte Petra Lenz, Mitarbeiter der Stadt seien informiert."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="de")
    assert list(found.values()) == [("Petra Lenz", None)]
