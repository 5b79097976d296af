"""German: a description in apposition after a speaker's name is the role though German
writes its noun with a capital (issue #16): ``Bernd Aigner, Inhaber eines Ladens in Celle,``
is the shop's owner (``[quotes] description_nouns`` of de.toml, compounds by their last part).

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
            "Die Lagerhalle brannte aus. „Das Feuer war nach zwei Stunden gelöscht“, sagt Jonas "
            "Brandl, Kommandant der Feuerwehr Weilheim.",
            "Jonas Brandl",
            "Kommandant der Feuerwehr Weilheim",
        ),
        (
            "Die Innenstadt leert sich. „Die Leute schauen nur noch“, sagte Petra Lenz, "
            "Inhaberin eines Buchladens in Celle.",
            "Petra Lenz",
            "Inhaberin eines Buchladens in Celle",
        ),
    ],
)
def test_an_apposed_capitalised_description_is_the_role(text: str, speaker: str, role: str) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="de")
    assert list(found.values()) == [(speaker, role)]


def test_an_apposed_day_is_no_role() -> None:
    text = (
        "Die Lagerhalle brannte aus. „Das Feuer war nach zwei Stunden gelöscht“, sagt Jonas "
        "Brandl, Montag, im Radio."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="de")
    assert list(found.values()) == [("Jonas Brandl", None)]


def test_reported_speech_after_the_name_is_no_role() -> None:
    # ``sagte Petra Lenz, Mitarbeiter der Stadt seien informiert``: what she said, in the
    # subjunctive, not a description of her (a description ends with its noun).
    text = (
        "Die Lagerhalle brannte aus. „Das Feuer war nach zwei Stunden gelöscht“, sagte Petra "
        "Lenz, Mitarbeiter der Stadt seien informiert."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language="de")
    assert list(found.values()) == [("Petra Lenz", None)]
