"""Words said that follow a word of naming, in French and Spanish (issue #16, review of
session 32): ``dite`` after a reflexive auxiliary is the verb ``se dire`` (``elle s'est dite
« ... »``: what she said of herself), and a noun of a word after a demonstrative points back
to a remark (``a eu cette formule « ... »``, ``tuvo esta expresión «...»``): the quotations
are speech, unlike ``la loi dite « ... »`` and ``le terme « ... »``."""

from __future__ import annotations

import pytest

from helpers.quotes import quotations


def _quoted(text: str, language: str) -> list[str]:
    return [q.text for q in quotations(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        (
            "fr",
            "La maire, Claire Roux, s'est dite « scandalisée par ces propos et prête à porter "
            "plainte ».",
            "scandalisée par ces propos et prête à porter plainte",
        ),
        (
            "fr",
            "Les élus de l'opposition se sont dits « prêts à voter le texte dès la semaine "
            "prochaine ».",
            "prêts à voter le texte dès la semaine prochaine",
        ),
        (
            "fr",
            "Le président Paul Martin a eu cette formule « la France ne cédera pas devant la "
            "menace ».",
            "la France ne cédera pas devant la menace",
        ),
        (
            "es",
            "La ministra Ana Ruiz tuvo esta expresión «no vamos a dejar a nadie atrás, a nadie».",
            "no vamos a dejar a nadie atrás, a nadie",
        ),
    ],
)
def test_words_said_after_a_naming_word_stay_quotations(
    language: str, text: str, said: str
) -> None:
    assert said in _quoted(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Selon la préfète, Anne Lenoir, la loi dite « anticasseurs » sera appliquée."),
        ("fr", "Pour la ministre, Claire Roux, le terme « décroissance » fait peur."),
        ("es", "Según el ministro Luis Ortega, la palabra «recesión» asusta a los mercados."),
    ],
)
def test_a_name_or_a_term_stays_no_quotation(language: str, text: str) -> None:
    assert _quoted(text, language) == []
