"""A description after ``selon`` or an inverted cue, then a comma and a name behind a title
(``Selon un expert de l'université, le professeur Albert Kalonji, « ... »``): the name speaks,
the description (less its article) is the role; a body after a role's link (``, analyste chez
Oddo BHF``) is never the name.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 30)


def test_the_titled_name_after_the_description_speaks() -> None:
    text = (
        "Selon un expert des crues de l'université de Lille, le professeur Marc Dubreuil, "
        "« un tiers des maisons du quartier sont bâties en zone inondable »."
    )
    (found,) = speakers_and_roles(text, DAY, language="fr").values()
    assert found == ("Marc Dubreuil", "expert des crues de l'université de Lille")


def test_a_body_after_the_role_of_the_name_does_not_speak() -> None:
    text = (
        "« Le plan est ambitieux mais tenable », estime Claire Vautrin, analyste chez "
        "Meridia Capital."
    )
    (found,) = speakers_and_roles(text, DAY, language="fr").values()
    assert found[0] == "Claire Vautrin"


def test_a_place_after_a_preposition_is_no_titled_name() -> None:
    text = (
        "Los fiscales deberán probar que el acusado actuó “con premeditación”, de acuerdo con "
        "el escrito de acusación, presentado en el Tribunal Sur de Nueva York."
    )
    (found,) = speakers_and_roles(text, DAY, language="es").values()
    assert found[0] != "Tribunal Sur de"


def test_the_subject_after_the_source_of_selon_is_no_apposition() -> None:
    # The comma closes ``Selon la police``; the titled name opens the clause the source
    # reports: the police speak, not the suspect.
    for language, text in (
        ("fr", "Selon la police, le suspect Jean Dupont a « tout avoué » pendant sa garde à vue."),
        ("fr", "Selon le parquet, le prévenu Paul Garnier, 34 ans, « n'a jamais travaillé »."),
        ("es", 'Según la policía, el detenido Juan López estaba "muy nervioso" en el juzgado.'),
        ("es", 'Según fuentes del club, el delantero Marcos Ruiz "no seguirá" el año que viene.'),
    ):
        (found,) = speakers_and_roles(text, DAY, language=language).values()
        assert found[0] not in ("Jean Dupont", "Paul Garnier", "Juan López", "Marcos Ruiz")
