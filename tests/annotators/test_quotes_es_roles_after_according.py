"""A role opening a sentence after an ``according to`` phrase, before a name in apposition
(session 35, lane S): ``Según su editor en Alfaguara, X,`` and, with ``de`` joined to the
article (``[quotes] contracted_articles``), ``En palabras del consejero de Sanidad, X,`` give X
that role even where no title word is in it; a name with no comma after it is the subject of
what the source says, not the source.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 9, 14)
LEAD = "La huelga del transporte entra en su segunda semana. "


def test_a_role_after_a_contracted_according_phrase_is_the_names() -> None:
    text = LEAD + (
        "En palabras del delegado de Movilidad, Iñaki Goikoetxea, el servicio «no se "
        "normalizará antes del lunes»."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["no se normalizará antes del lunes"] == (
        "Iñaki Goikoetxea",
        "delegado de Movilidad",
    )


def test_a_name_after_the_sources_comma_is_what_it_speaks_of() -> None:
    text = LEAD + (
        "Según el delegado de Movilidad, Goikoetxea ignoró los avisos de los sindicatos. "
        "«Nunca recibí una carta», respondió Iñaki Goikoetxea."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Nunca recibí una carta"] == ("Iñaki Goikoetxea", None)
