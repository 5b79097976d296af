"""A person written with a nickname between given name and surname (``Sergio «el Mago»
Quintana``) is the speaker the page later calls by the nickname, alone or before the surname
(``el Mago fue claro``, ``el Mago Quintana``): the full name is given (session 31, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 30)


def test_a_speaker_called_by_a_nickname_gets_the_full_name() -> None:
    text = (
        "El Mago Quintana avisó antes del clásico: «No firmo ningún empate»\n\n"
        "Sergio «el Mago» Quintana, entrenador de Olimpia, habló este viernes en Asunción.\n\n"
        "Sobre el estado del césped, el Mago fue claro: «Si está mal, está mal para los dos»."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Si está mal, está mal para los dos"][0] == "Sergio Quintana"
    assert found["No firmo ningún empate"][0] == "Sergio Quintana"
