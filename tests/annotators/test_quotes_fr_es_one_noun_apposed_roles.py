"""A speaker's role given by one noun of a person in apposition after the name (issue #16):
``», lâche Anne Roy, commerçante.``, ``», dijo Ana Gil, comerciante.``; an adjective or an
adverb there (``émue``, ``hier``) is no role. French ``lâche`` right after a quotation is a
verb of speech (``lâcher``, as ``lâché`` and ``lâchait`` are), and ``en`` joins a role to its
trade (``grossiste en chaussures``, ``docteur en droit``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_one_french_noun_of_a_person_after_the_name_is_the_role() -> None:
    text = (
        "Le marché couvert de Rennes fermera pour travaux en mai.\n\n"
        "« Trois mois de travaux, c'est trop long », lâche Anne Roy, commerçante.\n\n"
        "« On a tout perdu », dit Paul Morel, retraité.\n\n"
        "« Personne ne nous a prévenus », dit Luc Blanc, ému.\n\n"
        "« Le loyer a doublé en un an », accuse Marc Petit, grossiste en fruits."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Trois mois de travaux, c'est trop long"] == ("Anne Roy", "commerçante")
    assert found["On a tout perdu"] == ("Paul Morel", "retraité")
    assert found["Personne ne nous a prévenus"] == ("Luc Blanc", None)
    assert found["Le loyer a doublé en un an"] == ("Marc Petit", "grossiste en fruits")


def test_one_spanish_noun_of_a_person_after_the_name_is_the_role() -> None:
    text = (
        "El mercado central de Valencia ardió el sábado.\n\n"
        "«Lo hemos perdido todo», dijo Ana Gil, comerciante.\n\n"
        "«Nadie nos avisó», contó Pedro Sanz, vecino."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Lo hemos perdido todo"] == ("Ana Gil", "comerciante")
    assert found["Nadie nos avisó"] == ("Pedro Sanz", "vecino")
