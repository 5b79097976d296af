"""A Spanish quotation opening its own paragraph with a cue and no subject (``«...», dijo.``,
``—... —dijo, mirando al suelo—.``): the speaker is the one person the sentence bringing it
in names, at the end of the paragraph before, even when no one has spoken yet; not a person a
reported clause there names.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

TRIAL = (
    "La vista contra el exconcejal de Urbanismo de Valdemoro terminó el viernes.\n"
    "Cuando el juez le ofreció la última palabra, el exconcejal Jorge Ramírez Soto se puso "
    "en pie.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "«Nunca cobré una comisión. Confié en mis técnicos», dijo.",
        "—Nunca cobré una comisión. Confié en mis técnicos —dijo.",
        "—Nunca cobré una comisión. Confié en mis técnicos —dijo, mirando al "
        "suelo—. Pido que se me juzgue por lo que hice.",
    ],
)
def test_the_person_bringing_the_quotation_in_speaks(paragraph: str) -> None:
    assert speaker_of(TRIAL + paragraph, "es", "Nunca cobré") == "Jorge Ramírez Soto"


def test_a_person_named_in_a_reported_clause_does_not() -> None:
    text = (
        "El entrenador del Alcázar, Andoni Larrea Solís, atendió el jueves a los periodistas. "
        "«Saldremos a por los tres puntos», dijo.\n"
        "El técnico anunció que Mikel Zubiri Aranda jugará de inicio.\n"
        "«Se ha recuperado bien de la lesión», explicó."
    )
    assert speaker_of(text, "es", "Se ha recuperado") == "Andoni Larrea Solís"
