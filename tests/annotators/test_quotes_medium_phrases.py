"""The outlet a speaker talks to (``en entrevista con Radio Sur``, ``au micro de Radio Alpes``,
``en declaraciones a Diario Norte``) is never the speaker: after a cue, the speaker is named
after it or, where the language drops its subjects, is the subject of the sentence before.

The sentences are written for these tests in the manner of news articles; none is copied from
a key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

ES_LEAD = (
    "El ayuntamiento cerrará la piscina municipal en agosto.\n\n"
    "La emisora Radio Sur Noticias ha seguido el pleno.\n\n"
)


@pytest.mark.parametrize(
    "phrase",
    ["explicó en entrevista con Radio Sur 98", "ha lamentado en declaraciones a Diario Norte"],
)
def test_a_dropped_subject_after_an_outlet_is_the_sentence_before_s(phrase: str) -> None:
    text = (
        ES_LEAD + "La concejala de Deportes, Marta Ibáñez Soler, defendió el cierre ante los "
        f"vecinos. «No hay socorristas suficientes para todo el verano», {phrase}."
    )
    assert speaker_of(text, "es", "No hay socorristas") == "Marta Ibáñez Soler"


def test_the_outlet_inside_a_speaker_phrase_is_not_the_speaker() -> None:
    text = (
        "La piscine fermera en août.\n\n"
        "« Nous n'avons pas assez de maîtres-nageurs », a expliqué l'adjointe aux sports "
        "au micro de Radio Alpes Savoie."
    )
    assert speaker_of(text, "fr", "Nous n'avons pas") != "Radio Alpes Savoie"
