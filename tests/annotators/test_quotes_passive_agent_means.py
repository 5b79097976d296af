"""After a passive verb of speech or verdict, an agent preposition may open a means or an
adverbial rather than who acts (``par la voix de``, ``por lo menos``): such a phrase is no
speaker, while a role, a body or people in the plural still are. The sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speaker_of, speakers_and_roles

DAY = dt.date(2026, 11, 30)

FR = "La métropole a relevé jeudi le prix des tickets de tram. "
ES = "La diputación subió el jueves la tarifa del autobús. "


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            FR + "La hausse a été qualifiée de « pure provocation » par la voix de sa présidente.",
            "fr",
        ),
        (
            ES + "La subida fue calificada de «un robo» por lo menos por dos concejales.",
            "es",
        ),
    ],
)
def test_a_means_or_an_adverbial_after_the_preposition_speaks_not(text: str, language: str) -> None:
    found = speakers_and_roles(text, DAY, language=language)
    assert all(speaker is None for speaker, _ in found.values())


@pytest.mark.parametrize(
    ("text", "language", "quoted", "speaker"),
    [
        (FR + "La hausse a été jugée « pure provocation » par le maire.", "fr",
         "pure provocation", "le maire"),
        (FR + "La hausse a été jugée « pure provocation » par les usagers.", "fr",
         "pure provocation", "les usagers"),
        (ES + "La subida fue calificada de «un robo a mano armada» por dos concejales.", "es",
         "un robo", "dos concejales"),
    ],
)  # fmt: skip
def test_a_role_or_a_plural_group_after_the_preposition_speaks(
    text: str, language: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker
