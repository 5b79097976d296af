"""A pronoun joined to the verb after a quotation (``», confie-t-elle``, ``», sourit-il``)
stands for whoever opens the sentence before as its subject even when the entity annotator
names no one there: a lone first name in apposition (``Léa, 34 ans, boulangère à Nantes,``) or
an unnamed person's description (``Le directeur de l'école s'est dit ...``), and any verb so
inverted after a quotation is an incise.

The sentences are written for these tests in the manner of news articles; none is copied from
a key."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from helpers.quotes import speaker_of, speakers_and_roles
from newsbrief.annotators.quotes.attribution.opening_subjects import (
    OpeningWords,
    opening_subject,
)

DAY = dt.date(2026, 10, 2)
# A woman who spoke first, in a paragraph of her own: the nearest person a pronoun may stand for.
LEAD = (
    "La ligne de bus 12 sera supprimée en janvier.\n\n"
    "« C'est une décision brutale », a dénoncé Claire Montel, présidente de l'association "
    "des usagers.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "quoted", "speaker"),
    [
        (
            "Au marché, Léa, 34 ans, boulangère à Nantes, prend le bus chaque matin. « Sans "
            "lui, je devrai partir à cinq heures », confie-t-elle.",
            "Sans lui",
            "Léa",
        ),
        (
            "Le directeur de l'école primaire s'est dit inquiet. « Nos élèves arriveront en "
            "retard tous les jours », a-t-il prévenu.",
            "Nos élèves",
            "le directeur de l'école primaire",
        ),
        (
            "Une infirmière du centre hospitalier évoque une fatigue immense. « Je finis "
            "ma garde à six heures », explique-t-elle.",
            "Je finis",
            "une infirmière du centre hospitalier",
        ),
    ],
)
def test_a_joined_pronoun_stands_for_the_unnamed_subject_of_the_sentence_before(
    paragraph: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(LEAD + paragraph, "fr", quoted) == speaker


def test_a_lone_first_name_takes_the_role_its_apposition_states() -> None:
    text = (
        LEAD + "Parmi les voyageurs, Hugo, 19 ans, apprenti chez un garagiste, attend depuis "
        "vingt minutes. « Je vais devoir acheter un scooter », soupire-t-il."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Je vais devoir acheter un scooter"] == ("Hugo", "apprenti chez un garagiste")


def test_any_verb_inverted_after_a_quotation_is_an_incise() -> None:
    text = (
        LEAD + "Le chauffeur Paul Garnier conduit cette ligne depuis dix ans. « Je connais "
        "tous les habitués par leur prénom », sourit-il."
    )
    assert speaker_of(text, "fr", "Je connais") == "Paul Garnier"


def test_a_first_name_of_the_other_gender_is_not_the_pronoun_s() -> None:
    text = (
        LEAD + "Au marché, Hugo, 19 ans, apprenti chez un garagiste, attend le bus. « Sans "
        "lui, je devrai partir à cinq heures », confie-t-elle."
    )
    assert speaker_of(text, "fr", "Sans lui") != "Hugo"


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[\w’'\-]+|[^\w\s]", text)]


SPANISH = OpeningWords(
    determiners=frozenset({"el", "la", "un", "una", "su"}),
    articles=frozenset({"el", "la", "los", "las", "un", "una"}),
    links=frozenset({"de", "del"}),
    reflexives=frozenset({"se"}),
    auxiliaries=frozenset({"ha", "había"}),
)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("En la plaza, una vecina del barrio se queja del ruido", "una vecina del barrio"),
        ("Un comerciante, que pidió no ser citado, resume la situación", "Un comerciante"),
        ("El alcalde de la ciudad ha pedido calma", "El alcalde de la ciudad"),
        ("Su hermano, Tomás, recuerda la noche", "Tomás"),
    ],
)
def test_the_opening_subject_is_read_from_the_clause_s_words(sentence: str, subject: str) -> None:
    words = _words(sentence)
    found = opening_subject(
        words,
        SPANISH,
        lambda w: w.lower() in {"vecina", "comerciante", "alcalde", "hermano"},
        lambda w: w == "Tomás",
    )
    assert found is not None
    assert sentence[words[found.first][1] : words[found.stop - 1][2]] == subject


def test_a_description_with_a_name_in_apposition_is_left_to_the_name() -> None:
    words = _words("El alcalde, Juan Pérez Gil, ha pedido calma")
    assert opening_subject(words, SPANISH, lambda w: w == "alcalde", lambda w: False) is None


@pytest.mark.parametrize(
    ("language", "paragraph", "quoted", "speaker"),
    [
        (
            "fr",
            "Dans la file d'attente, un père de famille a lâché : « On attend depuis une heure "
            "avec les petits. »",
            "On attend",
            "un père de famille",
        ),
        (
            "fr",
            "Un usager, qui a préféré rester anonyme, résume : « Personne ne nous a prévenus. »",
            "Personne ne nous",
            "un usager",
        ),
        (
            "es",
            "Junto a la parada, un conductor de la empresa se encoge de hombros: «Nadie nos "
            "avisó de nada.»",
            "Nadie nos avisó",
            "un conductor de la empresa",
        ),
        (
            "es",
            "Su hermano, que trabaja en el puerto, lo resume así: «Aquí nadie escucha.»",
            "Aquí nadie",
            "su hermano",
        ),
    ],
)
def test_an_unnamed_person_opening_a_clause_closed_by_a_colon_speaks(
    language: str, paragraph: str, quoted: str, speaker: str
) -> None:
    lead = {
        "fr": LEAD,
        "es": "La línea 12 dejará de circular en enero.\n\n«Es una decisión brutal», denunció "
        "Claudia Montes, presidenta de la asociación de usuarios.\n\n",
    }[language]
    assert speaker_of(lead + paragraph, language, quoted) == speaker


def test_an_opening_phrase_before_a_pronoun_is_no_colon_s_subject() -> None:
    text = (
        LEAD + "Le premier jour, il m'a demandé : « Je dois venir à quelle heure ? » Je n'ai "
        "pas su répondre."
    )
    assert speaker_of(text, "fr", "Je dois venir") != "le premier jour"


def test_a_german_pronoun_after_the_cue_is_the_description_opening_the_sentence_before() -> None:
    # ``sagte er`` is read as ``a-t-il`` is: the sentence before opens with the defendant, whom
    # the article named with his role; his lawyer was named nearer.
    text = (
        "Vor dem Landgericht Kassel muss sich der Angeklagte Jonas R. wegen Betrugs "
        "verantworten.\n\n"
        "Sein Verteidiger Markus Haller beantragte einen Freispruch. Der Angeklagte hörte "
        "während der Plädoyers schweigend zu. „Ich wollte niemandem schaden“, sagte er am Ende."
    )
    found = speakers_and_roles(text, DAY, language="de")
    (who,) = [s for words, (s, _) in found.items() if words.startswith("Ich wollte")]
    assert who is not None and who.startswith("Jonas R")


def test_a_german_pronoun_never_stands_for_a_thing_opening_the_sentence_before() -> None:
    text = (
        "Die Stadtwerke legten am Montag ihre Bilanz vor.\n\n"
        "Der Jahresbericht wurde am Abend veröffentlicht. „Wir sind zufrieden“, sagte er."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert all(who != "der Jahresbericht" for who, _ in found.values())
