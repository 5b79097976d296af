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


PLAIN_QUESTIONS = (
    "Городские вести\n"
    "Как вырастить сад на вечной мерзлоте\n"
    "В Якутске агроном Олег Пестов пятый год выращивает яблони.\n"
    "С чего все началось?\n"
    "— С одного саженца, который мне прислали из Красноярска. Я посадил его у забора.\n"
    "Зимой здесь минус пятьдесят. Как деревья выживают?\n"
    "— Я укрываю их снегом до самых веток. Снег для нас как шуба.\n"
    "Соседи, наверное, сначала смеялись.\n"
    "— Смеялись, конечно. Теперь просят черенки.\n"
    "Что дальше?\n"
    "— Хочу заложить питомник и раздавать саженцы школам.\n"
)


def test_questions_printed_plain_over_dash_answers_make_an_interview() -> None:
    """(session 34) Many interviews print the questions without a dash (set in bold on the
    page) and only the answers after one; a remark between two answers is a question too."""
    found = speakers_and_roles(PLAIN_QUESTIONS, dt.date(2026, 11, 30), language="ru")
    assert found["Я укрываю их снегом до самых веток. Снег для нас как шуба"][0] == "Олег Пестов"
    assert found["Смеялись, конечно. Теперь просят черенки"][0] == "Олег Пестов"
    ukrainian = (
        "Вісті громади\n"
        "Як врятувати старий млин\n"
        "У Жовкві інженерка Марта Левицька третій рік відновлює млин.\n"
        "Навіщо вам це?\n"
        "— Я виросла поруч із цим млином. Мені шкода було дивитися, як він руйнується.\n"
        "Хто допомагає?\n"
        "— Студенти з Львівської політехніки приїжджають щоліта.\n"
        "Коли млин запрацює?\n"
        "— Я думаю, наступної осені ми змелемо перше борошно.\n"
    )
    found = speakers_and_roles(ukrainian, dt.date(2026, 11, 30), language="uk")
    assert found["Студенти з Львівської політехніки приїжджають щоліта"][0] == "Марта Левицька"
