"""Spanish names of two surnames (issue #16): a speaker written by the first surname alone, or
by the given name and the first surname, is given the one full form of the page (``Marta
Villalobos Ruiz``, Catalan ``Jordi Casanovas i Puig``); never when the page writes two such
forms, nor for a surname under a role of its own.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


def test_a_first_surname_alone_is_the_full_name() -> None:
    text = (
        "La consejera de Sanidad, Elena Ferrándiz Quintero, presentó ayer el plan de "
        "urgencias.\n\n"
        "«Ningún centro de salud cerrará este verano», afirmó Ferrándiz, que pidió calma.\n"
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Ningún centro de salud cerrará este verano"][0] == "Elena Ferrándiz Quintero"


def test_a_given_name_and_a_first_surname_are_the_full_name() -> None:
    text = (
        "El diputado Arnau Ferrer i Vidal defendió la enmienda en el pleno.\n\n"
        "«No votaremos unas cuentas sin inversiones en Cataluña», advirtió Arnau Ferrer.\n"
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No votaremos unas cuentas sin inversiones en Cataluña"][0] == (
        "Arnau Ferrer i Vidal"
    )


def test_two_full_forms_complete_neither() -> None:
    text = (
        "Los hermanos Luis Ortega Pardo y Ana Ortega Sanz dirigen la empresa familiar.\n\n"
        "«Vamos a abrir dos fábricas más», dijo Ortega en la junta.\n"
    )
    found = speakers_and_roles(text, DAY, language="es")
    speaker = found["Vamos a abrir dos fábricas más"][0]
    assert speaker not in ("Luis Ortega Pardo", "Ana Ortega Sanz")


def test_a_full_name_before_a_verb_and_a_surname_that_is_also_a_town() -> None:
    # The second surname is followed by the verb (no comma), and the towns list types the
    # lone first surname as a place: the speaker is still the person the page names.
    text = (
        "El concejal Luis Montalbán Prieto prometió soluciones para el barrio.\n\n"
        "Los vecinos siguen sin agua desde el lunes. «No vamos a esperar más», afirmó "
        "Montalbán.\n"
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No vamos a esperar más"][0] == "Luis Montalbán Prieto"
