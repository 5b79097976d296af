"""French dialogue lines: a dash opens the speech, no quotation marks, and an inverted incise
after a comma or a question mark says who speaks, with no dash before it (``— Où va-t-il ?
demande-t-elle.``); the speech runs on after the incise's sentence. The lines may make one
paragraph and hold apostrophes (``l'argent``), which are no quotation marks.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 30)


def test_dash_lines_with_an_inverted_incise_are_quotations_of_its_subject() -> None:
    text = (
        "Au marché de Treichville, la colère monte après l'incendie.\n"
        "– L'assurance n'a rien remboursé, déplore Kouadio Yao, boucher.\n"
        "— Et qui paiera les dégâts ? interroge sa voisine, Marie Lefèvre. Personne ne nous "
        "répond.\n"
        "La mairie promet une réunion jeudi."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["L'assurance n'a rien remboursé"][0] == "Kouadio Yao"
    assert found["Et qui paiera les dégâts ?"][0] == "Marie Lefèvre"
    assert found["Personne ne nous répond"][0] == "Marie Lefèvre"


def test_an_object_pronoun_may_stand_before_the_incise_verb() -> None:
    text = (
        "Le procès s'est ouvert lundi à Lyon.\n\n"
        "— Pourquoi avoir menti aux enquêteurs ? lui demande la présidente, Anne Morel.\n\n"
        "Le prévenu garde le silence."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Pourquoi avoir menti aux enquêteurs ?"] == ("Anne Morel", "présidente")


def test_dash_lines_without_an_incise_are_no_speech() -> None:
    text = (
        "Le programme de la journée d'accueil.\n"
        "– visite de l'usine, suivie d'un repas\n"
        "– conférence, puis débat avec les élus\n"
    )
    assert speakers_and_roles(text, DAY, language="fr") == {}


def test_a_speech_verb_that_is_a_noun_with_its_complement_turns_no_dash_line_to_speech() -> None:
    # ``annonce``, ``note``, ``demande`` are nouns too: before ``du``/``de`` or a participle
    # they open no incise, where ``lance la juge``, ``accuse Paul Roux`` do.
    text = (
        "Le calendrier de la réforme.\n"
        "– Lundi : réunion des syndicats, annonce du plan.\n"
        "– Mardi : vote au conseil, demande de report rejetée.\n"
        "– une hausse des salaires — annonce faite jeudi par la ministre ;\n"
    )
    assert speakers_and_roles(text, DAY, language="fr") == {}
    dialogue = (
        "Au conseil, le ton monte.\n"
        "– Ce plan est bâclé, accuse Paul Roux.\n"
        "– Vous caricaturez ! lance la maire, Anne Morel.\n"
    )
    found = speakers_and_roles(dialogue, DAY, language="fr")
    assert found["Ce plan est bâclé"][0] == "Paul Roux"
    assert found["Vous caricaturez !"][0] == "Anne Morel"
