"""A sentence's subject named after a long phrase its comma closes (issue #16): a role in
apposition before the name (``La portavoz de la Federación Andaluza de Municipios, Carmen
Lara Ortiz, defendió ...``) or an opening phrase; a verb of speech with no subject after the next
quotation (``», dijo.``, ``», a-t-il ajouté.``) is that person's.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_spanish_subject_after_a_long_apposed_role_speaks_next() -> None:
    text = (
        "Los ayuntamientos recibirán más fondos para el transporte escolar.\n\n"
        "La portavoz de la Federación Andaluza de Municipios, Carmen Lara Ortiz, defendió el "
        "acuerdo en el pleno del martes y pidió más plazo. “Los pueblos pequeños no llegan a "
        "tiempo”, dijo."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Los pueblos pequeños no llegan a tiempo"] == (
        "Carmen Lara Ortiz",
        "portavoz de la Federación Andaluza de Municipios",
    )


def test_a_spanish_subject_after_a_long_opening_phrase_speaks_next() -> None:
    text = (
        "El sindicato se reunió ayer.\n\n"
        "Durante la larga reunión de ayer en la sede central del sindicato, Marta Ruiz Gil "
        "pidió calma a los afiliados. «No hay ninguna prisa», añadió."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No hay ninguna prisa"][0] == "Marta Ruiz Gil"


def test_a_french_subject_after_a_long_apposed_role_speaks_next() -> None:
    text = (
        "Les quotas de pêche ont été fixés mardi à Bruxelles.\n\n"
        "Le président du comité régional des pêches de Bretagne, Luc Morvan, a salué les "
        "chiffres, mais regretté la méthode. « On nous consulte toujours trop tard », a-t-il "
        "ajouté."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["On nous consulte toujours trop tard"][0] == "Luc Morvan"
