"""A role before a name that names a body of many capitalised words (session 35, lane S): the
capitals of one body's name, as the entity annotator reads it, count as one, so the role is
read whole (``La directora del Instituto Nacional de Estadísticas de Chile, X,``), where three
capitals in a row otherwise end a role read back from a name.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 3)


def test_a_role_naming_a_long_body_before_an_apposed_name_is_read_whole() -> None:
    text = (
        "Los precios volvieron a subir en noviembre. La directora del Instituto Nacional de "
        "Estadísticas de Chile, Ana Soto Vera, advirtió que «la inflación de servicios sigue "
        "alta»."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["la inflación de servicios sigue alta"] == (
        "Ana Soto Vera",
        "directora del Instituto Nacional de Estadísticas de Chile",
    )
