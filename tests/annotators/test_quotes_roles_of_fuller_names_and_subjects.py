"""The role an article states for a person, given to their quotation when the speaker is found
otherwise than at that mention (session 40): a Spanish surname written alone that attribution
makes whole (``dijo Tomás`` under ``Elena Tomás Quiroga``), and the named subject of a sentence
whose verb is no verb of speech (``cree que ... "..."``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_surname_made_whole_takes_the_role_apposed_to_the_whole_name() -> None:
    text = (
        "La consejera, Elena Tomás Quiroga, explicó el recorte ante la comisión. «No queda "
        "presupuesto», dijo Tomás."
    )
    assert speakers_in(text, "es")["No queda presupuesto"] == (
        "Elena Tomás Quiroga",
        "consejera",
    )


def test_a_surname_made_whole_takes_its_own_role_not_another_persons() -> None:
    # Two people share a surname's neighbourhood: each keeps the role stated for them.
    text = (
        "El alcalde, Juan Gil Ruiz, presentó el presupuesto. La concejala de Hacienda, Marta "
        "Prieto Sanz, lo defendió en el pleno. «No hay margen», dijo Gil."
    )
    assert speakers_in(text, "es")["No hay margen"] == ("Juan Gil Ruiz", "alcalde")


def test_a_named_subject_of_a_sentence_without_a_verb_of_speech_has_its_role() -> None:
    text = "Julián Ferrero, economista de la firma, cree que el recorte es “prudente pero tardío”."
    assert speakers_in(text, "es")["prudente pero tardío"] == (
        "Julián Ferrero",
        "economista de la firma",
    )


def test_a_named_subject_without_a_verb_of_speech_has_its_role_in_english_too() -> None:
    # The same mechanism in every language: the role stated for the person, before the name
    # or apposed to it.
    text = 'John Smith, an analyst at Barclays, believes the cut is "defensive but inevitable".'
    assert speakers_in(text, "en")["defensive but inevitable"] == (
        "John Smith",
        "analyst at Barclays",
    )
    text = (
        'Senator Mary Jones met reporters on Monday. Mary Jones has long pushed for a "no fly '
        'zone" over the region.'
    )
    assert speakers_in(text, "en")["no fly zone"] == ("Mary Jones", "Senator")
