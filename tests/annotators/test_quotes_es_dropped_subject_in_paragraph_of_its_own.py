"""A Spanish quotation opening its own paragraph with a cue and no subject (``«...», dijo.``,
``—... —dijo, con la voz quebrada—.``): the speaker is the one person the sentence bringing it
in names, at the end of the paragraph before, even when no one has spoken yet; not a person a
reported clause there names.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

TRIAL = (
    "El juicio contra el exalcalde de Villanueva quedó ayer visto para sentencia.\n"
    "Antes de que el tribunal se retirara a deliberar, el exalcalde Jorge Ramírez Soto pidió "
    "la palabra.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "«Yo no he robado nada. Firmé lo que me pusieron delante», dijo.",
        "—Yo no he robado nada. Firmé lo que me pusieron delante —dijo.",
        "—Yo no he robado nada. Firmé lo que me pusieron delante —dijo, con la voz "
        "quebrada—. Si eso es un delito, que cierren todos los ayuntamientos.",
    ],
)
def test_the_person_bringing_the_quotation_in_speaks(paragraph: str) -> None:
    assert speaker_of(TRIAL + paragraph, "es", "Yo no he robado") == "Jorge Ramírez Soto"


def test_a_person_named_in_a_reported_clause_does_not() -> None:
    text = (
        "El entrenador del Villanueva, Iker Lasa Etxeberria, habló ayer con la prensa. "
        "«Vamos a salir a ganar», dijo.\n"
        "El técnico confirmó que Unai Goikoetxea Mendi viajará con el equipo.\n"
        "«Ha entrenado con normalidad y está bien», explicó."
    )
    assert speaker_of(text, "es", "Ha entrenado") == "Iker Lasa Etxeberria"
