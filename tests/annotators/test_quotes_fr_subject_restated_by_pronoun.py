"""A pronoun set off by commas after a subject restates it (French ``La CGT, elle, a
dénoncé``, ``Le maire, lui, a promis``): the subject before it speaks, not the nearest person
of the pronoun's gender (session 31, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_a_body_restated_by_a_pronoun_between_commas_speaks() -> None:
    text = (
        "Le projet de loi sur les retraites arrive au Sénat.\n\n"
        "Pour Sophie Binet, économiste à l'OFCE, le texte « reste flou ».\n\n"
        "La CFDT, elle, a salué « un compromis acceptable »."
    )
    assert speaker_of(text, "fr", "un compromis acceptable") == "CFDT"


def test_a_person_restated_by_a_tonic_pronoun_speaks() -> None:
    text = (
        "Le conseil municipal a voté le budget.\n\n"
        "« Nous investissons dans les écoles », a déclaré la maire, Anne Morel.\n\n"
        "Le chef de l'opposition, Paul Roux, lui, a dénoncé « un budget de façade »."
    )
    assert speaker_of(text, "fr", "un budget de façade") == "Paul Roux"
