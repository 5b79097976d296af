"""The words merging reads past in a title (courtesy titles, abbreviations, fillers such as
``of``), from the data files' ``[people]`` sections: fillers are each document language's own
(a German title's ``von`` says no more about the office than an English one's ``of``, and
English keeps no Spanish or French ``de``); courtesy titles every language's, abbreviations a
language's own over English's (``Dr.``, ``Gen.``: what every language read before)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.entities import people
from newsbrief.annotators.entities.merging import _role_keys, _title_words
from newsbrief.languages import PATH_ENV, reload


def test_a_german_titles_von_confirms_no_office() -> None:
    # (a federal minister of one country is no president of a Land: the two titles share
    # only ``von``)
    _, other = people(
        "Bundesminister von Österreich Lukas Brandauer sprach am Montag in Wien.",
        "Der Präsident von Bayern Brandauer sagte, es gebe keine Änderungen.",
        language="de",
    )
    assert ("Brandauer", "Lukas Brandauer") not in other


def test_a_german_title_of_the_same_office_still_confirms() -> None:
    _, other = people(
        "Präsident von Bayern Lukas Brandauer sprach am Montag in München.",
        "Der Präsident Brandauer sagte, es gebe keine Änderungen.",
        language="de",
    )
    assert ("Brandauer", "Lukas Brandauer") in other


def test_each_language_reads_its_own_fillers() -> None:
    assert "de" in _title_words("es").fillers
    assert "de" in _title_words("fr").fillers
    assert "de" not in _title_words("en").fillers
    # (a mention of no language is read by the English rules)
    assert _title_words(None) == _title_words("en")


@pytest.mark.parametrize(
    ("language", "full", "lone", "joined"),
    [
        (
            "pt",
            "O ministro da Saúde Paulo Ferreira visitou Lisboa na segunda-feira.",
            "O Dr. Ferreira disse que não haverá mudanças.",
            ("Ferreira", "Paulo Ferreira"),
        ),
        (
            "cs",
            "Ministr zdravotnictví Pavel Novák navštívil v pondělí Brno.",
            "Prof. Novák uvedl, že se nic nezmění.",
            ("Novák", "Pavel Novák"),
        ),
        (
            "es",
            "El ministro Pablo Ferrer visitó Madrid el lunes.",
            "Según el Prof. Ferrer, no habrá cambios.",
            ("Ferrer", "Pablo Ferrer"),
        ),
    ],
    ids=["pt", "cs", "es"],
)
def test_a_courtesy_title_another_language_lists_confirms_no_office(
    language: str, full: str, lone: str, joined: tuple[str, str]
) -> None:
    # (session 37, reviewer RH) ``Dr.`` and ``Prof.`` are written alike in most languages'
    # news: Portuguese and Czech list no courtesy titles, Spanish lists no ``Prof.``; each
    # reads past them, as English's list had it read for every language before.
    _, other = people(full, lone, language=language)
    assert joined in other


def test_an_abbreviated_title_is_written_out_in_a_language_that_lists_none() -> None:
    # (session 37, reviewer RH) German lists no abbreviations: ``Gen.`` is still ``General``.
    _, other = people(
        "General Lukas Brandauer sprach am Montag in Wien.",
        "Gen. Brandauer sagte, es gebe keine Änderungen.",
        language="de",
    )
    assert ("Brandauer", "Lukas Brandauer") in other


@pytest.fixture
def german_abbreviations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """German data that lists an abbreviated title, written as German writes it."""
    (tmp_path / "de.toml").write_text(
        '[people]\ntitle_abbreviations = { "Präs." = "Präsident" }\n', encoding="utf-8"
    )
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    reload()
    yield
    monkeypatch.delenv(PATH_ENV)
    reload()


def test_a_languages_abbreviation_is_read_as_its_titles_words_are(
    german_abbreviations: None,
) -> None:
    # (session 37, reviewer RH) a title's words are folded (``Präsident`` -> ``prasident``);
    # an abbreviation listed with a capital, a dot or an accent is read the same way.
    assert _role_keys("Präs.", "de") == _role_keys("Präsident", "de") == {"prasident"}
