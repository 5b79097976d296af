"""``», dijo uno de ellos``, ``», ha explicado una de ellas`` after a sentence bringing in
unnamed sources: one of those sources speaks, credited as they were described (session 31,
issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_one_of_them_is_the_sources_of_the_sentence_before() -> None:
    text = (
        "El Gobierno aprobará el plan de vivienda en enero.\n\n"
        "«Es una prioridad absoluta», afirmó la ministra, Ana Ruiz.\n\n"
        "Fuentes del sector advierten que el calendario es demasiado optimista. «Con suerte "
        "estará listo en verano», explicó una de ellas."
    )
    assert speaker_of(text, "es", "Con suerte estará listo") == "fuentes del sector"
