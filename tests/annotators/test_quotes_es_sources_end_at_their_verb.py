"""Spanish plural unnamed sources end at their verb, a third person plural after a word that is
no article or preposition (``Fuentes del club trasladaron a este diario que ...``, ``fuentes de
la empresa han asegurado que ...``): the source is ``Fuentes del club``, not the sentence up to
its comma or quotation.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Fuentes del club trasladaron a este diario que la plantilla pidió viajar en autobús "
            "desde el estadio, una vieja tradición. «Los jugadores quieren ver a la gente», "
            "apuntaron.",
            "fuentes del club",
        ),
        (
            "Por su parte, fuentes de Eólica Somontano han asegurado que la compañía «respeta» "
            "la decisión. «Hemos cumplido todos los requisitos», han señalado.",
            "fuentes de Eólica Somontano",
        ),
    ],
)
def test_the_source_ends_before_its_verb(sentence: str, source: str) -> None:
    text = "El equipo celebró ayer el título de Liga en su estadio.\n" + sentence
    quoted = "Los jugadores" if "club" in sentence else "Hemos cumplido"
    assert speaker_of(text, "es", quoted) == source
