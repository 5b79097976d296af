"""A French first name cut to its initial stays in the person's name even where the letter and
its full stop are a stop word of the language (``c.`` for ``c'est-à-dire``): ``Arbitre : C.
Turpin`` names C. Turpin, as ``A. Martin`` names A. Martin; ``M.`` is Monsieur, no initial."""

from __future__ import annotations

from tests.helpers.entities import found


def test_an_initial_spelt_as_a_stop_word_opens_the_name() -> None:
    text = "Ligue 1\nButs : Dembélé (12e). Arbitre : C. Lavigne.\nLe match a été tendu."
    assert ("C. Lavigne", "person") in found(text, "fr")
    text = "Photo\nLe cliché a été pris par C. Moreau samedi à Lille."
    assert ("C. Moreau", "person") in found(text, "fr")


def test_an_honorific_stays_outside_the_name() -> None:
    text = "Politique\nM. Lavigne a répondu aux questions des élus lundi."
    mentions = found(text, "fr")
    assert ("Lavigne", "person") in mentions
    assert ("M. Lavigne", "person") not in mentions
