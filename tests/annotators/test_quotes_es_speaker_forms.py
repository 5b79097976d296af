"""Spanish speakers named in the forms news writes them: an agency's initials before the name
after the cue (``», relató a EFE Marisol Peña``), a noun of someone who does something pointing
back to the person the sentence before opens with (``», dijo el legislador``), a nickname in
marks between given name and surname (``Pablo «el Chato» Núñez``, later ``Núñez``); and words
a naming participle sets off (``la llamada «tasa verde»``), which are no speech.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_and_roles(text, DAY, language="es")


def test_an_agencys_initials_before_a_name_are_told_not_the_speaker() -> None:
    text = (
        "Inundaciones en el sur.\n\n«El agua se llevó la cocina entera», relató a EFE Marisol "
        "Peña, de 52 años.\n\nLos bomberos siguen en la zona."
    )
    assert _found(text)["El agua se llevó la cocina entera"][0] == "Marisol Peña"


@pytest.mark.parametrize(
    ("opening", "quoted", "speaker"),
    [
        (
            "El portavoz del grupo, el diputado Andrés Molina Vera, no quedó satisfecho.",
            "«Esto es insuficiente», dijo el legislador.",
            "Andrés Molina Vera",
        ),
        (
            "Tras la cumbre, Nuria Campos Ferrer habló con la prensa.",
            "«Queda mucho por cerrar», reconoció la negociadora.",
            "Nuria Campos Ferrer",
        ),
    ],
)
def test_a_noun_of_someone_who_does_something_points_back_to_the_subject_before(
    opening: str, quoted: str, speaker: str
) -> None:
    text = f"Noticias del día.\n\n{opening} {quoted}\n\nLa sesión siguió por la tarde."
    ((who, _),) = _found(text).values()
    assert who == speaker


@pytest.mark.parametrize("marks", [("«", "»"), ("“", "”")])
def test_a_surname_after_a_nicknamed_name_is_the_whole_name(marks: tuple[str, str]) -> None:
    opening, closing = marks
    text = (
        f"Noche electoral.\n\nEl concejal Pablo {opening}el Chato{closing} Núñez subió al "
        f"escenario pasadas las once. {opening}Ganó la sensatez{closing}, dijo Núñez.\n\nLa "
        "fiesta siguió hasta tarde."
    )
    found = _found(text)
    assert found["Ganó la sensatez"][0] == "Pablo Núñez"
    assert "el Chato" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz mostró una gráfica con el alza de la llamada «tasa verde» y preguntó por qué sube.",
        "Ruiz criticó la subida de la llamada «tasa verde» en el pleno del martes.",
        "Ruiz pidió explicaciones sobre el denominado «fondo de rescate» de la ciudad.",
    ],
)
def test_words_a_naming_participle_sets_off_are_no_speech(sentence: str) -> None:
    assert not _found(f"Tarifas en el pleno.\n\n{sentence}")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Uno de los detenidos ya colabora y, en palabras de un fiscal del caso, «lo está "
            "contando todo».",
            "un fiscal del caso",
        ),
        (
            "En opinión de la jueza Marta Ríos Gil, el acusado «no dijo toda la verdad».",
            "Marta Ríos Gil",
        ),
    ],
)
def test_phrases_of_according_to_name_the_speaker(sentence: str, speaker: str) -> None:
    ((who, _),) = _found(f"Caso abierto.\n\n{sentence}").values()
    assert who == speaker


def test_a_second_given_name_tells_the_gender_the_first_does_not() -> None:
    text = (
        "Resultados del trimestre.\n\nEl director general, Rodrigo Espinel Haz, habló del "
        "trimestre. «Fue duro», indicó.\n\nLa directora financiera, María Fernanda Aguirre, "
        "explicó ante los inversores que el plan sigue en pie. «Vamos a instalar paneles en tres "
        "fincas», señaló."
    )
    assert _found(text)["Vamos a instalar paneles en tres fincas"][0] == "María Fernanda Aguirre"
