"""A picture credited with a copyright sign (``© Ann Roe``) names a photographer, whom no
pronoun points back to (session 31, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_a_name_after_a_copyright_sign_is_no_referent() -> None:
    text = (
        "Le festival de Spa s'ouvre ce soir.\n"
        "© Louis Verhaegen\n"
        "Le metteur en scène, Jean Lemaire, a assisté aux répétitions. Selon lui, le spectacle "
        "est « prêt depuis des semaines »."
    )
    # (``Jean`` is also a woman's name elsewhere: the credited man was preferred to him)
    assert speaker_of(text, "fr", "prêt depuis des semaines") == "Jean Lemaire"
