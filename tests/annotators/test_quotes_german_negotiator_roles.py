"""A German negotiator (``Verhandlungsführer``, ``Verhandlungsführerin``) is a role: after a
body's name and a hyphen (``Ufo-Verhandlungsführer Lars Brenner``) it is the speaker's
role, not a word of the speaker's name.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_negotiator_after_a_body_and_a_hyphen_is_the_role_not_the_name() -> None:
    text = (
        "Die Flugbegleiter legen am Freitag die Arbeit nieder.\n\n"
        "Ufo-Verhandlungsführer Lars Brenner spricht von einem „Angebot zum Abgewöhnen“. "
        "Die Airline habe zwei Termine platzen lassen."
    )
    assert speakers_in(text, "de")["Angebot zum Abgewöhnen"] == (
        "Lars Brenner",
        "Ufo-Verhandlungsführer",
    )
