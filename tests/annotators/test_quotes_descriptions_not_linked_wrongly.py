"""Descriptions and speaker phrases that must not be read past what they say: a preposition
completing a description's noun is no verb's (``la lutte contre la fraude``), the one told
before the speaker's name does not end the phrase (``dijo también a EFE el alcalde X``), a
title another name for two titles links only a whole title of the description's gender, a
source noun with its own modifier (``the other witness``) or held by two people is no one
named, and an epithet of a body two bodies named before could be is no one of them."""

from __future__ import annotations

import datetime as dt

from tests.helpers.quotes import speakers_and_roles, speakers_of_quotes

_COMPLEMENTED_FR = (
    "Le gouvernement a présenté son plan contre la fraude sociale.\n\n"
    "Le responsable de la lutte contre la fraude a déclaré : « Nous allons renforcer les "
    "contrôles dès janvier ».\n"
)

_COMPLEMENTED_ES = (
    "El Gobierno presentó ayer el plan nacional contra el cáncer.\n\n"
    "El director del centro para la investigación del cáncer dijo: “Faltan fondos para "
    "todo”.\n"
)


def test_a_preposition_after_a_description_s_noun_completes_the_noun() -> None:
    """``Le responsable de la lutte contre la fraude a déclaré :``: ``lutte`` follows an
    article, so it is no verb and ``contre`` no verb's preposition; the description runs to
    the noun (not ``le responsable de la``)."""
    fr = speakers_of_quotes(_COMPLEMENTED_FR, language="fr")
    assert fr["Nous allons renforcer les contrôles dès janvier"] == "le responsable de la lutte"
    es = speakers_of_quotes(_COMPLEMENTED_ES, language="es")
    assert es["Faltan fondos para todo"] == "el director del centro"
