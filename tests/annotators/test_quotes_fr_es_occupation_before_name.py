"""A speaker's role written before the name as a noun of what the person does, perhaps with an
adjective after it as French and Spanish place them (issue #16): ``dit l'artiste innue Rose
Picard``, ``dit l'ingénieur Marc Picard``, ``La climatóloga Marta Gil Soto, de la Universidad
Central, explicó``; the role is the noun and its adjective, as a title before a name is."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_french_occupation_before_the_name_is_the_role() -> None:
    text = (
        "Le festival de Québec a ouvert ses portes jeudi.\n\n"
        "« On verra bien lundi », dit l'ingénieur Marc Picard.\n\n"
        "« Je serai la première à applaudir », dit l'artiste innue Rose Caron.\n\n"
        "Le photographe nantais Luc Morin a lancé une pétition. « Il faut sauver ce pont », "
        "dit-il."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["On verra bien lundi"] == ("Marc Picard", "ingénieur")
    assert found["Je serai la première à applaudir"] == ("Rose Caron", "artiste innue")
    assert found["Il faut sauver ce pont"] == ("Luc Morin", "photographe nantais")


def test_a_spanish_occupation_before_the_subject_s_name_is_the_role() -> None:
    text = (
        "Las lluvias siguen en Quito.\n\n"
        "La climatóloga Marta Gil Soto, de la Universidad Central, explicó a la prensa que el "
        "río sigue creciendo. «Esto apenas empieza», advirtió.\n\n"
        "«Vendemos menos que antes», dijo la comerciante otavaleña Rosa Vidal."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Esto apenas empieza"] == ("Marta Gil Soto", "climatóloga")
    assert found["Vendemos menos que antes"] == ("Rosa Vidal", "comerciante otavaleña")


def test_a_day_or_a_month_opening_the_sentence_is_no_role() -> None:
    text = (
        "El premio se entregó en Cádiz.\n\n"
        "El martes, Nora Ibáñez recibió el Premio de los Lectores. «Escribí este libro de "
        "madrugada», contó Nora Ibáñez.\n\n"
        "En enero, Pedro Sanz Gil presentó su primer disco. «Fue un año muy duro», dijo."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Escribí este libro de madrugada"] == ("Nora Ibáñez", None)
    assert found["Fue un año muy duro"] == ("Pedro Sanz Gil", None)
