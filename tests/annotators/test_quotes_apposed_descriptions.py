"""French and Spanish: a description in apposition after a speaker's name is the role (issue
#16): in French also when what it is of opens with an elided ``d'`` (``propriétaire d'une
imprimerie``), in Spanish also when the noun is a trade or an occupation (``editora``,
``pintor``, ``turista``: ``[quotes] description_nouns`` of es.toml).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        (
            "fr",
            "Le festival revient en juillet. « Nous avons doublé les commandes cette année », "
            "raconte Lucie Garnier, propriétaire d'une imprimerie.",
            "Lucie Garnier",
            "propriétaire d'une imprimerie",
        ),
        (
            "fr",
            "Le festival revient en juillet. « Nous avons doublé les commandes cette année », "
            "raconte Lucie Garnier, gérante d’une boulangerie du quartier.",
            "Lucie Garnier",
            "gérante d’une boulangerie du quartier",
        ),
        (
            "es",
            "El puerto recibió al primer crucero del año. Carmen Soler, editora de la revista "
            "Norte, dijo que la temporada “empieza antes que nunca”.",
            "Carmen Soler",
            "editora de la revista Norte",
        ),
        (
            "es",
            "El puerto recibió al primer crucero del año. “Pinté cada pared dos veces”, contó "
            "Andrés Vidal, pintor del barrio.",
            "Andrés Vidal",
            "pintor del barrio",
        ),
    ],
)
def test_an_apposed_description_is_the_role(
    language: str, text: str, speaker: str, role: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 12, 7), language=language)
    assert list(found.values()) == [(speaker, role)]
