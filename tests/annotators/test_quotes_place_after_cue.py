"""A place right after a cue and a preposition of place says where the words were said, never
who said them (``», afirmó en Santa Cruz de la Sierra.``), in every language; a body there
may still speak (``— заявили в Укрнафте``), and a person named after the place does.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted", "place"),
    [
        (
            "es",
            "El gobernador habló con la prensa tras la reunión. «Vamos a ganar las elecciones», "
            "afirmó en Santa Cruz de la Sierra.",
            "Vamos a ganar",
            "Santa Cruz de la Sierra",
        ),
        (
            "es",
            "La alcaldesa visitó las obras del puerto. «El muelle estará listo en marzo», "
            "aseguró en Madrid.",
            "El muelle",
            "Madrid",
        ),
        (
            "fr",
            "Le maire a visité le chantier lundi. «Nous tiendrons les délais», a déclaré à "
            "Clermont-Ferrand.",
            "Nous tiendrons",
            "Clermont-Ferrand",
        ),
        (
            "de",
            "Der Minister besuchte am Montag die Baustelle. „Wir halten den Zeitplan“, sagte in "
            "Frankfurt am Main.",
            "Wir halten",
            "Frankfurt am Main",
        ),
        (
            "en",
            'The governor toured the flooded streets on Monday. "We will rebuild every home," '
            "said in Salt Lake City.",
            "We will rebuild",
            "Salt Lake City",
        ),
    ],
)
def test_a_place_after_a_cue_and_a_preposition_is_not_the_speaker(
    language: str, text: str, quoted: str, place: str
) -> None:
    speaker = speaker_of(text, language, quoted) or ""
    assert not speaker or speaker not in place


def test_a_person_named_after_the_place_still_speaks() -> None:
    text = (
        "La campaña cerró el domingo. «Vamos a ganar las elecciones», afirmó en Santa Cruz de "
        "la Sierra el candidato Luis Fernando Camacho."
    )
    assert speaker_of(text, "es", "Vamos a ganar") == "Luis Fernando Camacho"
