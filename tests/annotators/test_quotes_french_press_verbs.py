"""French press verbs in the present tense (``glisse``, ``rétorque``, ``sourit``): the verb after
a quotation names its speaker; their past participles and noun homographs are not listed, so a
title or scare quote before ``conclu par``, ``souffle``, ``la relève`` stays no quotation.

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    "verb",
    ["glisse", "rétorque", "ironise", "observe", "sourit", "avoue", "résume", "conclut",
     "détaille", "regrette"],
)  # fmt: skip
def test_a_present_tense_press_verb_names_the_speaker(verb: str) -> None:
    text = (
        "Le conseil municipal de Lens a voté le budget mardi soir.\n\n"
        f"« Nous n'avons jamais eu autant de demandes », {verb} Claire Dubois, "
        "adjointe aux finances."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Nous n'avons jamais eu autant de demandes"][0] == "Claire Dubois"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le projet de « ville apaisée », relevé par l'opposition, divise les habitants.",
        "Le « nouveau » souffle de la campagne ne convainc pas les électeurs.",
        "Le club mise sur « la génération 2030 », la relève tant attendue.",
    ],
)
def test_participles_and_nouns_make_no_quotation(sentence: str) -> None:
    text = "Les résultats ont été publiés mardi.\n\n" + sentence
    assert speakers_and_roles(text, DAY, language="fr") == {}
