"""The date shapes' words come from the language home: parts of a month (``the end of``,
``Anfang``), a day number's suffixes (CLDR's ordinals), the link before a quarter's year and the
leads of a vague duration; each language reads its own besides English's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.annotators.dates import DateAnnotator
from newsbrief.languages import PATH_ENV, cldr, reload
from newsbrief.model import AnnotationKind, Document, Metadata

ANNOTATOR = DateAnnotator()


def dates(text: str, language: str) -> list[tuple[str, str]]:
    """``(extent, value)`` of each date in ``text``, published 2024-11-26."""
    metadata = Metadata(published=dt.date(2024, 11, 26), language=language)
    (document,) = ANNOTATOR.annotate([Document.from_text(text, metadata=metadata)])
    return [(a.text, a.attributes["value"]) for a in document.annotations_of(AnnotationKind.DATE)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Gespräche begannen Anfang März und endeten Ende April 2024.",
            [("Anfang März", "2025-03-early"), ("Ende April 2024", "2024-04-late")],
        ),
        (
            "fr",
            "Les négociations ont repris début mars et se sont arrêtées mi-avril.",
            [("début mars", "2024-03-early"), ("mi-avril", "2024-04-mid")],
        ),
        (
            "es",
            "Las obras empezaron a principios de marzo y terminarán a finales de junio.",
            [("principios de marzo", "2025-03-early"), ("finales de junio", "2024-06-late")],
        ),
        (
            "ru",
            "Переговоры возобновились в начале марта и прервались в конце апреля.",
            [("начале марта", "2025-03-early"), ("конце апреля", "2025-04-late")],
        ),
        (
            "uk",
            "Переговори відновилися на початку березня і зупинилися наприкінці квітня.",
            [("початку березня", "2025-03-early"), ("наприкінці квітня", "2025-04-late")],
        ),
    ],
)
def test_each_language_names_the_parts_of_a_month(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, language) == expected


def test_english_parts_of_a_month_read_as_before() -> None:
    text = "Work paused at the end of March and resumed by the middle of April 2023."
    assert dates(text, "en") == [
        ("the end of March", "2024-03-late"),
        ("the middle of April 2023", "2023-04-mid"),
    ]


def test_ordinal_suffixes_come_from_cldr() -> None:
    assert cldr.calendar("en").ordinal_suffixes == {"st", "nd", "rd", "th"}
    assert cldr.calendar("es").ordinal_suffixes == {".er", ".º"}
    assert cldr.calendar("ja").ordinal_suffixes == frozenset()


def test_a_day_takes_its_languages_ordinal_suffix() -> None:
    assert dates("Il 1º maggio si è tenuto il corteo.", "it") == [("1º maggio", "2025-05-01")]
    assert ("1.º de mayo", "2025-05-01") in dates("El 1.º de mayo hubo marchas.", "es")
    # The second day of a range takes one too.
    assert dates("Die Messe findet vom 24.–26. Februar statt.", "de") == [
        ("24.–26. Februar", "2025-02-24")
    ]


def test_english_ordinals_links_and_vague_durations_read_as_before() -> None:
    # (A duration has no calendar value: its extent is what the vague-duration words decide.)
    found = dates(
        "The fair ran May 3rd-5th, 2024. Sales fell in the third quarter of 2023, after "
        "growing for years; over the past decade the 21st century caught up. In recent "
        "months several weeks passed, for a few days.",
        "en",
    )
    assert found == [
        ("May 3rd-5th, 2024", "2024-05-03"),
        ("the third quarter of 2023", "2023-Q3"),
        ("years", None),
        ("the past decade", None),
        ("the 21st century", "20"),
        ("recent months", "2024-08"),
        ("several weeks", None),
        ("a few days", None),
    ]


@pytest.fixture
def closing_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English data that also names a month's late part ``the close of``."""
    (tmp_path / "en.toml").write_text(
        '[calendar]\nmonth_parts = { "the close of" = "late" }\n', encoding="utf-8"
    )
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    reload()
    yield
    monkeypatch.delenv(PATH_ENV)
    reload()


def test_a_part_of_next_week_reads_the_month_parts(closing_part: None) -> None:
    # The relative rule's ``the end of next week`` takes the same phrases as a month.
    found = dates("Repairs end by the close of next week, and resume at the close of May.", "en")
    assert found == [("the close of next week", "2024-W49"), ("the close of May", "2025-05-late")]
