"""A person's name opening a sentence with an accented capital (``Émile``, ``Úrsula``): the
first-name table writes most such names with a plain capital (``Emile``), so the name was
missed where only a known first name tells a person (a sentence's first word). Every sentence
here is made up for the test."""

from __future__ import annotations

import pytest

from helpers.entities import typed
from newsbrief.annotators.entities import gazetteer as gz


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Élisabeth Morvan a réuni les maires lundi à Lyon.", "fr", "Élisabeth Morvan"),
        ("Édouard Lambert a annoncé sa candidature à Nantes.", "fr", "Édouard Lambert"),
        ("Émile Garnier est né à Lille en 1902.", "fr", "Émile Garnier"),
        ("Éric Vasseur a quitté le conseil municipal.", "fr", "Éric Vasseur"),
        ("Étienne Roussel a présidé la séance mardi.", "fr", "Étienne Roussel"),
        ("Émile Garnier habló el martes en Sevilla.", "es", "Émile Garnier"),
        ("Úrsula Ferrándiz presentó su dimisión el lunes.", "es", "Úrsula Ferrándiz"),
        ("Ígor Rebrov llegó el jueves a Valencia.", "es", "Ígor Rebrov"),
        ("Ícaro Menezes assinou o contrato na segunda-feira.", "es", "Ícaro Menezes"),
        ("Émile Garnier sagte am Dienstag in Mainz.", "de", "Émile Garnier"),
        ("Élodie Brandt eröffnete am Montag die Ausstellung.", "de", "Élodie Brandt"),
        ("Šimon Dvořák a remporté l'étape samedi.", "fr", "Šimon Dvořák"),
        ("Łukasz Wróbel a signé jeudi à Lens.", "fr", "Łukasz Wróbel"),
        ("Øyvind Haugen hat am Sonntag gewonnen.", "de", "Øyvind Haugen"),
        ("Åsa Lindqvist habló ayer en Bilbao.", "es", "Åsa Lindqvist"),
    ],
)
def test_a_name_with_an_accented_capital_opens_a_sentence(
    text: str, language: str, name: str
) -> None:
    assert typed(text, language).get(name) == "person"


def test_the_accent_dropped_gives_the_first_name_and_its_gender() -> None:
    assert gz.first_name_gender("Émile") == "male"
    assert gz.first_name_gender("Élisabeth") == "female"
    assert gz.first_name_gender("Úrsula") == "female"


@pytest.mark.parametrize("word", ["Él", "Ära", "Éxito", "État"])
def test_a_word_is_not_made_a_first_name_by_dropping_its_accent(word: str) -> None:
    # too short (``Él``), a diaeresis (``Ä`` is no accented ``A``), or no name either way
    assert gz.first_name_gender(word) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Île Maurice a voté dimanche.", "fr"),
        ("Âge Légal reste le titre du rapport.", "fr"),
        ("Ése Gobierno cayó en marzo.", "es"),
        ("Ésta Comisión decidió el lunes.", "es"),
        ("Última Hora: incêndio atinge armazém no porto de Leixões.", "pt"),
        ("Élan Solidaire a servi trois cents repas à Rennes.", "fr"),
    ],
)
def test_a_common_word_with_an_accented_capital_opens_no_name(text: str, language: str) -> None:
    assert "person" not in typed(text, language).values()


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("O primeiro-ministro da Índia visitou Tóquio na terça-feira.", "pt", "Índia"),
        ("Índia e Paquistão reabriram a fronteira.", "pt", "Índia"),
        ("Índia i el Pakistan han reobert la frontera.", "ca", "Índia"),
    ],
)
def test_a_country_whose_accent_dropped_is_a_first_name_stays_a_place(
    text: str, language: str, place: str
) -> None:
    # ``India`` is a first name in the name table; ``Índia`` as written is not
    assert typed(text, language).get(place) == "place"
