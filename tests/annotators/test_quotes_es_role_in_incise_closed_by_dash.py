"""Spanish dialogue: a role after the cue of an incise closed by a dash, the speech going on
after it (``—Vamos a actuar —dijo la ministra—. Nada está descartado.``), points back to the
person the article gave that role, as it does when the incise ends the line (session 32, lane
D). A name in marks inside the phrase (``— сказал главный тренер «Динамо» X``) is no such dash.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_role_before_the_closing_dash_points_back_to_its_holder() -> None:
    text = (
        "La alcaldesa de Cádiz, Rocío Benítez Mora, visitó el barrio inundado el martes.\n"
        "—Vamos a reparar cada casa —prometió la alcaldesa—. Nadie se quedará fuera."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Vamos a reparar cada casa"][0] == "Rocío Benítez Mora"
    assert found["Nadie se quedará fuera"][0] == "Rocío Benítez Mora"
    assert found["Vamos a reparar cada casa"][1] == "alcaldesa de Cádiz"
