"""French and Spanish cues in the perfect tense: a participle after its auxiliary (``ha
señalado``, ``han precisado``, ``a déploré``, ``a-t-elle témoigné``) is a verb of speech, as
the simple past (``señaló``) already was. Spanish wire copy (Europa Press) writes almost all its
cues so.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speaker_of, speakers_and_roles


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "La portavoz del Ayuntamiento de Vigo, Lucía Ferreiro Paz, ha señalado en rueda de "
            'prensa que la obra es "la más cara de la década".',
            "la más cara",
            "Lucía Ferreiro Paz",
        ),
        (
            "El concejal Andrés Molina Ruiz ha lamentado que el proyecto llegue "
            '"con tres años de retraso".',
            "con tres años",
            "Andrés Molina Ruiz",
        ),
        (
            'Fuentes del Ministerio de Hacienda han precisado que el decreto estará listo "antes '
            'del verano, sin falta".',
            "antes del verano",
            "fuentes del Ministerio de Hacienda",
        ),
    ],
)
def test_a_spanish_participle_after_its_auxiliary_is_a_cue(
    text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, "es", quoted) == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "« Je n'y crois pas encore », a soufflé le coureur Léo Marin à l'arrivée.",
            "Je n'y crois",
            "Léo Marin",
        ),
        (
            "La maire de Rennes, Sophie Cadiou, a déploré « un gâchis sans nom ».",
            "un gâchis",
            "Sophie Cadiou",
        ),
        (
            "« Nous ne lâcherons rien », a répété la syndicaliste Julie Roux devant la gare.",
            "Nous ne lâcherons",
            "Julie Roux",
        ),
    ],
)
def test_a_french_participle_after_its_auxiliary_is_a_cue(
    text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, "fr", quoted) == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Le maire de Lyon, Grégoire Junod, était amer. « Les Lyonnais attendent ce métro "
            "depuis quinze ans », a-t-il regretté.",
            "Les Lyonnais",
            "Grégoire Junod",
        ),
        (
            "Parmi les témoins, Jeanne Morel, 79 ans, ancienne institutrice. « Il venait "
            "prendre le café à la maison », a-t-elle témoigné à la barre.",
            "Il venait",
            "Jeanne Morel",
        ),
    ],
)
def test_a_participle_after_an_auxiliary_joined_to_its_pronoun_is_a_cue(
    text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, "fr", quoted) == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Fuentes del Ministerio de Economía indicaron que el ministro estudia “todas las "
            "opciones” antes del verano.",
            "todas las opciones",
            "fuentes del Ministerio de Economía",
        ),
        (
            "Fuentes del club consultadas por este diario aseguraron que la directiva no "
            "contempla «ningún cambio» en el banquillo.",
            "ningún cambio",
            "fuentes del club",
        ),
    ],
)
def test_spanish_sources_speak_in_the_plural_and_are_not_described_by_who_asked(
    text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, "es", quoted) == speaker


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        ("fr", "Le député a complété « le dossier » en mars, avant l'audition.", "le dossier"),
        ("fr", "Le cours du cuivre a avancé « nettement » depuis lundi.", "nettement"),
        ("es", "El delantero ha pedido el balón y ha marcado «un golazo».", "un golazo"),
        ("es", 'El equipo ha respondido "como un bloque" en la segunda parte.', "como un bloque"),
        ("es", 'La empresa ha destacado en el sector por su "modelo sostenible".', "modelo"),
    ],
)
def test_a_participle_that_also_does_something_else_says_nothing_before_a_quotation(
    language: str, text: str, quoted: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 11, 30), language=language)
    assert not any(words.startswith(quoted) for words in found)


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "fr",
            "« Nous ne lâcherons rien », a repris le délégué, Marc Dubois.",
            "Nous",
            "Marc Dubois",
        ),
        (
            "es",
            '"La temporada ha sido muy dura", ha contado el capitán, Iker Salas.',
            "La temporada",
            "Iker Salas",
        ),
        (
            "es",
            'La diputada Inés Robles ha pedido que se publiquen "hospital por hospital" los '
            "datos de espera.",
            "hospital por hospital",
            "Inés Robles",
        ),
        (
            "fr",
            "Le ministre Luc Moreau a soufflé qu'il était « très fatigué ».",
            "très",
            "Luc Moreau",
        ),
    ],
)
def test_such_a_participle_speaks_after_a_quotation_or_before_a_reported_clause(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker
