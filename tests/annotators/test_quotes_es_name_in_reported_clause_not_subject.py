"""Spanish, a language dropping its subjects: a cue with no subject after a quotation
(``«...», explicó.``) is not said by a person named inside the clause the sentence before
reports (``La técnica confirmó que Lucía Ferrer viajará``): the subject of that sentence is
before its verb of speech (session 32, lane D).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_name_in_the_reported_clause_before_is_not_the_dropped_subject() -> None:
    text = (
        "La entrenadora del Valencia, Marta Soler Pons, habló el jueves ante la prensa. "
        "«Vamos a competir hasta el final», dijo.\n"
        "La técnica confirmó que Lucía Ferrer, que arrastra molestias, viajará con el equipo. "
        "«Ha entrenado con normalidad», explicó."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Ha entrenado con normalidad"][0] == "Marta Soler Pons"


def test_an_according_to_word_before_the_name_leaves_it_the_speaker() -> None:
    text = (
        "El alcalde habló el lunes con los vecinos del barrio.\n"
        "Según Pedro Ruiz Alba, portavoz vecinal, la reunión fue tensa. "
        "«Nadie nos escucha», añadió."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Nadie nos escucha"][0] == "Pedro Ruiz Alba"
