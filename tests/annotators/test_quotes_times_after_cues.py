"""When something was said, written between an inverted cue and its subject (``», a indiqué
dimanche après-midi le parquet``, ``», afirmó ayer la Fiscalía``): the subject follows it.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "fr",
            "« Aucune piste n'est écartée à ce stade », a indiqué dimanche après-midi le "
            "parquet de Nantes dans un communiqué.",
            "Aucune piste",
            "parquet de Nantes",
        ),
        (
            "es",
            '"La investigación sigue abierta y no descartamos nada", afirmó ayer la Fiscalía '
            "de Sevilla.",
            "La investigación",
            "Fiscalía de Sevilla",
        ),
    ],
)
def test_the_subject_after_the_time_of_an_inverted_cue_speaks(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        # A description, not a name, after the time.
        ("fr", "« Il faut agir vite », a déclaré lundi le maire.", "Il faut", "le maire"),
        ("es", '"Hay que actuar ya", afirmó ayer la Fiscalía.', "Hay que", "la Fiscalía"),
        # A determiner or a preposition before a part of the day.
        ("fr", "« Il faut agir vite », a déclaré ce matin le maire.", "Il faut", "le maire"),
        (
            "es",
            '"Hay que actuar ya", dijo ayer por la tarde el alcalde.',
            "Hay que",
            "el alcalde",
        ),
        (
            "es",
            '"Hay que actuar ya", dijo esta mañana la portavoz del Gobierno, Pilar Alegría.',
            "Hay que",
            "Pilar Alegría",
        ),
    ],
)
def test_the_time_is_no_part_of_the_speaker(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker
