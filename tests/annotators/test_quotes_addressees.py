"""The one told after a cue (``», contó a Univision Noticias``, ``», a déclaré à Ouest-France le
maire``) is never the speaker: the speaker is named after them, or (Spanish drops its subjects)
is the subject of the sentence before.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "es",
            'Daniela Flores, de 15 años, vio cómo detenían a su padre. "Se lo llevaron delante '
            'de mí", contó a Univision Noticias entre lágrimas.',
            "Se lo llevaron",
            "Daniela Flores",
        ),
        (
            "es",
            'El abogado, Félix Brito, negó las acusaciones. "Mi cliente es un empresario '
            'conocido en su barrio", dijo a Diario Libre.',
            "Mi cliente",
            "Félix Brito",
        ),
        (
            "es",
            '"No habrá más retrasos en la obra", dijo a Radio Mitre el alcalde de Mérida, '
            "Jesús Araque.",
            "No habrá",
            "Jesús Araque",
        ),
        (
            "fr",
            "« Nous ne fermerons pas l'usine de Brest », a déclaré à Ouest-France le maire, "
            "Paul Henry.",
            "Nous ne fermerons",
            "Paul Henry",
        ),
    ],
)
def test_the_one_told_after_the_cue_is_not_the_speaker(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker


def test_the_outlet_a_cue_spoke_with_is_not_the_speaker() -> None:
    # ``habló con TyC Sports``: ``con`` after a cue brings in whom the subject spoke with.
    text = (
        "Marta Quiroga ganó la maratón de Rosario.\n"
        'Ya con la medalla al cuello, la "Gacela" habló con TyC Sports: "Corrí por mi '
        'abuela. Ella me enseñó a no rendirme".'
    )
    assert speaker_of(text, "es", "Corrí por mi abuela") != "TyC Sports"


def test_the_outlet_after_a_phone_conversation_phrase_is_not_the_speaker() -> None:
    # ``[quotes] medium_phrases``: ``en conversación telefónica con`` brings in the outlet.
    text = (
        "Julia Marín Soto, vulcanóloga de la Universidad de Granada, pide calma. «No hay "
        "señales de una erupción inminente», explicó en conversación telefónica con La Tercera."
    )
    assert speaker_of(text, "es", "No hay señales") == "Julia Marín Soto"
