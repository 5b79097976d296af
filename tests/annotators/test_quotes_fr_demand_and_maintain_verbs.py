"""French verbs of demand and claim as cues (session 42, lane F): ``exige``, ``invoque``,
``prédit`` before the quotation (``Le syndicat exige une consultation « digne de ce nom »``),
and ``soutient`` right after it only (``», soutient l'urbaniste``; before a quotation it
also means backing a plan: ``soutient la « réforme »``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

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
