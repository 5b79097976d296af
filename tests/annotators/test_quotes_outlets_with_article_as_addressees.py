"""An outlet told the words after a cue may open its name with an article (``», contó a El
Mercurio``, ``», relató a La Nación``): it is the one spoken to, never the speaker; a language
that drops its subjects reads the subject of the sentence before (session 31, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_an_outlet_whose_name_opens_with_an_article_is_told_not_speaking() -> None:
    text = (
        "Las lluvias dejaron decenas de casas anegadas en Talca.\n\n"
        "Juan Pérez Soto, de 58 años, perdió su taller. “No queda nada, ni las herramientas”, "
        "contó a El Mercurio mientras sacaba el barro."
    )
    assert speaker_of(text, "es", "No queda nada") == "Juan Pérez Soto"
