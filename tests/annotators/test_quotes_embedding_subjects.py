"""A short quotation with no cue in its sentence, embedded in what the sentence's subject does
(``la CPME juge la réforme « difficile à financer »``), is the subject's: a body or a person
opening the sentence past an opening phrase, or a person named in apposition to the
description opening it (``Sa présidente, Anne Lefort, réclame « ... »``), in French, Spanish
and German alike.

The sentences are written for these tests in the manner of news articles; none is copied from
a key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speaker_of, speakers_and_roles

DAY = dt.date(2026, 10, 2)

ARTICLES = {
    "fr": (
        "La réforme des retraites divise le pays.\n\n"
        "« Nous irons jusqu'au bout », a affirmé Claire Montel, ministre du Travail.\n\n"
        "Du côté des employeurs, la CPME juge la réforme « difficile à financer ». Sa "
        "présidente, Anne Lefort, réclame « un délai d'un an »."
    ),
    "es": (
        "La reforma laboral divide al país.\n\n"
        "«Llegaremos hasta el final», afirmó Claudia Montes, ministra de Trabajo.\n\n"
        'Por su parte, la patronal CEOE califica la reforma de "difícil de financiar". Su '
        'presidente, Antonio Garamendi Lecanda, reclama "un año más de plazo".'
    ),
    "de": (
        "Die Rentenreform spaltet das Land.\n\n"
        "„Wir ziehen das durch“, sagte Arbeitsministerin Claudia Maier.\n\n"
        "Der Arbeitgeberverband BDA nannte die Reform „kaum finanzierbar“. Sein Präsident, "
        "Rainer Dulger, verlangt „ein Jahr mehr Zeit“."
    ),
}


@pytest.mark.parametrize(
    ("language", "quoted", "speaker"),
    [
        ("fr", "difficile", "CPME"),
        ("fr", "un délai", "Anne Lefort"),
        ("es", "un año", "Antonio Garamendi Lecanda"),
        ("de", "ein Jahr", "Rainer Dulger"),
    ],
)
def test_a_short_quotation_without_a_cue_is_its_sentence_subject_s(
    language: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(ARTICLES[language], language, quoted) == speaker


def test_a_verb_after_a_name_s_comma_is_no_role() -> None:
    # ``a`` is the French auxiliary there, not the English article opening a description.
    text = (
        "Le conseil a voté le budget.\n\n"
        "L'élu d'opposition, Paul Garnier, a tenté de calmer la salle. « Nous trouverons une "
        "solution pour la piscine », a-t-il expliqué."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    speaker, role = found["Nous trouverons une solution pour la piscine"]
    assert speaker == "Paul Garnier"
    assert role is None or "tenté" not in role


@pytest.mark.parametrize(
    ("language", "text", "quoted", "role"),
    [
        (
            "fr",
            "Le festival ouvre vendredi.\n\nLe régisseur du théâtre, Hugo Ferrand, a vérifié "
            "les décors. « Tout sera prêt à temps », a-t-il assuré.",
            "Tout sera prêt à temps",
            "régisseur du théâtre",
        ),
        (
            "fr",
            "Le festival ouvre vendredi.\n\nL'accessoiriste, Lucie Ferrand, a vérifié les "
            "décors. « Tout sera prêt à temps », a-t-elle assuré.",
            "Tout sera prêt à temps",
            "accessoiriste",
        ),
        (
            "es",
            "El festival abre el viernes.\n\nEl tramoyista del teatro, Hugo Ferrán Vidal, revisó "
            "los decorados. «Todo estará listo a tiempo», aseguró.",
            "Todo estará listo a tiempo",
            "tramoyista del teatro",
        ),
    ],
)
def test_a_description_opening_the_sentence_before_a_name_s_comma_is_its_role(
    language: str, text: str, quoted: str, role: str
) -> None:
    found = speakers_and_roles(text, DAY, language=language)
    assert found[quoted][1] == role


@pytest.mark.parametrize(
    ("language", "text", "quoted", "subject"),
    [
        (
            "fr",
            "Le derby a tenu ses promesses. Dimanche soir, l'OL a battu Saint-Étienne, "
            "surnommé « le voisin honni » par les ultras.",
            "le voisin",
            "OL",
        ),
        (
            "es",
            "El derbi no defraudó. El domingo, el Sevilla venció al Betis, apodado "
            '"el eterno rival" por su afición.',
            "el eterno",
            "Sevilla",
        ),
    ],
)
def test_a_quotation_in_a_clause_after_a_comma_is_not_the_sentence_subject_s(
    language: str, text: str, quoted: str, subject: str
) -> None:
    # The quotation names the object in a participle's clause; its words are the fans'.
    found = speakers_and_roles(text, DAY, language=language)
    assert all(who != subject for words, (who, _) in found.items() if words.startswith(quoted))
