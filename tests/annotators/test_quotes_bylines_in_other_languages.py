"""A byline on a line of its own near a page's top in the article's language (``Por Ana Gil``,
``Par Jean Roy``, ``Von Eva Roth``: ``[bylines] line_labels``), below a site's name, a section,
the headline and its standfirst: the writer or the desk (``Por Redacción Deportes``) never
speaks.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_of_quotes


@pytest.mark.parametrize(
    ("language", "text", "quoted", "writer"),
    [
        (
            "fr",
            "LE JOURNAL DU NORD\nCulture\nLe festival de Lille affiche complet\n"
            "Les organisateurs annoncent une édition record.\nPar Claire Vandamme\n"
            "12 décembre 2026\nLe festival a vendu tous ses billets en trois jours. "
            "« Nous n'avions jamais vu ça », a-t-elle reconnu.",
            "Nous n'avions jamais vu ça",
            "Claire Vandamme",
        ),
        (
            "es",
            "EL DIARIO DEL NORTE\nDeportes\nEl Unión gana el clásico\n"
            "El equipo santafesino se impuso por dos a cero.\nPor Redacción Deportes\n"
            "12 de diciembre de 2026\nEl Unión ganó el clásico ante su público. "
            "“Fue un partido perfecto”, dijo él tras el partido.",
            "Fue un partido perfecto",
            "Redacción Deportes",
        ),
    ],
)
def test_a_writer_on_a_byline_line_is_no_speaker(
    language: str, text: str, quoted: str, writer: str
) -> None:
    assert speakers_of_quotes(text, language=language)[quoted] != writer


def test_the_writers_name_written_in_full_further_on_may_speak() -> None:
    # Under ``Por Tomás Rivas``, ``», replicó Tomás Rivas`` names someone of the story (the
    # writer quoted, or a namesake): only a part of the name read as the writer's is dropped.
    text = (
        "EL DIARIO DEL NORTE\nPolítica\nEl pleno aprueba el presupuesto\n"
        "La oposición votó en contra.\nPor Tomás Rivas\n12 de diciembre de 2026\n"
        "La alcaldesa Marina Ferrer defendió las cuentas. «Son las cuentas más sociales», "
        "aseguró Marina Ferrer.\n«No lo son», replicó Tomás Rivas, concejal de la oposición."
    )
    assert speakers_of_quotes(text, language="es")["No lo son"] == "Tomás Rivas"
