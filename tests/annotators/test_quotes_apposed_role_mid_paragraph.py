"""A role with its determiner opening a sentence inside a paragraph, set before a speaker's name
and a comma, is the role (issue #16): ``... tesis. Su letrado, Rubén Ortega, ha afirmado``, as
it already was when the sentence opened the paragraph.

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
            "es",
            "La defensa recurrirá el fallo. Su letrado, Ramón Vidal, ha dicho que la sentencia "
            "«no se sostiene».",
            "Ramón Vidal",
            "letrado",
        ),
        (
            "fr",
            "Le marché a rouvert lundi. La boulangère, Odile Marchand, a confié : « On respire ».",
            "Odile Marchand",
            "boulangère",
        ),
    ],
)
def test_a_role_opening_a_later_sentence_is_read(
    language: str, text: str, speaker: str, role: str
) -> None:
    article = f"Titre\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language=language).values()
    assert found == (speaker, role)
