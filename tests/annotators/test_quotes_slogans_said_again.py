"""Words a slogan's noun sets in marks (``[quotes] slogan_nouns``: ``le slogan « ... »``,
``el lema «...»``) name no work: the same words in marks elsewhere in the article, said by
someone, stay that person's quotation, where a work's title named again does not (session 34
review of the work titles read anywhere in an article).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_french_slogan_said_again_by_a_minister_stays_speech() -> None:
    text = (
        "Des milliers de manifestants ont défilé samedi à Lyon.\n\n"
        "Le slogan « Tous ensemble pour l'hôpital » a fleuri sur les murs de la ville.\n\n"
        "« Tous ensemble pour l'hôpital », a lancé mardi la ministre Claire Aubert devant les "
        "députés."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Tous ensemble pour l'hôpital"][0] == "Claire Aubert"


def test_a_spanish_motto_said_again_by_a_deputy_stays_speech() -> None:
    text = (
        "Miles de personas marcharon el sábado en Sevilla.\n\n"
        "Bajo el lema «Sanidad pública para todos», los vecinos recorrieron el centro.\n\n"
        "«Sanidad pública para todos», afirmó el martes la diputada Laura Gil Pardo en el pleno."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Sanidad pública para todos"][0] == "Laura Gil Pardo"


def test_a_french_essay_named_again_is_still_no_quotation() -> None:
    text = (
        "L'essai « Les Nuits de Brest » paraît jeudi.\n\n"
        "« Les Nuits de Brest », publié au Ponant, a déjà séduit les libraires."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert "Les Nuits de Brest" not in found
