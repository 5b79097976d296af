"""A word that opens bylines in one language is an ordinary word elsewhere: ``Door`` (Dutch
``by``) in English, ``Von`` and ``Di`` (German and Italian ``by``) as the particle of a surname.
Such a line is the page's text, not its byline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli


def _extract(path: Path) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    document: dict[str, object] = json.loads(result.output)["documents"][0]
    return document


ENGLISH_LEAD = (
    "High winds knocked down trees across the peninsula on Tuesday, officials said, and more "
    "than two thousand homes were left without power overnight."
)


@pytest.mark.parametrize(
    "line", ["Door County Sheriff's Office", "Par For The Course", "Von Miller", "Door Peninsula"]
)
def test_another_languages_byline_word_on_an_english_page_stays(tmp_path: Path, line: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        f"Storm hits the lake shore\n\n{ENGLISH_LEAD}\n\n{line}\n\n"
        '"We have crews out everywhere," the sheriff told reporters on Wednesday.\n',
        encoding="utf-8",
    )
    extracted = _extract(path)
    assert extracted["language"] == "en"
    assert line in str(extracted["text"])
    assert extracted["authors"] == []


PAGES = {
    "de": (
        "Gipfel in Brüssel endet ohne Einigung",
        "Die Staats- und Regierungschefs konnten sich am Freitag nicht auf einen Haushalt "
        "einigen, teilte ein Sprecher der Kommission in Brüssel mit.",
    ),
    "it": (
        "Crisi di governo a Roma",
        "I leader della maggioranza si sono incontrati venerdì a Palazzo Chigi, ma non hanno "
        "trovato un accordo sulla legge di bilancio.",
    ),
}


@pytest.mark.parametrize(
    ("code", "line"),
    [("de", "Von der Leyen"), ("de", "Von Weizsäcker und Brandt"), ("it", "Di Maio e Salvini"),
     ("it", "Di Stefano"), ("de", "Von Tür zu Tür"), ("de", "Von Jahr zu Jahr")],
)  # fmt: skip
def test_a_surname_or_idiom_opening_with_a_byline_word_stays(
    tmp_path: Path, code: str, line: str
) -> None:
    title, lead = PAGES[code]
    path = tmp_path / "page.txt"
    path.write_text(f"{title}\n\n{lead}\n\n{line}\n\n{lead}\n", encoding="utf-8")
    extracted = _extract(path)
    assert extracted["language"] == code
    assert line in str(extracted["text"])
    assert extracted["authors"] == []


@pytest.mark.parametrize(
    ("code", "byline", "authors"),
    [("de", "Von Jana Keller und Timo Brandt", ["Jana Keller", "Timo Brandt"]),
     ("it", "Di Giulia Conti", ["Giulia Conti"]), ("de", "By Mary Dalton", ["Mary Dalton"])],
)  # fmt: skip
def test_a_byline_in_the_pages_language_or_english_is_read(
    tmp_path: Path, code: str, byline: str, authors: list[str]
) -> None:
    title, lead = PAGES[code]
    path = tmp_path / "page.txt"
    path.write_text(f"{title}\n{byline}\n\n{lead}\n", encoding="utf-8")
    extracted = _extract(path)
    assert extracted["authors"] == authors
    assert byline not in str(extracted["text"])


@pytest.mark.parametrize(
    ("author", "kept"),
    [("Di Stefano", "Di Stefano"), ("Di Maio", "Di Maio"),
     ("Von Jana Keller", "Jana Keller")],
)  # fmt: skip
def test_an_html_author_field_keeps_a_surnames_particle(
    tmp_path: Path, author: str, kept: str
) -> None:
    paragraph = (
        "<p>Die Staats- und Regierungschefs konnten sich am Freitag nicht auf einen Haushalt "
        "einigen, teilte ein Sprecher der Kommission in Brüssel mit. Die Gespräche sollen im "
        "Januar weitergehen, hieß es aus Diplomatenkreisen.</p>"
    )
    path = tmp_path / "page.html"
    path.write_text(
        f'<html lang="de"><head><title>Gipfel ohne Einigung</title>'
        f'<meta name="author" content="{author}"></head><body><article>'
        f"<h1>Gipfel ohne Einigung</h1>{paragraph * 3}</article></body></html>",
        encoding="utf-8",
    )
    assert _extract(path)["authors"] == [kept]
