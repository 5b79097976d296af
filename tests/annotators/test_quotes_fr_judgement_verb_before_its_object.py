"""French verbs of judgement that are also nouns (``juge``, ``note``) read as verbs before the
article or the ``que`` opening their object, after a name or an apposition (``Le chercheur Paul
Roy, qui n'a pas participé à l'étude, juge la méthode « solide »``), not after a determiner,
where the word is the noun (``Le juge la condamne``) (session 42, lane F).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)
LEAD = "Une étude sur les glaciers alpins a été publiée mardi. "


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        (
            "Le chercheur Paul Roy, qui n'a pas participé à l'étude, juge la méthode « solide ».",
            "solide",
            "Paul Roy",
        ),
        (
            "Selon Marc Blanc, glaciologue à Grenoble, elle « change la donne ». Anne Morel, de "
            "l'université de Berne, juge que les auteurs « vont trop vite ».",
            "vont trop vite",
            "Anne Morel",
        ),
        # A second verb joined to the subject by a conjunction.
        (
            "Le maire Paul Roy salue un accord « historique », mais pointe les délais de "
            "livraison : « Nous attendons encore. »",
            "Nous attendons encore",
            "Paul Roy",
        ),
    ],
)
def test_fr_a_judgement_verb_before_its_object_is_a_cue(
    sentence: str, quoted: str, speaker: str
) -> None:
    found = speakers_and_roles(LEAD + sentence, DAY, language="fr")
    assert found[quoted][0] == speaker


def test_fr_the_noun_after_a_determiner_stays_no_cue() -> None:
    text = LEAD + "Au tribunal, le juge la condamne à une peine « exemplaire »."
    assert "exemplaire" not in speakers_and_roles(text, DAY, language="fr")


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Le gouvernement lance un « plan de relance » de cent milliards.", "plan de relance"),
        ("Le joueur écrit une « page d'histoire » du club.", "page d'histoire"),
        ("L'entreprise avance la « date de livraison » au mois de mars.", "date de livraison"),
        ("Le député soutient la « réforme » du gouvernement.", "réforme"),
        ("La région soutient les « petites entreprises » depuis 2020.", "petites entreprises"),
    ],
)
def test_fr_a_verb_that_launches_or_backs_its_object_stays_no_cue(
    sentence: str, quoted: str
) -> None:
    # Only verbs of judgement (``[quotes] object_cues``) read so before their object: the
    # other ``after_cues`` before an article launch, write or back a thing.
    assert quoted not in speakers_and_roles(LEAD + sentence, DAY, language="fr")


@pytest.mark.parametrize(
    "sentence",
    [
        # An adjective's noun (``le premier``: the first one) or a quantifier's (``chaque``)
        # before the word: neither a comma nor a name stands right before it.
        "Le premier juge la sanction « disproportionnée ».",
        "Chaque juge les traite « de tricheurs ».",
    ],
)
def test_fr_the_word_after_no_comma_or_name_stays_no_cue(sentence: str) -> None:
    assert speakers_and_roles(LEAD + sentence, DAY, language="fr") == {}
