"""French partial quotations of a verdict (session 32, lane D): one or two words quoted after
a verb of judgement (``Il juge le tarif « excessif »``) are the words of the verb's subject,
found again as the release found them, now with their speaker.

An adverb of contrast between the auxiliary and the participle (``Elle a toutefois jugé``,
``Il a cependant estimé``) leaves the subject before them; a verb that is also a noun (``juge``,
``note``) is a verb right after a subject pronoun (``Il juge``, ``on note``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


@pytest.mark.parametrize("adverb", ["toutefois", "cependant", "néanmoins"])
def test_an_adverb_of_contrast_before_the_participle_keeps_the_subject(adverb: str) -> None:
    text = (
        "La sénatrice Claire Dumont a salué la réforme des retraites. "
        f"Elle a {adverb} jugé le calendrier « trop serré »."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["trop serré"][0] == "Claire Dumont"


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        (
            "Le syndicaliste Marc Oudin a quitté la table. Il juge l'offre « indécente ».",
            "indécente",
            "Marc Oudin",
        ),
        (
            "La chercheuse Inès Roussel a lu le rapport. Elle note une hausse « inédite ».",
            "inédite",
            "Inès Roussel",
        ),
    ],
)
def test_a_verb_that_is_also_a_noun_is_a_cue_after_a_subject_pronoun(
    sentence: str, quoted: str, speaker: str
) -> None:
    found = speakers_and_roles(sentence, DAY, language="fr")
    assert found[quoted][0] == speaker


def test_the_noun_after_an_article_is_still_no_cue() -> None:
    text = "Le juge a rendu sa « copie » mardi, dix jours après l'audience."
    assert "copie" not in speakers_and_roles(text, DAY, language="fr")


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Le maire, Paul Roche, l'a jugée « irréaliste » dès mardi.", "irréaliste"),
        ("Le maire Paul Roche les a qualifiées de « sérieuses ».", "sérieuses"),
    ],
)
def test_a_participle_agreeing_with_its_object_pronoun_is_a_cue(sentence: str, quoted: str) -> None:
    lead = "Les propositions des élus ont été remises lundi. "
    found = speakers_and_roles(lead + sentence, DAY, language="fr")
    assert found[quoted][0] == "Paul Roche"
