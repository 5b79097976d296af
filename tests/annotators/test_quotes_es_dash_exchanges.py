"""Spanish exchanges of dash lines (session 35, lane S): as in French, the dash lines of a
court's questions and answers that no incise attributes are turns of speech when a line of the
run is attributed or the first asks; a turn takes the speaker of the turn two lines before. On
a page an interview heading names, the interviewer's questions stay no one's quotation.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_as_written

DAY = dt.date(2026, 5, 12)

HEARING = (
    "Tomás Bermejo Ruiz, acusado de apropiarse de los fondos de la cooperativa, declaró este "
    "martes en la Audiencia de Valladolid. Bermejo Ruiz negó haberse quedado con el dinero.\n"
    "—¿Conocía usted las cuentas de Andorra? —le preguntó la fiscal, Elena Robles.\n"
    "—No, nunca las vi.\n"
    "—¿Y las firmas de los cheques?\n"
    "—Las ponía el tesorero, no yo.\n"
    "La vista se reanudará el jueves.\n"
)


def test_the_dash_lines_without_an_incise_are_turns_of_the_exchange() -> None:
    found = speakers_as_written(HEARING, DAY, "es")
    assert found["¿Conocía usted las cuentas de Andorra?"] == "Elena Robles"
    assert found["¿Y las firmas de los cheques?"] == "Elena Robles"
    assert found["No, nunca las vi."] == "Tomás Bermejo Ruiz"
    assert found["Las ponía el tesorero, no yo."] == "Tomás Bermejo Ruiz"


def test_an_interviews_questions_stay_no_ones_quotation() -> None:
    text = (
        "Entrevista\n"
        "Clara Duarte: «El teatro de provincias está agotado»\n"
        "La directora del teatro de Burgos deja el cargo tras doce años.\n"
        "—¿Por qué se va ahora?\n"
        "—Porque doce años son suficientes. Una casa necesita sangre nueva.\n"
        "—¿Y el dinero?\n"
        "—Falta en todas partes, también aquí.\n"
    )
    found = speakers_as_written(text, DAY, "es")
    assert "¿Por qué se va ahora?" not in found
    assert "¿Y el dinero?" not in found
    assert found["Falta en todas partes, también aquí."] == "Clara Duarte"


def test_the_one_the_introducing_line_names_questioning_asks() -> None:
    # ``[quotes] questioning_words`` of es.toml: no incise names either party.
    text = (
        "Rosa Llorente Gil, acusada de falsear las cuentas del club, declaró este lunes en la "
        "Audiencia de Zaragoza. Llorente Gil defendió su gestión durante toda la mañana.\n"
        "El fiscal, Andrés Mauri, la interrogó durante dos horas sobre los pagos.\n"
        "—¿Quién autorizó las transferencias a Panamá?\n"
        "—Nadie, porque no existieron.\n"
        "—¿Y los recibos firmados por usted?\n"
        "—Son falsos, y lo demostraremos.\n"
    )
    found = speakers_as_written(text, DAY, "es")
    assert found["¿Quién autorizó las transferencias a Panamá?"] == "Andrés Mauri"
    assert found["Nadie, porque no existieron."] == "Rosa Llorente Gil"
    assert found["Son falsos, y lo demostraremos."] == "Rosa Llorente Gil"


def test_a_party_to_a_trial_named_by_role_speaks() -> None:
    # ``[quotes] role_nouns`` of es.toml: the nouns of a trial's parties, matched as written.
    text = (
        "La vista por el incendio del almacén de Getafe se reanudó este miércoles.\n"
        "—¿A qué hora vio el humo? —preguntó el magistrado.\n"
        "—Pasadas las once —contestó la testigo—. Salí corriendo a avisar.\n"
    )
    found = speakers_as_written(text, DAY, "es")
    assert found["¿A qué hora vio el humo?"] == "el magistrado"
    assert found["Pasadas las once"] == "la testigo"


def test_a_party_named_by_role_of_a_person_is_not_that_person() -> None:
    # ``El abogado de X``: whose lawyer, X the complement of the role, not who speaks.
    text = "La abogada de Lucía Ferrán Gil reaccionó: «No hay una sola prueba»."
    assert speakers_as_written(text, DAY, "es")["No hay una sola prueba"] is None


def test_an_interview_below_a_site_a_section_and_a_kind_line_is_read() -> None:
    # A site's name, a section and the kind of piece over the headline: three lines of
    # furniture before the headline that names the interviewee.
    text = (
        "LA VOZ DEL SUR\n"
        "Cultura\n"
        "Entrevista\n"
        "‘La cumbia no se toca sola’: el bandoneonista Ramiro Ledesma\n"
        "El músico de Tucumán presenta su tercer disco.\n"
        "—¿Por qué grabó en vivo?\n"
        "—Porque en el estudio me aburro. Yo necesito gente delante.\n"
        "—¿Y la gira?\n"
        "—Empieza en marzo, si nos dejan los pueblos.\n"
    )
    found = speakers_as_written(text, DAY, "es")
    assert found["Porque en el estudio me aburro. Yo necesito gente delante."] == "Ramiro Ledesma"
    assert found["Empieza en marzo, si nos dejan los pueblos."] == "Ramiro Ledesma"


def test_of_two_people_named_as_often_the_answerer_is_the_one_the_lead_names_first() -> None:
    # (session 39, lane S) The accused is named before the victim of the case: the answers are
    # the accused's, not those of the last person named.
    text = (
        "La vista contra Sergio Lamas Prieto por el incendio en el que murió la vecina Carmen "
        "Iglesias Roca se abrió el martes en Soria, y el acusado fue el primero en sentarse.\n"
        "La fiscal, Marta Ruiz Olmo, abrió el interrogatorio.\n"
        "—¿A qué hora volvió usted a casa?\n"
        "—En casa, con mi hermano.\n"
        "—¿Y por qué le vieron en el portal? —insistió la fiscal.\n"
        "—Se equivocan. Aquella noche no salí.\n"
    )
    found = speakers_as_written(text, DAY, "es")
    assert found["¿A qué hora volvió usted a casa?"] == "Marta Ruiz Olmo"
    assert found["En casa, con mi hermano."] == "Sergio Lamas Prieto"
    assert found["Se equivocan. Aquella noche no salí."] == "Sergio Lamas Prieto"
