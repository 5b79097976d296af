"""Names in use, not speech, in French, Spanish and German (issue #16): a name a participle
gives (``la loi dite « ... »``, ``un dénommé « ... »``, ``connu sous le nom de « ... »``,
``conocido como «...»``) and a name after a German compound ending with the noun of a scheme,
a campaign or a body (``die Werbekampagne „...“``). A speech verb of the same stem stays
speech (``a dit « non »``)."""

from __future__ import annotations

import pytest

from helpers.quotes import quotations


def _quoted(text: str, language: str) -> list[str]:
    return [q.text for q in quotations(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Selon le procureur, Marc Olivier, les quartiers dits « sensibles » seront visés en "
            "priorité.",
        ),
        (
            "fr",
            "Le préfet, Jean Morel, a confirmé que le suspect, un dénommé « Kiki », avait été "
            "interpellé.",
        ),
        (
            "fr",
            "Le groupe, connu sous le nom de « Brigade verte », a revendiqué l'action, a indiqué "
            "le parquet.",
        ),
        (
            "es",
            "El fiscal Luis Ortega explicó que el grupo, conocido como «los Halcones», operaba en "
            "tres provincias.",
        ),
    ],
)
def test_a_name_a_participle_gives_is_no_quotation(language: str, text: str) -> None:
    assert _quoted(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Bürgerinitiative „Rettet den Stadtpark“ kündigte Widerstand an, sagte ihr Sprecher "
        "Jan Roth.",
        "Sprecher Jan Roth sagte, die Stadt habe die Werbekampagne „Sauber ist schöner“ gestoppt.",
    ],
)
def test_a_name_after_a_compound_of_its_kind_is_no_quotation(text: str) -> None:
    assert _quoted(text, "de") == []


def test_said_stays_a_speech_verb() -> None:
    assert _quoted("Le ministre a dit « non » à la réforme, a rapporté l'AFP.", "fr") == ["non"]


def test_a_sentence_after_a_compound_is_still_said() -> None:
    text = "Der Konzern sagte: „Wir bauen keine Stellen ab.“"
    assert _quoted(text, "de") == ["Wir bauen keine Stellen ab."]


@pytest.mark.parametrize(
    "text",
    [
        "La alcaldesa Marta Gil explicó que los vecinos ya bautizaron el nuevo puente peatonal "
        "como «el columpio».",
        "El diputado Andrés Mora rebautizó el proyecto como la «ley del silencio», según fuentes "
        "del partido.",
    ],
)
def test_a_name_given_after_a_longer_object_and_como_is_no_quotation(text: str) -> None:
    assert _quoted(text, "es") == []


def test_como_inside_words_said_leaves_them_said() -> None:
    text = "«Lo bautizamos como pudimos», dijo la alcaldesa Marta Gil."
    assert _quoted(text, "es") == ["Lo bautizamos como pudimos"]
