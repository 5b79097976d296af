"""French past participles of speaking and demanding after their auxiliary (``a parlé d'un
« match à oublier »``, ``a réitéré``, ``a exigé``): cues, as their present forms are (session 42,
lane F).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

LEAD = "Le gardien Marc Blanc a sauvé trois tirs au but. Selon lui, l'équipe n'a « jamais douté ». "


@pytest.mark.parametrize(
    ("predicate", "quoted"),
    [
        ("a parlé d'un « match à oublier ».", "match à oublier"),
        ("a exigé « plus de rigueur ».", "plus de rigueur"),
        ("a réitéré sa « confiance totale ».", "confiance totale"),
    ],
)
def test_fr_a_participle_of_speaking_after_its_auxiliary_is_a_cue(
    predicate: str, quoted: str
) -> None:
    text = LEAD + "Côté adverse, l'entraîneur Jim Carlson " + predicate
    assert speaker_of(text, "fr", quoted) == "Jim Carlson"
