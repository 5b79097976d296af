"""Spanish verbs of speech after a quotation: verbs that only say (``inquirió``, ``espetó``,
``describió``, the imperfect ``resumía``) and verbs that say only right after the marks
(``», arrancó el portavoz``, ``«... —siguió—, ...»``: elsewhere ``arrancó la sesión``,
``siguió en el cargo``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

OPENING = "El pleno del Ayuntamiento de Villanueva debatió ayer las cuentas de 2027.\n"


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        (
            "«¿Quién firmó la orden?», inquirió la concejala Ana Ruiz Soler.",
            "¿Quién firmó",
            "Ana Ruiz Soler",
        ),
        (
            "«Ustedes no han leído el informe», espetó el concejal Pedro Sanz Gil.",
            "Ustedes no han leído",
            "Pedro Sanz Gil",
        ),
        (
            "«Es una ciudad que se vacía», describió el alcalde, Tomás Ordóñez Pardo, que "
            "gobierna desde 2019.",
            "Es una ciudad",
            "Tomás Ordóñez Pardo",
        ),
        (
            "«Trabajamos a pérdidas», resumía el ganadero Luis Mora Gil, junto a su tractor.",
            "Trabajamos a pérdidas",
            "Luis Mora Gil",
        ),
        (
            "«Este plan no es un gasto», arrancó el portavoz del Gobierno local, Jaime Ortiz "
            "Lara, al comenzar la sesión.",
            "Este plan no es",
            "Jaime Ortiz Lara",
        ),
    ],
)
def test_a_verb_of_speech_after_the_quotation_names_its_speaker(
    sentence: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(OPENING + sentence, "es", quoted) == speaker


def test_a_verb_between_dashes_inside_the_quotation_names_its_speaker() -> None:
    text = (
        OPENING + "«No votaremos estas cuentas», dijo la concejala Ana Ruiz Soler.\n"
        "«Desde hace una década —siguió el alcalde, Tomás Ordóñez Pardo—, no sobraba un euro»."
    )
    assert speaker_of(text, "es", "Desde hace una década") == "Tomás Ordóñez Pardo"
