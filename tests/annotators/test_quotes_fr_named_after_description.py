"""A sentence opening with a description and a name (``Le viticulteur Jean Dupont a lancé``)
has the named person as its subject: a pronoun's quotation after it is theirs, not the
description's as written, also when the first name tells no gender (``Dominique``) (session
33, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_pronoun_after_a_described_and_named_subject_is_the_person() -> None:
    text = (
        "La fermeture de la route du centre inquiète les boutiques.\n\n"
        "Le commerçant Dominique Morel a lancé une pétition. "
        "« Sans la route, nous perdons la saison », explique-t-il."
    )
    assert speakers_in(text, "fr")["Sans la route, nous perdons la saison"][0] == (
        "Dominique Morel"
    )


def test_a_name_the_description_is_of_is_not_the_subject() -> None:
    # (review of session 33) ``Le frère de Bernard Guillou``: the name after ``de`` is whom the
    # description is of; the brother speaks, not Bernard Guillou.
    text = (
        "Le procès de l'incendie de Rezé s'est ouvert lundi.\n\n"
        "Le frère de Bernard Guillou a témoigné mardi. "
        "« Mon frère n'a jamais menti », explique-t-il."
    )
    assert speakers_in(text, "fr")["Mon frère n'a jamais menti"][0] != "Bernard Guillou"
