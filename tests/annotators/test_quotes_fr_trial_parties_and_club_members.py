"""French people described, not named (session 31, issue #16): the parties of a trial
(``une plaignante``, ``un prévenu``, ``une victime``) and a club's ``abonné`` are persons whose
sentence a joined pronoun points back to; an inverted cue's subject may come after a place
phrase (``glissait à la sortie un abonné``), which is no part of it.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_a_joined_pronoun_points_back_to_a_victim_described_in_the_sentence_before() -> None:
    text = (
        "Le procès de l'ancien notaire s'est ouvert lundi à Rennes.\n\n"
        "La présidente, Anne Morel, a rappelé les faits.\n\n"
        "Devant le tribunal, une victime de 74 ans, qui avait prêté ses économies au prévenu, "
        "s'est effondrée. « Il m'appelait tous les dimanches », a-t-elle raconté."
    )
    assert speaker_of(text, "fr", "Il m'appelait") == "une victime de 74 ans"


def test_a_place_phrase_before_an_inverted_subject_is_skipped() -> None:
    text = (
        "Le stade a vibré jusqu'au coup de sifflet final.\n\n"
        "« On a su rester calmes », a expliqué le capitaine, Louis Bernard.\n\n"
        "« Trente ans que je viens, jamais vu ça », lâchait à la sortie une abonnée de la "
        "tribune sud."
    )
    assert speaker_of(text, "fr", "Trente ans") == "une abonnée de la tribune sud"


def test_a_quoted_word_after_the_verb_leaves_a_colon_sentence_subject_speaking() -> None:
    text = (
        "L'usine de Tavannes fermera en juin.\n\n"
        "« C'est un coup dur pour la vallée », a réagi le maire, Paul Roux.\n\n"
        "Une ouvrière, qui préfère taire son nom, décrit une ambiance « lourde » depuis "
        "l'été : « On savait que ça allait tomber. On ne savait pas quand. »"
    )
    assert speaker_of(text, "fr", "On savait que") == "une ouvrière"
