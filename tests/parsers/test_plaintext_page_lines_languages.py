"""A scraped page's byline and date line in the language it is written in: ``Par X``,
``Por X``, ``Von X``, ``Publicado el 14 de marzo de 2025``, ``Publié le ... à 08h30``,
``08:30 Uhr``. The words come from each language's data file (``[bylines]``, ``[calendar]``
``date_links``, ``clock_links``, ``clock_words``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli

LEAD = {
    "en": "LEEDS - A fire left three people hurt on Saturday, police said.",
    "fr": "NANTES – Un incendie a fait deux blessés samedi, a indiqué la préfecture.",
    "es": "VALENCIA – Un incendio dejó dos heridos el sábado, informó la policía.",
    "de": "BREMEN – Ein Brand hat am Samstag zwei Menschen verletzt, teilte die Polizei mit.",
    "it": "TORINO – Un incendio ha causato due feriti sabato, ha detto la polizia.",
    "pt": "PORTO – Um incêndio deixou dois feridos no sábado, disse a polícia.",
    "nl": "UTRECHT – Een brand heeft zaterdag twee gewonden geëist, meldt de politie.",
}

PAGES = [
    ("en", "By Mary Dalton", "Published March 14, 2025 at 8:30 a.m.", "Mary Dalton"),
    ("fr", "Par Claire Morel", "Publié le 9 avril 2025 à 08h30", "Claire Morel"),
    ("fr", "Par Claire Morel et Hugo Blanc", "Mis à jour le 9 avril 2025 à 8 h 30",
     "Claire Morel; Hugo Blanc"),
    ("es", "Por Lucía Ferrer", "Publicado el 9 de abril de 2025", "Lucía Ferrer"),
    ("es", "Por Lucía Ferrer y Tomás Vidal", "Actualizado el 9 de abril de 2025 a las 10:15 h",
     "Lucía Ferrer; Tomás Vidal"),
    ("de", "Von Jana Keller", "Veröffentlicht am 09.04.2025, 08:30 Uhr", "Jana Keller"),
    ("de", "Von Jana Keller und Timo Brandt", "Aktualisiert am 9. April 2025 um 8.30 Uhr",
     "Jana Keller; Timo Brandt"),
    ("it", "Di Giulia Conti", "9 aprile 2025", "Giulia Conti"),
    ("pt", "Por Inês Tavares", "9 de abril de 2025", "Inês Tavares"),
    ("nl", "Door Femke de Vries", "9 april 2025", "Femke de Vries"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "byline", "date_line", "author"), PAGES)
def test_a_pages_byline_and_date_line_in_its_own_language(
    tmp_path: Path, code: str, byline: str, date_line: str, author: str
) -> None:
    original = f"Headline of the page\n{byline}\n{date_line}\n\n{LEAD[code]}\n"
    path = tmp_path / f"page-{code}.txt"
    path.write_text(original, encoding="utf-8")
    extracted = _extract(path, "--language", code)
    assert extracted["authors"] == author.split("; ")
    assert extracted["published"] in ("2025-03-14", "2025-04-09")
    # Neither line, nor any piece of one (``à 08h30``, ``Uhr``), is left in the cleaned text.
    kept = extracted["text"]
    assert byline not in kept
    assert date_line not in kept
    for leftover in ("08h30", "8 h 30", "Uhr", "10:15", "a las"):
        assert leftover not in kept
    assert LEAD[code] in kept


def test_a_russian_byline_name_may_open_with_yo(tmp_path: Path) -> None:
    # (``Ё`` is a Cyrillic capital outside ``А-Я``: the byline's name word reads it too)
    path = tmp_path / "page-ru.txt"
    path.write_text(
        "Пожар на складе\nАвтор: Пётр Ёлкин\n\n"
        "САМАРА – Пожар на складе в субботу ранил двух человек, сообщила полиция.\n",
        encoding="utf-8",
    )
    extracted = _extract(path, "--language", "ru")
    assert extracted["authors"] == ["Пётр Ёлкин"]
    assert "Автор" not in str(extracted["text"])


def _extract(path: Path, *options: str) -> dict[str, object]:
    """``newsbrief extract PATH -f json``'s one document."""
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "json", *options])
    assert result.exit_code == 0, result.output
    document: dict[str, object] = json.loads(result.output)["documents"][0]
    return document


def test_the_page_date_line_reads_linked_dates_and_clock_words() -> None:
    from newsbrief.parsers.plaintext.dates import parse_date_line

    assert parse_date_line("Publicado el 14 de marzo de 2025") == dt.date(2025, 3, 14)
    assert parse_date_line("14 de março de 2025, 10:00") == dt.date(2025, 3, 14)
    assert parse_date_line("Publié le 14 mars 2025 à 08h30") == dt.date(2025, 3, 14)
    assert parse_date_line("14.03.2025, 08:30 Uhr") == dt.date(2025, 3, 14)
    # An hour word in prose after a date is no clock: the line is more than a date.
    assert parse_date_line("14 mars 2025 huit heures plus tard") is None


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le gouvernement a annoncé des mesures.",
        "Von Berlin nach Hamburg fahren heute weniger Züge.",
        "Por la tarde, la lluvia volvió a la ciudad.",
    ],
)
def test_a_sentence_opening_with_a_byline_word_stays(tmp_path: Path, line: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"Headline of the page\n\n{line}\n\nSecond paragraph of the page.\n",
                    encoding="utf-8")  # fmt: skip
    extracted = _extract(path)
    assert line in str(extracted["text"])
    assert extracted["authors"] == []


@pytest.mark.parametrize(
    "field", ["Di Maio Luigi", "Von Braun Wernher", "Von der Leyen Ursula", "De Luca Anna"]
)
def test_an_author_field_written_surname_first_keeps_its_particle(field: str) -> None:
    from newsbrief.parsers.plaintext.metadata import clean_authors

    assert clean_authors(field) == field
    assert clean_authors(f"Par {field}") == field  # a label that is no particle still goes
