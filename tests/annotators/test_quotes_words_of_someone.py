"""``selon les mots de X``, ``en palabras de X``: the quoted words are X's, and ``mots de`` is
no role of theirs. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 30)


def test_french_words_of_someone_name_the_speaker_without_a_role() -> None:
    text = (
        "La mairie a renoncé au nouveau stade. Un projet « hors de prix », selon les mots de "
        "Julie Perrin, qui mène l'opposition municipale."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["hors de prix"] == ("Julie Perrin", None)


def test_spanish_words_of_someone_name_the_speaker() -> None:
    text = (
        "El club renunció al nuevo estadio. Un proyecto «fuera de toda lógica», en palabras "
        "de Andrés Villalba."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["fuera de toda lógica"][0] == "Andrés Villalba"
