"""A demonstrative after a cue points back to a person named before (session 31, issue
#16): with ``dernier``/``último`` to the person of its gender named last (``», a assuré ce
dernier``, ``», aseguró esta última``), with a description noun to the person the sentence
before opens with (``», soupire ce commerçant``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_ce_dernier_is_the_man_named_last() -> None:
    text = (
        "Le conseil a voté la rénovation du stade.\n\n"
        "Le maire a reçu lundi Julien Garnier, le président du club. « Nous jouerons ici dès "
        "septembre », a assuré ce dernier."
    )
    assert speaker_of(text, "fr", "Nous jouerons ici") == "Julien Garnier"


def test_esta_ultima_is_the_woman_named_last() -> None:
    text = (
        "El ayuntamiento aprobó el nuevo mercado.\n\n"
        "El concejal se reunió con Lucía Herrera, portavoz de los comerciantes. «Llevamos años "
        "esperando», aseguró esta última."
    )
    assert speaker_of(text, "es", "Llevamos años esperando") == "Lucía Herrera"


def test_a_demonstrative_description_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Le port de Concarneau attend la fin de la tempête.\n\n"
        "« Les quotas nous étranglent », a dénoncé le député Marc Le Goff.\n\n"
        "Sur le marché, Pierre Caradec range ses cagettes. « Avant, on vendait tout avant "
        "midi », soupire ce commerçant."
    )
    assert speaker_of(text, "fr", "Avant, on vendait") == "Pierre Caradec"
