"""French speakers that a hospital's acronym, a title, an adverb or a source after ``selon``
hid: a hospital named by its acronym and town is a body (``au CHR de Metz``), never a person a
pronoun points back to; an honorific between a role and a name (``la cheffe du service, la Dr
X``, ``Me X``) is no role; an adverb between the auxiliary and the verb (``Il a déjà dénoncé``)
keeps the subject; ``selon X`` right after a quotation in a relative clause, or a body no
entity covers (``selon Santé publique France``), names the source; and the person opening a
clause a colon closes speaks (``L'entraîneur lyonnais X, lui, jubilait : « ... »``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.entities import typed
from helpers.quotes import speaker_of, speakers_and_roles

DAY = dt.date(2026, 3, 4)
FR_LEAD = "Le gouvernement a présenté mardi son plan pour l'hôpital.\n\n"


def test_a_hospital_named_by_its_acronym_is_no_speaker() -> None:
    text = FR_LEAD + (
        "La ministre de la Santé, Julie Caron, a annoncé des lits. « Nous tiendrons cet hiver, "
        "a déclaré la ministre lors d'une visite au CHR de Metz. Chaque service compte. »\n\n"
        "Au CHU de Rennes, le directeur, Paul Leduc, salue « un effort ». « Le vrai problème, "
        "c'est le personnel », affirme-t-il."
    )
    assert speaker_of(text, "fr", "Nous tiendrons cet hiver") == "Julie Caron"
    assert speaker_of(text, "fr", "Le vrai problème") == "Paul Leduc"
    found = typed(text, "fr")
    assert found["CHR de Metz"] == found["CHU de Rennes"] == "organisation"


def test_an_honorific_between_a_role_and_a_name_is_no_role() -> None:
    text = FR_LEAD + (
        "À l'hôpital de Brest, la cheffe du service, la Dr Anne Morel, salue « un effort ». "
        "« Le vrai problème, c'est le matériel », affirme-t-elle.\n\n"
        "L'avocat de la défense, Me Louis Garnier, a plaidé « la légitime défense »."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["un effort"] == ("Anne Morel", "cheffe du service")
    assert found["Le vrai problème, c'est le matériel"][0] == "Anne Morel"
    assert found["la légitime défense"] == ("Louis Garnier", "avocat de la défense")


def test_an_adverb_between_the_auxiliary_and_the_verb_keeps_the_subject() -> None:
    text = FR_LEAD + (
        "Le maire, Paul Girard, viendra mardi. Il a déjà dénoncé « un projet coûteux ».\n\n"
        "La sénatrice, Rose Blanc, viendra jeudi. Elle a aussi dénoncé « un texte bâclé »."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["un projet coûteux"][0] == "Paul Girard"
    assert found["un texte bâclé"][0] == "Rose Blanc"


def test_according_to_after_a_quotation_in_a_relative_clause_names_its_source() -> None:
    text = FR_LEAD + (
        "La ministre du Travail, Sophie Lenoir, a annoncé lundi un plan contre un chômage qui "
        "monte « plus vite que prévu », selon Pôle emploi.\n\n"
        "Le maire, Paul Girard, a qualifié le budget de « sérieux », selon l'AFP.\n\n"
        "La grippe arrive « avec deux semaines d'avance », selon Santé publique France."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["plus vite que prévu"][0] == "Pôle emploi"
    assert found["sérieux"][0] == "Paul Girard"
    assert found["avec deux semaines d'avance"][0] == "Santé publique France"


def test_the_person_opening_a_clause_a_colon_closes_speaks() -> None:
    text = FR_LEAD + (
        "« On a mal joué », regrettait l'entraîneur Paul Roux. « C'est dur. »\n\n"
        "L'entraîneur lyonnais Marc Henry, lui, jubilait : « Mes joueurs ont été superbes. »\n\n"
        "Jean Morel souriait : « Nous avons tenu bon. »"
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Mes joueurs ont été superbes"] == ("Marc Henry", "entraîneur lyonnais")
    assert found["Nous avons tenu bon"][0] == "Jean Morel"
