"""A Spanish cue without its subject points back to the person the sentence before opens with:
also when that person's role lists a body's names with commas (``La consejera de Educación,
Cultura y Deporte, Laura Pineda Ruiz,``), and when a short phrase and its comma open the cue's
sentence (``Después, aseguró que «...»``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

PARENTS = (
    "El portavoz de los padres, Luis Gómez, pidió más profesores. «Faltan tres maestros», "
    "dijo Gómez.\n"
)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            PARENTS + "La consejera de Educación, Cultura y Deporte, Laura Pineda Ruiz, visitó "
            "ayer el colegio. «Habrá refuerzos en enero», aseguró.",
            "Habrá refuerzos",
        ),
        (
            PARENTS + "La consejera de Educación, Laura Pineda Ruiz, visitó ayer el colegio. "
            "Después, aseguró que los refuerzos «llegarán en enero».",
            "llegarán en enero",
        ),
        (
            PARENTS + "La consejera de Educación, Laura Pineda Ruiz, visitó ayer el colegio. "
            "Más tarde, en declaraciones a la radio, aseguró que los refuerzos «llegarán en "
            "enero».",
            "llegarán en enero",
        ),
    ],
)
def test_the_subject_left_out_is_the_sentence_befores(text: str, quoted: str) -> None:
    assert speaker_of(text, "es", quoted) == "Laura Pineda Ruiz"


@pytest.mark.parametrize(
    "subject",
    [
        "El director, visiblemente molesto,",
        "Su portavoz, en cambio,",
        "La empresa, en un comunicado,",
    ],
)
def test_a_subject_and_its_aside_before_the_cue_are_no_fronted_phrase(subject: str) -> None:
    # An article or a possessive opens the cue's own subject: no subject is left out.
    text = (
        PARENTS + "La consejera de Educación, Laura Pineda Ruiz, visitó ayer el colegio. "
        f"{subject} aseguró que los refuerzos «no llegarán a tiempo»."
    )
    assert speaker_of(text, "es", "no llegarán a tiempo") != "Laura Pineda Ruiz"


@pytest.mark.parametrize("bodies", ["Renault, Skoda y Dacia", "Renault, Škoda y Dacia"])
def test_a_role_listing_names_that_open_with_any_capital_is_set_off(bodies: str) -> None:
    # ``Škoda`` opens with a capital as ``Skoda`` does (str.isupper, any script: session 39's
    # after_clause_comma): its comma lists the bodies' names, and the role stays one phrase.
    text = (
        PARENTS + f"El presidente de {bodies}, Luca Moretti Sanz, visitó ayer la planta. "
        "«Habrá inversiones en enero», aseguró."
    )
    assert speaker_of(text, "es", "Habrá inversiones") == "Luca Moretti Sanz"
