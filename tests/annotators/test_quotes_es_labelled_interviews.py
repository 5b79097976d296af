"""A Spanish printed interview in ``P.``/``R.`` turns (pregunta, respuesta, as El País prints
them): the answers are the interviewee's words, under the fullest name the page gives her,
though Spanish drops its subject pronouns and most answers show the first person in the verb
only (``Vendemos más que nunca``); the questions are no one's (session 36, issue #16).

The article is written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_as_written

_TEXT = (
    "Cultura\n"
    "{headline}, librera: “Una librería de barrio es una plaza con techo”\n"
    "La librería La Lechuza cumple 40 años en el centro de Valencia.\n"
    "Por Marta Gil\n"
    "Lucía Ferrer Badía (Valencia, 1968) heredó la tienda de su padre en 1995 y la ha "
    "convertido en un punto de encuentro del barrio.\n"
    "P. ¿Cómo se sobrevive cuarenta años vendiendo libros?\n"
    "R. Con terquedad. Y con clientes que vuelven cada sábado aunque puedan comprar en "
    "internet.\n"
    "P. ¿Le preocupan las grandes plataformas?\n"
    "R. Claro que preocupan. Pero vendemos más que hace diez años, y eso no lo esperaba nadie.\n"
    "P. ¿Qué libro recomienda este invierno?\n"
    "R. Uno que me regaló mi padre y que sigo releyendo: Cañas y barro.\n"
    "La librería celebrará su aniversario con una lectura pública el 20 de diciembre.\n"
)


# (The headline gives her full name, or a shorter one the opening completes.)
@pytest.mark.parametrize("headline", ["Lucía Ferrer Badía", "Lucía Ferrer"])
def test_the_answers_of_a_labelled_interview_are_the_interviewees(headline: str) -> None:
    found = speakers_as_written(_TEXT.format(headline=headline), language="es")
    answers = [words for words in found if words.startswith(("Con terquedad", "Claro", "Uno"))]
    assert len(answers) == 3
    assert {found[words] for words in answers} == {"Lucía Ferrer Badía"}
    assert not any(words.startswith("¿") for words in found)


def test_a_dash_interviews_answers_take_the_full_name_of_its_opening() -> None:
    # The headline and a caption name ``María José Ortega``, the opening ``María José Ortega
    # Lasso``: the answers are hers under the full name, as her other quotations are.
    text = (
        "Cultura\n"
        "María José Ortega: “La poesía no se vende, se regala”\n"
        "La poeta publica su quinto libro. Hablamos con ella en su casa de Cuenca.\n"
        "Por Ana Solís\n"
        "María José Ortega en su casa de Cuenca. (Foto: Luis Vera)\n"
        "María José Ortega Lasso (Cuenca, 1971) nos recibe con café y una pila de cuadernos.\n"
        "—¿Por qué un libro sobre su padre?\n"
        "—Porque se lo debía. Mi padre era carpintero y leía a Machado en voz alta.\n"
        "—¿Escribe a mano?\n"
        "—Siempre. El ordenador me corrige demasiado pronto.\n"
        "—¿Qué lee ahora?\n"
        "—A los poetas jóvenes. Me enseñan a no repetirme.\n"
    )
    found = speakers_as_written(text, language="es")
    answers = [words for words in found if words.startswith(("Porque se lo", "Siempre", "A los"))]
    assert answers
    assert {found[words] for words in answers} == {"María José Ortega Lasso"}


def test_initials_opening_lines_are_names_not_turns() -> None:
    # A court report names the accused by their initials, each opening a line: ``P. R. T.``
    # and ``R. M. V.`` are people, not question and answer, and their words are not the
    # headline's magistrate's.
    text = (
        "Tribunales\n"
        "La jueza Molina: “El juicio no se volverá a aplazar”\n"
        "La vista por el fraude de las ayudas agrarias se reanudó ayer en Mérida.\n"
        "P. R. T., exalcalde de la localidad, negó haber firmado los expedientes.\n"
        "R. M. V., su secretaria, afirmó que ella solo archivaba mis órdenes y las de nadie más.\n"
        "R. J. C., el tercer acusado, pidió la palabra y culpó a la Junta.\n"
        "La vista continuará el lunes.\n"
    )
    found = speakers_as_written(text, language="es")
    assert not any(words.startswith(("M. V.", "J. C.", "R. T.")) for words in found)


def test_an_explainers_unlabelled_questions_need_most_answers_in_the_first_person() -> None:
    # An explainer prints its questions over their answers as an interview does, without
    # labels; one answer in three saying ``nos`` is no interview of the minister its headline
    # names (labelled ``P.``/``R.`` turns need only that share).
    text = (
        "Educación\n"
        "Las nuevas becas de Pilar Alegría, en preguntas y respuestas\n"
        "El Gobierno aprobó ayer el decreto de becas para el próximo curso.\n"
        "\n"
        "¿Quién puede pedirlas?\n"
        "Los estudiantes con una renta familiar inferior a 40.000 euros al año.\n"
        "\n"
        "¿Cuánto dinero reciben?\n"
        "Hasta 3.500 euros. Nos referimos a la cuantía fija, sin los complementos.\n"
        "\n"
        "¿Cuándo se abre el plazo?\n"
        "El 15 de marzo, en la sede electrónica del ministerio.\n"
    )
    found = speakers_as_written(text, language="es")
    assert not any(words.startswith(("Los estudiantes", "Hasta", "El 15")) for words in found)
