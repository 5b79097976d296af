"""Spanish plural unnamed sources end at their verb, a third person plural after a word that is
no article or preposition (``Fuentes de la federación comunicaron a esta redacción que ...``,
``fuentes de la empresa han explicado que ...``): the source is ``Fuentes de la federación``,
not the sentence up to its comma or quotation.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Fuentes de la federación comunicaron a esta redacción que el equipo viajará en tren "
            "hasta la sede, como cada año. «Los jugadores prefieren ir juntos», apuntaron.",
            "fuentes de la federación",
        ),
        (
            "Por su parte, fuentes de Solar Ribagorza han explicado que la empresa «acata» la "
            "sentencia. «Presentamos todos los permisos», han señalado.",
            "fuentes de Solar Ribagorza",
        ),
    ],
)
def test_the_source_ends_before_its_verb(sentence: str, source: str) -> None:
    text = "La selección presentó el lunes su calendario de preparación.\n" + sentence
    quoted = "Los jugadores" if "federación" in sentence else "Presentamos"
    assert speaker_of(text, "es", quoted) == source


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("Fuentes de la misión en Kabul", "fuentes de la misión en Kabul"),
        (
            "Fuentes del club con acceso al vestuario",
            "fuentes del club con acceso al vestuario",
        ),
    ],
)
def test_a_preposition_ending_as_a_verb_does_not_end_the_source(phrase: str, source: str) -> None:
    # (session 39, reviewer RS) ``en``, ``con`` end as a plural verb does, but are prepositions.
    text = (
        "La cumbre terminó el jueves sin acuerdo.\n"
        f"{phrase} comunicaron a esta redacción que la reunión se aplazará, como otras veces. "
        "«No hay prisa», apuntaron."
    )
    assert speaker_of(text, "es", "No hay prisa") == source
