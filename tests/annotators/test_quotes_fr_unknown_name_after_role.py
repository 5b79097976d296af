"""A name the entity annotator does not know (a first name outside its lists, common in
francophone African and other news) set off by a comma after a role and an inverted verb
(``», a déclaré le gouverneur de la région, Ousmane Traoré.``) is the speaker, the role
theirs; not the role alone (session 33, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_an_unknown_name_in_apposition_after_an_inverted_verb_speaks() -> None:
    text = (
        "La saison des pluies a commencé à Bobo-Dioulasso.\n\n"
        "« Les digues tiendront cette année », a assuré le gouverneur de la région, "
        "Sibiri Ouattara."
    )
    assert speakers_in(text, "fr")["Les digues tiendront cette année"] == (
        "Sibiri Ouattara",
        "gouverneur de la région",
    )
