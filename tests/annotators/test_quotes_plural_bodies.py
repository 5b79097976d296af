"""Bodies of a kind in the plural (``les syndicats``, ``los sindicatos``) speak as a group named
as written, not as one body named before nor nobody; a body noun in the singular still points
back to the body named before. The sentences are written for these tests."""

from __future__ import annotations

from helpers.quotes import speaker_of

FR = "Le groupe Delmas a annoncé mardi la fermeture de son entrepôt de Brive. "


def test_french_unions_in_the_plural_speak_as_a_group() -> None:
    text = FR + "« C'est une trahison », déplorent les syndicats."
    assert speaker_of(text, "fr", "C'est une trahison") == "les syndicats"


def test_a_one_word_verdict_of_the_group_is_theirs() -> None:
    text = FR + "Les syndicats dénoncent un « scandale »."
    assert speaker_of(text, "fr", "scandale") == "les syndicats"


def test_spanish_unions_in_the_plural_speak_as_a_group() -> None:
    text = "La cadena cerrará doce tiendas en Galicia. «Es un mazazo», lamentan los sindicatos."
    assert speaker_of(text, "es", "Es un mazazo") == "los sindicatos"
