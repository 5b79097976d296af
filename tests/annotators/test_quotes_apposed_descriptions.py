"""French and Spanish: a description in apposition after a speaker's name is the role (issue
#16): in French also when what it is of opens with an elided ``d'`` (``propriétaire d'une
épicerie``), in Spanish also when the noun is a trade or an occupation (``editora``,
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
            "La rue est fermée depuis mars. « Nous perdons des clients chaque semaine », "
            "affirme Lucie Garnier, propriétaire d'une épicerie.",
            "Lucie Garnier",
            "propriétaire d'une épicerie",
        ),
        (
            "fr",
            "La rue est fermée depuis mars. « Nous perdons des clients chaque semaine », "
            "affirme Lucie Garnier, gérante d’une boulangerie du quartier.",
            "Lucie Garnier",
            "gérante d’une boulangerie du quartier",
        ),
        (
            "es",
            "La muestra abrió el jueves. Carmen Soler, editora de la revista Norte, anunció "
            "que el catálogo “ya está agotado”.",
            "Carmen Soler",
            "editora de la revista Norte",
        ),
        (
            "es",
            "La muestra abrió el jueves. “Pinté cada pared dos veces”, contó Andrés Vidal, "
            "pintor del barrio.",
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
