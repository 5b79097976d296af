"""``-O locale=X`` words the whole export in X: title, coverage notes and entity kinds too.

The title and the notes are written when the briefing is composed; the exporters' ``locale``
option reaches that stage, so ``-O locale=uk`` gives the words ``--language uk`` gives.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsbrief
from newsbrief.cli import cli
from newsbrief.languages.templates import join_words, phrase

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LANGUAGES = ("en", "uk", "ru", "de", "fr", "es")


def _build(*args: str) -> str:
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", "-", "--words", "60", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _notes(markdown: str, code: str) -> list[str]:
    lines = markdown.split(f"## {phrase(code, 'notes')}\n", 1)[1].splitlines()
    return [line for line in lines if line.startswith("- ")]


@pytest.fixture(scope="module")
def english() -> newsbrief.Briefing:
    return newsbrief.build_briefing(newsbrief.load(str(SEEDS)), words=60)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_locale_option_words_the_title_and_the_notes(code: str) -> None:
    markdown = _build("-f", "markdown", "-O", f"locale={code}")
    prefix = phrase(code, "briefing_about", subjects="|").split("|")[0]
    assert markdown.startswith(f"# {prefix}")
    # Two of the seed articles share one file: that note, word for word in the language.
    refs = join_words(["[4]", "[5]"], code)
    assert f"- {phrase(code, 'note_one_file', n=2, refs=refs)}" in _notes(markdown, code)


def test_the_notes_of_the_locale_are_the_notes_of_the_language_option() -> None:
    # Same wording as --language uk gives (the notes' numbers may differ: the language also
    # changes how the articles are read); the title's prefix and the skipped-file note alike.
    by_locale = _notes(_build("-f", "markdown", "-O", "locale=uk"), "uk")
    by_language = _notes(_build("-f", "markdown", "--language", "uk"), "uk")
    assert by_locale[1] == by_language[1]  # [4] і [5] — це 2 статті в одному файлі.
    assert "Briefing" not in " ".join(by_locale) and "story" not in " ".join(by_locale)


def test_json_notes_follow_the_locale_as_they_follow_the_language() -> None:
    data = json.loads(_build("-f", "json", "-O", "locale=de"))
    refs = join_words(["[4]", "[5]"], "de")
    assert phrase("de", "note_one_file", n=2, refs=refs) in [n["message"] for n in data["notes"]]
    assert data["title"].startswith("Überblick: ")


def test_a_briefing_built_for_a_locale_is_titled_and_noted_in_it() -> None:
    # The Python API: the export options given to the build reach the composed words.
    built = newsbrief.build_briefing(
        newsbrief.load(str(SEEDS)), words=60, export_options={"locale": "es"}
    )
    assert str(built.title).startswith(phrase("es", "briefing_about", subjects=""))
    refs = join_words(["[4]", "[5]"], "es")
    assert phrase("es", "note_one_file", n=2, refs=refs) in [note.message for note in built.notes]


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("exporter", ["markdown", "text"])
def test_entity_kinds_are_in_the_words_language(
    english: newsbrief.Briefing, code: str, exporter: str
) -> None:
    output = str(newsbrief.export(english, exporter, locale=code))
    for kind in ("place", "organisation"):
        assert f"({phrase(code, f'entity_{kind}')}" in output, (kind, output)
    if code != "en":  # French "organisation" is spelt as the English type
        assert not re.search(r"\((place|person)[;)]", output)


def test_english_kinds_are_written_as_before(english: newsbrief.Briefing) -> None:
    assert "- Kyiv (place; also Kiev)" in str(newsbrief.export(english, "markdown"))
