"""A role in apposition after a speaker's name in French, Spanish or German is given without
its article, as an English one is (issue #16): ``Sophie Binet, la secrétaire générale de la
CGT,`` has the role ``secrétaire générale de la CGT``; an elided article too (``l'adjoint``).

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
            "Paul Roy, l'adjoint au maire chargé des sports, a dit : « Nous verrons ».",
            "Paul Roy",
            "adjoint au maire chargé des sports",
        ),
        (
            "es",
            "Pedro Gómez, el presidente de la federación, dijo: «Ganaremos».",
            "Pedro Gómez",
            "presidente de la federación",
        ),
        (
            "de",
            "Peter Schulz, der Präsident des Verbandes, sagte: „Wir gewinnen.“",
            "Peter Schulz",
            "Präsident des Verbandes",
        ),
    ],
)
def test_an_apposed_role_has_no_article(language: str, text: str, speaker: str, role: str) -> None:
    article = f"Titre\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language=language).values()
    assert found == (speaker, role)


def test_a_time_after_an_article_is_no_role() -> None:
    article = "Titular\n\nEntrada.\n\nPedro Gómez, el martes, dijo: «Ganaremos»."
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language="es").values()
    assert found == ("Pedro Gómez", None)
