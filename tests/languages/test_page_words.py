"""The ``[page]`` section of the language data (languages/page.py): page-furniture words, read
through :func:`newsbrief.languages.language` by the plain-text parser's noise filter and the
entity annotator's furniture filter, and nowhere else."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import attrs
import pytest

from newsbrief.languages import PATH_ENV, language, reload, supported
from newsbrief.languages.page import PageWords
from newsbrief.parsers.plaintext import noise

SRC = Path(__file__).resolve().parents[2] / "src" / "newsbrief"
#: Languages with page words of their own, and a furniture line of each.
LINES = {
    "en": ("Advertisement", "Read more"),
    "de": ("Anzeige", "Lesen Sie auch"),
    "fr": ("Publicité", "Lire aussi"),
    "es": ("Publicidad", "Lee también"),
    "ru": ("Реклама", "Читайте также"),
    "uk": ("Реклама", "Читайте також"),
    "it": ("Pubblicità", "Leggi anche"),
    "pt": ("Publicidade", "Leia também"),
    "pl": ("Reklama", "Czytaj też"),
    "nl": ("Advertentie", "Lees ook"),
}
_SLOT = re.compile(r"\{[^}]*\}")


@pytest.mark.parametrize("code", sorted(LINES))
def test_each_language_reads_its_page_words(code: str) -> None:
    page = language(code).page
    advert, related = LINES[code]
    assert advert.lower() in page.adverts
    assert related.lower() in page.related
    assert page.buttons and page.caption_words and page.furniture_words and page.section_labels


def test_a_language_without_page_words_has_empty_lists() -> None:
    assert language("sw").page == PageWords()


@pytest.mark.parametrize(
    ("code", "line"), [("sv", "Läs också"), ("tr", "Reklam"), ("ar", "اقرأ أيضا"), ("zh", "广告")]
)
def test_more_languages_have_their_advert_and_related_lines(code: str, line: str) -> None:
    page = language(code).page
    assert line.lower() in page.adverts | page.related
    assert noise.is_promo(line, code) or noise.is_related_label(line, code)


@pytest.mark.parametrize("code", supported())
def test_page_words_are_lower_case_and_slots_are_known(code: str) -> None:
    page = language(code).page
    for field in attrs.fields(PageWords):
        for word in getattr(page, field.name):
            assert word == word.lower() and word.strip() == word, (field.name, word)
            slots = set(_SLOT.findall(word))
            assert slots <= {"{word}", "{words}"}, (field.name, word)
            assert not slots or field.name in ("buttons", "related"), (field.name, word)


def test_english_page_words_moved_out_of_entities() -> None:
    entities = language("en").sections["entities"]
    for key in ("furniture_words", "credit_words", "time_zones", "section_labels"):
        assert key not in entities
    page = language("en").page
    assert {"skip advertisement", "copyright"} <= page.furniture_words
    assert "cst" in page.time_zones and "politics" in page.section_labels


def _code_strings(path: Path) -> str:
    """The string literals of a module's code (docstrings aside), lower-case."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return " ".join(
        node.value.lower()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    )


@pytest.mark.parametrize(
    "module", ["parsers/plaintext/noise.py", "annotators/entities/furniture.py"]
)
def test_no_furniture_word_is_written_in_the_filters(module: str) -> None:
    # The words live in the language data: the filters hold only the patterns' shapes.
    strings = _code_strings(SRC / module)
    for word in ("advertisement", "read more", "реклама", "читайте", "getty", "subscribe", "utc"):
        assert word not in strings, word


def test_a_data_file_on_the_path_adds_page_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not noise.is_promo("Tangazo", "sw")
    (tmp_path / "sw.toml").write_text('[page]\nadverts = ["tangazo"]\n', encoding="utf-8")
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    reload()
    try:
        assert "tangazo" in language("sw").page.adverts
        assert noise.is_promo("Tangazo", "sw") and not noise.is_promo("Tangazo")
        assert not noise.is_promo("Tangazo", "en")
    finally:
        monkeypatch.delenv(PATH_ENV)
        reload()
    assert not noise.is_promo("Tangazo", "sw")


@pytest.mark.parametrize("code", supported())
def test_furniture_words_repeat_no_advert_nor_related_label(code: str) -> None:
    # The entity filter takes adverts and related labels as furniture phrases already.
    page = language(code).page
    assert not page.furniture_words & page.adverts, code
    assert not page.furniture_words & page.related, code


@pytest.mark.parametrize(
    ("code", "phrase", "alone"), [("es", "última hora", "hora"), ("fr", "à la une", "une")]
)
def test_a_section_label_of_several_words_is_one_phrase(code: str, phrase: str, alone: str) -> None:
    labels = language(code).page.section_labels
    assert phrase in labels and alone not in labels
