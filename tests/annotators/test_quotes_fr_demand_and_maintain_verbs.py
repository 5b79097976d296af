"""French verbs of demand and claim as cues (session 42, lane F): ``exige``, ``invoque``,
``prédit`` before the quotation (``Le syndicat exige une consultation « digne de ce nom »``),
and ``soutient`` right after it only (``», soutient l'urbaniste``; before a quotation it
also means backing a plan: ``soutient la « réforme »``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speaker_of, speakers_and_roles

LEAD = "Le maire Paul Durand a inauguré le port mardi. « Nous sommes prêts », a-t-il dit. "
UNION = (
    "Le syndicat Alliance Rail conteste le plan. Sa secrétaire, Anne Roy, parle d'un « coup dur "
    "pour la région ». "
)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Le syndicat exige une consultation « digne de ce nom ».", "digne de ce nom"),
        ("Le syndicat invoque « un risque pour les salariés ».", "un risque pour les salariés"),
        ("Le syndicat prédit « un hiver très difficile ».", "un hiver très difficile"),
    ],
)
def test_fr_a_verb_of_demand_before_the_quotation_is_the_bodys_cue(
    sentence: str, quoted: str
) -> None:
    assert speaker_of(UNION + sentence, "fr", quoted) == "Alliance Rail"


def test_fr_soutient_after_the_quotation_is_a_cue() -> None:
    text = LEAD + "« Chaque piste cyclable évite des blessés », soutient Claire Dubois, urbaniste."
    assert speaker_of(text, "fr", "Chaque piste cyclable") == "Claire Dubois"


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Il soutient la « réforme » du gouvernement.", "réforme"),
        ("Elle soutient le « candidat unique » de la gauche.", "candidat unique"),
    ],
)
def test_fr_soutient_after_a_subject_pronoun_backing_a_thing_is_no_cue(
    sentence: str, quoted: str
) -> None:
    # After a subject pronoun, ``soutient`` says only before ``que`` (``[quotes] clause_cues``).
    text = "Le député Paul Roy vote pour. " + sentence
    assert quoted not in speakers_and_roles(text, dt.date(2026, 12, 1), language="fr")


def test_fr_soutient_que_after_a_subject_pronoun_is_a_cue() -> None:
    text = "Le député Paul Roy vote pour. Il soutient que « la réforme est juste »."
    assert speaker_of(text, "fr", "la réforme est juste") == "Paul Roy"
