"""A Spanish body's common noun as a cue's subject (``la entidad``, ``el organismo``) stands
for the body named just before: the body speaks."""

from __future__ import annotations

import pytest
from tests.helpers.quotes import speakers_of_quotes


@pytest.mark.parametrize("noun", ["La entidad", "El organismo", "La institución"])
def test_a_body_noun_speaks_as_the_body_named_before(noun: str) -> None:
    text = (
        "El Banco de España publicó ayer su informe trimestral. "
        f"{noun} señaló que “la inflación bajará en primavera”."
    )
    found = speakers_of_quotes(text, language="es")
    assert found["la inflación bajará en primavera"] == "Banco de España"
