"""A title after an ``according to`` phrase (review RS, session 35): as for a role with no
title word (``Según el delegado de Movilidad, Goikoetxea ignoró``), a name after the source's
comma that closes no apposition is whom the source speaks of, so it does not take the source's
title (``Según el ministro, Juan Gil mintió``), in any language with such phrases.

The sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 9, 14)


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        (
            "es",
            "Según el ministro, Juan Gil mintió en el Congreso. «Nunca mentí», respondió Juan Gil.",
            "Nunca mentí",
            "Juan Gil",
        ),
        (
            "fr",
            "Selon le procureur, Didier Martin a menti aux enquêteurs. « Je n'ai jamais menti "
            "», a répondu Didier Martin.",
            "Je n'ai jamais menti",
            "Didier Martin",
        ),
    ],
)
def test_the_name_after_the_sources_comma_takes_no_title(
    language: str, text: str, quote: str, speaker: str
) -> None:
    found = speakers_and_roles(text, DAY, language=language)
    assert found[quote] == (speaker, None)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "role"),
    [
        (
            "Selon le chef des urgences, le Pr Alain Morel, l'hôpital est saturé. « Nous "
            "manquons de lits », a-t-il ajouté.",
            "Nous manquons de lits",
            "Alain Morel",
            "chef des urgences",
        ),
        (
            "D'après la directrice du service, le Dr Anne Roy, l'épidémie recule. « Les "
            "admissions baissent », a-t-elle précisé.",
            "Les admissions baissent",
            "Anne Roy",
            "directrice du service",
        ),
    ],
)
def test_a_name_after_an_honorific_closing_the_apposition_keeps_the_title(
    text: str, quote: str, speaker: str, role: str
) -> None:
    # (the name is read where it starts, after the honorific ``[people] honorifics`` cut off)
    found = speakers_and_roles(text, DAY, language="fr")
    assert found[quote] == (speaker, role)
