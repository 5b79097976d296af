"""A body's acronym written in brackets right after its name (``la Fédération nationale des
brasseurs de cidre (FNBC) a indiqué``): the speaker is the name it spells out, its lower-case
words giving letters and its small words none, as for German's compounds (session 42, lane F).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("article", "body", "acronym"),
    [
        ("La", "Fédération nationale des brasseurs de cidre", "FNBC"),
        ("Le", "Groupement des sapeurs-pompiers militaires", "GSPM"),
        ("L'", "Office des ponts et chaussées", "OPC"),
    ],
)
def test_fr_the_name_an_acronym_spells_out_speaks(article: str, body: str, acronym: str) -> None:
    space = "" if article.endswith("'") else " "
    text = (
        "Le maire Paul Durand a inauguré le port. « Nous sommes prêts », a-t-il dit. "
        f"{article}{space}{body} ({acronym}) a indiqué que « rien n'est réglé »."
    )
    assert speaker_of(text, "fr", "rien n'est réglé") == body


def test_es_the_name_an_acronym_spells_out_speaks() -> None:
    text = (
        "El alcalde Pablo Ruiz inauguró el puerto. «Estamos listos», dijo. "
        "La Asociación de productores de leche del norte (APLN) aseguró que «nada está resuelto»."
    )
    assert (
        speaker_of(text, "es", "nada está resuelto")
        == "Asociación de productores de leche del norte"
    )


def test_fr_an_acronym_the_name_does_not_spell_stays_as_written() -> None:
    text = (
        "Le maire Paul Durand a inauguré le port. « Nous sommes prêts », a-t-il dit. "
        "Le syndicat Force commune (SUD) a indiqué que « rien n'est réglé »."
    )
    assert speaker_of(text, "fr", "rien n'est réglé") == "SUD"


@pytest.mark.parametrize(
    ("language", "text", "quoted", "place"),
    [
        (
            "fr",
            "Le vote a eu lieu. La maire de Paris (PS) a dénoncé « une mascarade ».",
            "une mascarade",
            "Paris",
        ),
        (
            "fr",
            "Le vote a eu lieu. Le maire de Rennes (RN) a dénoncé « une mascarade ».",
            "une mascarade",
            "Rennes",
        ),
        (
            "es",
            "La votación tuvo lugar. El alcalde de Pamplona (PP) denunció «una farsa».",
            "una farsa",
            "Pamplona",
        ),
    ],
)
def test_a_party_after_a_place_is_not_spelled_from_the_places_inner_letters(
    language: str, text: str, quoted: str, place: str
) -> None:
    # Only German, whose compounds hide letters inside words, spells from them.
    assert speaker_of(text, language, quoted) != place
