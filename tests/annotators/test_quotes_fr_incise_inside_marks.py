"""An incise inside a French quotation's marks (``« C'est fini, dit-elle en souriant.
Demain, on recommence. »``) is no speech: the quotation is read as its words before the
incise, whose cue follows them, and its words after (session 31, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 30)


def test_an_incise_inside_the_marks_splits_the_quotation() -> None:
    text = (
        "La pièce se joue jusqu'à samedi au théâtre de Namur.\n\n"
        "« Le public est au rendez-vous », a assuré le directeur, Paul Roux.\n\n"
        "Sur scène, la comédienne Marie Dubois tient le rôle principal. « On sort de là "
        "épuisée, confie-t-elle en riant. Mais chaque soir, le public nous porte. »"
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["On sort de là épuisée"][0] == "Marie Dubois"
    assert "Mais chaque soir, le public nous porte" in found
    assert not any("confie-t-elle" in words for words in found)


def test_a_question_inverted_after_a_comma_is_no_incise() -> None:
    text = (
        "Le débat a duré deux heures.\n\n"
        "« Et maintenant, faut-il tout reprendre ? Je ne le crois pas », a dit Anne Morel."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Et maintenant, faut-il tout reprendre ? Je ne le crois pas"][0] == "Anne Morel"


def test_an_auxiliary_inverted_after_an_adverb_is_no_incise_without_a_speech_participle() -> None:
    # ``Aussi, a-t-il fallu``, ``Sans doute, a-t-elle été``: the inversion French makes after
    # an adverb, not an incise; ``, a-t-il encore ajouté.`` is one.
    text = (
        "Le chantier du pont a pris du retard.\n\n"
        "« Aussi, a-t-il fallu attendre trois ans avant les travaux », a expliqué Paul Roux.\n\n"
        "« Sans doute, a-t-elle été trop prudente, mais le pont tiendra », a jugé Anne Morel.\n\n"
        "« Rien n'est perdu, a-t-il encore ajouté. Les élus suivront. »"
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Aussi, a-t-il fallu attendre trois ans avant les travaux"][0] == "Paul Roux"
    assert "Sans doute, a-t-elle été trop prudente, mais le pont tiendra" in found
    assert found["Rien n'est perdu"][0] == "Paul Roux"
    assert found["Les élus suivront"][0] == "Paul Roux"
