"""A lone word a cue gives its object as a verdict is words said (issue #16), in a language
other than English, even when the cue's subject is a pronoun no speaker was read for: ``Elle a
jugé la hausse « tardive »``, ``calificó la protesta de «prematura»``. Right after the object's
article the word is a term (``a dénoncé le « saupoudrage »``)."""

from __future__ import annotations

import pytest

from helpers.quotes import quotations


def _quoted(text: str, language: str) -> list[str]:
    return [q.text for q in quotations(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text", "verdict"),
    [
        (
            "fr",
            "Le budget a été présenté mardi. La députée Claire Bonnet a salué « un effort ».\n\n"
            "Elle a toutefois jugé la hausse « tardive ».",
            "tardive",
        ),
        (
            "es",
            "La huelga empieza el lunes. La consejera Ana Ruiz se reunió con los sindicatos.\n\n"
            "Después calificó la protesta de «prematura».",
            "prematura",
        ),
    ],
)
def test_the_verdict_a_cue_gives_its_object_is_said(language: str, text: str, verdict: str) -> None:
    assert verdict in _quoted(text, language)


def test_a_word_right_after_the_object_s_article_is_a_term() -> None:
    text = "Le budget a été présenté mardi.\n\nLe rapport a dénoncé le « saupoudrage » des crédits."
    assert _quoted(text, "fr") == []
