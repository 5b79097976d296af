"""A phrase a unit of time heads opening a sentence before a name's comma says when, not who
(``[calendar] units``, CLDR's day periods): ``La semana pasada, X,``, ``L'année dernière,
X,`` give no role, as a day or a month does (``El martes, X,``); a role there stays one
(session 34 review).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_spanish_week_opening_the_sentence_is_no_role() -> None:
    text = (
        "El festival de Mérida presentó su programa.\n\n"
        "La semana pasada, Lucía Moreno Vidal firmó su contrato con el teatro. «Es un sueño», "
        "dijo."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Es un sueño"] == ("Lucía Moreno Vidal", None)


def test_a_french_year_opening_the_sentence_is_no_role() -> None:
    text = (
        "Le club de Brest a présenté son effectif.\n\n"
        "L'année dernière, Hugo Lambert a quitté le club. « Je reviens chez moi », a-t-il dit."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Je reviens chez moi"] == ("Hugo Lambert", None)


def test_a_spanish_role_opening_the_sentence_stays_the_role() -> None:
    text = (
        "El club presentó a su cuerpo técnico.\n\n"
        "El segundo entrenador del club, Pablo Ruiz Gil, habló con la prensa. «Es un reto», dijo."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Es un reto"][0] == "Pablo Ruiz Gil"
    assert found["Es un reto"][1] is not None
