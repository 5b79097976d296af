"""Spanish quotations that run over lines and interview answers that hold quoted words.

A long quotation leaves each of its paragraphs (or a page's lines) open and reopens the next
with a mark; the cue after its last part has no subject (``», advirtió.``) and refers to the
person the sentence before its first part names. An interview's dash answer quoting a title
(``Escribí «Mar de fondo» ...``) is still the interviewee's answer.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_and_roles(text, DAY, language="es")


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_quotation_reopened_on_the_next_line_is_the_speaker_named_before_it(gap: str) -> None:
    text = (
        "Apagones en la isla.\n\nPara la ingeniera Carmen Vidal Ros, exdecana del colegio, el "
        f"problema es otro.{gap}«Tenemos centrales viejas y una red frágil. Si no se invierte, "
        f"seguiremos a oscuras.{gap}«Cambiar de empresa no lo arregla. Hace falta un plan a "
        "veinte años», advirtió.\n\nEl Gobierno no respondió."
    )
    found = _found(text)
    assert found["Cambiar de empresa no lo arregla. Hace falta un plan a veinte años"][0] == (
        "Carmen Vidal Ros"
    )
    assert found["Tenemos centrales viejas y una red frágil. Si no se invierte, seguiremos a "
                 "oscuras"][0] == "Carmen Vidal Ros"  # fmt: skip


def test_straight_marks_reopening_a_line_make_no_quotation_of_the_cue() -> None:
    text = (
        "Derrota en casa.\nEl portero del Betis, Rui Silva Lopes, fue el único que habló. "
        '"Nos duele mucho perder así, delante de nuestra gente.\n"Ahora toca levantarse, '
        'porque aún dependemos de nosotros", dijo.\nEl equipo suma 30 puntos.'
    )
    found = _found(text)
    assert set(found) == {
        "Nos duele mucho perder así, delante de nuestra gente",
        "Ahora toca levantarse, porque aún dependemos de nosotros",
    }
    assert {who for who, _ in found.values()} == {"Rui Silva Lopes"}


def test_an_answer_quoting_a_title_is_the_interviewees() -> None:
    text = (
        "Lucía Prats: «Canto para no olvidar»\n\nEntrevista\n\nLa cantante publica su tercer "
        "disco.\n\n—¿Cómo nació el disco?\n\n—En una cocina de Lavapiés. Escribí «Mar de fondo» "
        "una noche de insomnio y la grabé con el móvil.\n\n—¿Y el título?\n\n—Lo eligió mi "
        "hermano. Siempre decía «esto suena a despedida» y se quedó.\n\n—¿Volverá a Valencia?"
        "\n\n—Claro. Allí tengo a mi gente."
    )
    found = _found(text)
    answers = [words for words in found if words.startswith(("En una cocina", "Lo eligió"))]
    assert len(answers) == 2
    assert all(found[words][0] == "Lucía Prats" for words in answers)
    assert "Mar de fondo" not in found
