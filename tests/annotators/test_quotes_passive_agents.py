"""The agent of a passive verb of speech or verdict, named right after the quotation it
qualifies, says the quoted words (``qualifiée de « X » par la CGT``, ``calificada de «X» por
Y``): the participle may agree with its subject, and a word no verb of speech introduces is
nobody's. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 30)
FR = "Le conseil régional a voté lundi la fermeture de trois lycées. "
ES = "El ayuntamiento aprobó el lunes el cierre de tres bibliotecas. "


@pytest.mark.parametrize(
    "sentence",
    [
        "La décision a été qualifiée de « faute historique » par la CFDT.",
        "Le vote a été jugé « précipité » par la CFDT.",
        "Les fermetures ont été dénoncées comme une « erreur » par la CFDT.",
    ],
)
def test_a_french_passive_verdict_is_its_agent_s(sentence: str) -> None:
    found = speakers_and_roles(FR + sentence, DAY, language="fr")
    assert [speaker for speaker, _ in found.values()] == ["CFDT"]


def test_a_spanish_passive_verdict_is_its_agent_s() -> None:
    text = ES + "La medida fue calificada de «golpe a la cultura» por Lucía Herrera, concejala."
    found = speakers_and_roles(text, DAY, language="es")
    assert found["golpe a la cultura"][0] == "Lucía Herrera"


def test_an_agent_after_words_no_verb_of_speech_introduces_says_nothing() -> None:
    text = FR + "Le budget a été fixé à « 12 millions » par la région."
    found = speakers_and_roles(text, DAY, language="fr")
    assert all(speaker is None for speaker, _ in found.values())
