"""A French role that is someone's deputy or adviser names the title it serves after ``à``,
``au``, ``de`` (``l'adjointe au maire``, ``le conseiller du préfet``): the whole phrase is the
role, not the title at its end (session 33, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_deputy_to_the_mayor_keeps_her_whole_role() -> None:
    text = (
        "La patinoire de la place Kléber rouvre samedi.\n\n"
        "« Nous attendons dix mille patineurs », a annoncé l'adjointe au maire chargée des "
        "sports, Claire Muller."
    )
    assert speakers_in(text, "fr")["Nous attendons dix mille patineurs"] == (
        "Claire Muller",
        "adjointe au maire chargée des sports",
    )


def test_an_elided_article_is_left_off_the_role_after_a_reflexive_verb() -> None:
    text = (
        "Le festival de jazz de Colmar a fermé ses portes.\n\n"
        "« Le public a répondu présent », s'est réjouie l'adjointe au maire chargée de la culture "
        "et du patrimoine, Anne Schmitt."
    )
    assert speakers_in(text, "fr")["Le public a répondu présent"] == (
        "Anne Schmitt",
        "adjointe au maire chargée de la culture et du patrimoine",
    )
