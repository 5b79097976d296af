"""A noun of an occupation right before a name is that person's role (``le boulanger Paul
Roy``), never with the noun of whose relative or partner it follows (``la fille du boulanger
Paul Roy``: Paul Roy is the baker, not a daughter): only a title is held by the one a role of
its holder names (``l'adjointe au maire X``; session 34 review).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_french_occupation_after_a_relatives_noun_is_the_named_persons_role() -> None:
    text = (
        "L'exposition du musée des Beaux-Arts a fermé lundi.\n\n"
        "Le frère du photographe Paul Roy a tout suivi. « Les tirages sont partis en une "
        "heure », a-t-il raconté."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Les tirages sont partis en une heure"][1] in {"photographe", None}


def test_a_spanish_occupation_after_a_relatives_noun_is_the_named_persons_role() -> None:
    text = (
        "La panadería de la plaza reabrió el lunes.\n\n"
        "«Trabaja desde las cuatro», dijo el hermano del vendedor Pablo Ruiz Gil."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert {role for _, role in found.values()} <= {"vendedor", None}
