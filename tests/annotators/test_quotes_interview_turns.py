"""An interview printed as dash lines without a heading that names it one: once its questions
and answers show it is one, a dash line after an answer is the interviewer's next turn even
without a question mark (``—Usted ha dicho que ...``), and the line after it an answer of the
one the headline names.

The interview is written for these tests; none of it is copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.quotes.marks import find_quotes

INTERVIEW = (
    "Lucía Ferreiro: «Volver a Vigo fue volver a escribir»\n"
    "Cultura · Libros\n"
    "La novelista gallega Lucía Ferreiro presenta su nuevo libro en la feria de Madrid.\n"
    "—¿Por qué volver ahora?\n"
    "—Porque llevaba diez años escribiendo sobre el mar desde un piso interior en Lavapiés.\n"
    "—Su nuevo libro es más triste que los anteriores.\n"
    "—Es triste, sí. Lo escribí el invierno en que murió mi padre.\n"
    "—¿Cómo trabajó con su editora?\n"
    "—Con mucha paciencia por las dos partes. Corregimos cada capítulo tres veces.\n"
    "—¿Y después?\n"
    "—Un descanso largo. Luego, quizá, un libro de cuentos.\n"
)


def test_a_dash_line_after_an_answer_is_the_next_question() -> None:
    found = speakers_and_roles(INTERVIEW, dt.date(2026, 11, 30), language="es")
    assert found["Es triste, sí. Lo escribí el invierno en que murió mi padre"] == (
        "Lucía Ferreiro",
        None,
    )
    assert not any(words.startswith("Su nuevo libro") for words in found)


def test_reading_the_turns_again_stays_linear() -> None:
    body = INTERVIEW.split("\n", 3)[3]

    def seconds(count: int) -> float:
        text = INTERVIEW.split("\n", 3)[0] + "\n" + body * count
        return least_cpu_seconds(lambda: find_quotes(text, [(0, len(text))], "es"))

    small, large = seconds(200), seconds(1600)
    assert large < 24 * max(small, 0.005)  # 8x the lines: linear ~8x, quadratic ~64x
