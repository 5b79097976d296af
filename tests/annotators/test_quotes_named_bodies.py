"""A body that names itself as a cue's subject speaks, not the body named before it (issue
#16): ``El Ministerio de Sanidad indicó que ... «...»``, ``Das Verkehrsministerium teilte mit,
man sei „...“``, ``Le ministère de la Santé a indiqué « ... »``.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("language", "text", "quoted", "body"),
    [
        (
            "es",
            "El sindicato CCOO convocó una huelga para el lunes. El Ministerio de Sanidad "
            "indicó en una nota que los servicios mínimos serán «del cien por cien».\n",
            "del cien por cien",
            "Ministerio de Sanidad",
        ),
        (
            "de",
            "Der Deutsche Gewerkschaftsbund (DGB) nannte das Angebot „eine Provokation“.\n\n"
            "Das Verkehrsministerium teilte "
            "am Abend mit, man sei „zu weiteren Gesprächen bereit“.\n",
            "zu weiteren Gesprächen bereit",
            "Verkehrsministerium",
        ),
        (
            "fr",
            "La CGT a demandé à être reçue « dans les plus brefs délais ».\n\n"
            "Le ministère de la Santé a indiqué « étudier "
            "toutes les demandes », sans autre précision.\n",
            "étudier toutes les demandes",
            "ministère de la Santé",
        ),
    ],
)
def test_a_body_named_in_its_own_phrase_speaks(
    language: str, text: str, quoted: str, body: str
) -> None:
    found = speakers_and_roles(text, DAY, language=language)
    assert found[quoted][0] == body


@pytest.mark.parametrize(
    ("language", "text", "quoted", "body"),
    [
        (
            "de",
            "Die Gewerkschaft Verdi kritisierte das Vorgehen. Der Verband Gesamtmetall sagte, "
            "die Lage sei „sehr ernst“.\n",
            "sehr ernst",
            "Gesamtmetall",
        ),
        (
            "es",
            "La CGT convocó una huelga.\n\nEl sindicato UGT denunció «una provocación».\n",
            "una provocación",
            "UGT",
        ),
    ],
)
def test_a_body_named_after_its_noun_speaks_not_the_body_before(
    language: str, text: str, quoted: str, body: str
) -> None:
    found = speakers_and_roles(text, DAY, language=language)
    assert found[quoted][0] == body
