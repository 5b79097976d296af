"""A name inside a complement of an inverted cue (``», dijo sobre X``, ``», declaró al salir
del Palacio de X``) is no speaker: the subject is written after the complement, or left out."""

from __future__ import annotations

import pytest
from tests.helpers.quotes import speakers_in, speakers_of_quotes

#: The speaker named before the quotation (the cue's complement names someone else).
NAMED_BEFORE = "Marta Olivares Rey"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # A name inside the cue's complement is no speaker: the subject is left out.
        ("dijo sobre el presidente Anselmo Garbayo", NAMED_BEFORE),
        ("declaró al salir del Palacio de Congresos", NAMED_BEFORE),
        ("dijo tras reunirse con Anselmo Garbayo", NAMED_BEFORE),
        ("contó en la puerta de los juzgados de la calle Serrano", NAMED_BEFORE),
        ("dijo en un video publicado en las redes de la Diputación", NAMED_BEFORE),
        # The subject after the complement speaks.
        ("dijo en rueda de prensa el alcalde Anselmo Garbayo", "Anselmo Garbayo"),
        ("dijo a este periódico Anselmo Garbayo", "Anselmo Garbayo"),
        ("afirmó en entrevista Anselmo Garbayo", "Anselmo Garbayo"),
        ("dijo sobre la consejera el alcalde Anselmo Garbayo", "Anselmo Garbayo"),
        # (the phrase read after the cue holds the complement and the subject after it: the
        # subject speaks, not the one named before)
        ("dijo en rueda de prensa el portavoz municipal", "el portavoz"),
        ("dijo ante el Senado el ministro del Interior", "el ministro"),
        (
            "dijo a los periodistas un portavoz de la Policía Nacional",
            "un portavoz de la Policía Nacional",
        ),
    ],
)
def test_the_speaker_of_a_cue_with_a_complement(cue: str, speaker: str) -> None:
    text = (
        "La consejera de Empleo, Marta Olivares Rey, presentó el plan en Zaragoza. "
        f"«Es un acuerdo que llega a tiempo», {cue}."
    )
    found = speakers_of_quotes(text, language="es")
    assert found["Es un acuerdo que llega a tiempo"] == speaker


def test_an_anonymous_subject_after_a_place_complement_speaks_in_french() -> None:
    text = (
        "Le maire, Paul Giraud, a inauguré la tribune. « Je viens ici depuis trente ans », "
        "glissait à la sortie un abonné du virage sud."
    )
    found = speakers_of_quotes(text, language="fr")
    assert found["Je viens ici depuis trente ans"] == "un abonné du virage sud"


@pytest.mark.parametrize(
    ("text", "language", "speaker", "role"),
    [
        (
            "«Es una vergüenza», dijo sobre el presidente Tomás Ferrandiz el alcalde Rubén "
            "Tarrazona.",
            "es",
            "Rubén Tarrazona",
            "alcalde",
        ),
        (
            "« C'est réglé », a déclaré avec le ministre Gaspard Vernelle la maire Armelle "
            "Varrenq.",
            "fr",
            "Armelle Varrenq",
            "maire",
        ),
    ],
)
def test_the_subject_s_role_is_read_from_its_own_words(
    text: str, language: str, speaker: str, role: str
) -> None:
    # (the role is read back from the subject's name: not into the complement before it)
    (found,) = speakers_in(text, language).values()
    assert found == (speaker, role)


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("sagte über Finanzminister Gerold Hansmann der Grünen-Politiker Till Aßmus", "Till Aßmus"),
        ("sagte zu Finanzminister Gerold Hansmann der Bürgermeister", "der Bürgermeister"),
        ("sagte nach dem Treffen mit Minister Gerold Hansmann die Stadträtin", "die Stadträtin"),
        ("sagte mit Blick auf Finanzminister Gerold Hansmann die Stadträtin", "die Stadträtin"),
        # (a noun ends the complement: the name after it is the subject)
        ("sagte am Montag Bürgermeister Till Aßmus", "Till Aßmus"),
    ],
)
def test_a_name_in_a_german_cue_s_complement_is_no_speaker(cue: str, speaker: str) -> None:
    text = f"Die Stadt plant neue Radwege. „Das wird teuer“, {cue}."
    found = speakers_of_quotes(text, language="de")
    assert found["Das wird teuer"] == speaker


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("sagte zu Beginn der Sitzung der Minister", "der Minister"),
        ("sagte nach der Sitzung des Ausschusses die Ministerin", "die Ministerin"),
        ("sagte beim Besuch der Baustelle der Landrat", "der Landrat"),
    ],
)
def test_a_genitive_inside_a_german_cue_s_complement_is_no_subject(cue: str, speaker: str) -> None:
    # (``der Sitzung``, ``des Ausschusses``: an article linking the complement's noun to the
    # next; the subject is the phrase after the last of them)
    text = f"Die Stadt plant neue Radwege. „Das wird teuer“, {cue}."
    assert speakers_of_quotes(text, language="de")["Das wird teuer"] == speaker
