"""The statement a body's words were given in, set between the body and its verb (``La
fédération, dans un communiqué publié mardi, réclame « ... »``, ``La federación, en un
comunicado, reclama «...»``) or between the verb and the quotation: it says how the words went
out, not who spoke; the body before it speaks (session 42, lane F).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

FR_LEAD = "Le maire Paul Durand a inauguré le port. « Nous sommes prêts », a-t-il dit. "
ES_LEAD = "El alcalde Pablo Ruiz inauguró el puerto. «Estamos listos», dijo. "


@pytest.mark.parametrize(
    "frame",
    [", dans un communiqué,", ", dans un communiqué publié mardi,", ", dans sa déclaration,"],
)
def test_fr_a_statement_set_off_after_the_body_leaves_the_body_speaking(frame: str) -> None:
    text = (
        FR_LEAD + f"La Fédération nationale des pêcheurs{frame} se félicite d'une décision qui "
        "« protège les marins »."
    )
    assert speaker_of(text, "fr", "protège les marins") == "Fédération nationale des pêcheurs"


@pytest.mark.parametrize(
    "frame", [", en un comunicado,", ", en un comunicado difundido el martes,"]
)
def test_es_a_statement_set_off_after_the_body_leaves_the_body_speaking(frame: str) -> None:
    text = ES_LEAD + f"La Federación Nacional de Pescadores{frame} reclama «refuerzos permanentes»."
    assert speaker_of(text, "es", "refuerzos permanentes") == "Federación Nacional de Pescadores"


def test_fr_the_statement_after_the_verb_keeps_the_verbs_subject() -> None:
    text = FR_LEAD + "La Fédération nationale des pêcheurs salue dans un communiqué « un signal »."
    assert speaker_of(text, "fr", "un signal") == "Fédération nationale des pêcheurs"


def test_fr_a_statement_opening_the_sentence_stays_read() -> None:
    text = (
        FR_LEAD + "Dans un communiqué, la Fédération nationale des pêcheurs dénonce « un "
        "chantier bâclé »."
    )
    assert speaker_of(text, "fr", "un chantier bâclé") == "Fédération nationale des pêcheurs"
