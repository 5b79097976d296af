"""A role held in a body, then a name in apposition (``El presidente de Aguas del Norte, Ricardo
Peñaloza, reconoció``): the name speaks and the words from the role noun to the comma are the
role, even when the entity annotator took the body for a person.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "El presidente de Aguas del Norte, Mario Hurtado Gil, reconoció este martes que la "
            'empresa reaccionó "con demasiada lentitud" tras la sequía.',
            "Mario Hurtado Gil",
            "presidente de Aguas del Norte",
        ),
        (
            "El viceministro para la Gestión de Riesgo y Protección Civil, Eduardo Lugo "
            'Mendoza, dijo que la crecida destruyó "más de 300 viviendas" en dos días.',
            "Eduardo Lugo Mendoza",
            "viceministro para la Gestión de Riesgo y Protección Civil",
        ),
        (
            # A clause before the role: the role opens after its comma.
            "Tras la visita a la planta, el jefe de servicio de Calidad Ambiental, Sergio "
            "Llamas Pardo, advirtió que el agua «cumple todos los parámetros».",
            "Sergio Llamas Pardo",
            "jefe de servicio de Calidad Ambiental",
        ),
        (
            # A comma listing the body's names is the role's own: the role opens before it.
            "El consejero de Medio Ambiente, Vivienda y Ordenación del Territorio, Julián "
            "Sastre Moya, aseguró que la temporada «ha superado todas las previsiones».",
            "Julián Sastre Moya",
            "consejero de Medio Ambiente, Vivienda y Ordenación del Territorio",
        ),
    ],
)
def test_the_name_after_a_role_in_a_body_speaks(text: str, speaker: str, role: str) -> None:
    (found,) = speakers_and_roles(text, dt.date(2026, 11, 30), language="es").values()
    assert found == (speaker, role)


def test_the_name_after_a_role_in_a_body_is_the_subject_a_dropped_one_points_back_to() -> None:
    # ``«...», dijo.``: the subject of the sentence before is the name in apposition, not the
    # body the role is held in (which the entity annotator may take for a person).
    text = (
        "El secretario de Salud de Jalisco, Javier Ortega Ruiz, reconoció en entrevista que los "
        "hospitales están al límite. “No tenemos camas libres desde el lunes”, dijo."
    )
    (found,) = speakers_and_roles(text, dt.date(2026, 11, 30), language="es").values()
    assert found[0] == "Javier Ortega Ruiz"
