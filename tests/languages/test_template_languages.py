"""Template words beyond the first six languages (issue 12): every other language with a data
file (Arabic, Bulgarian, Catalan, Chinese, Czech, Danish, Dutch, Finnish, Greek, Hebrew, Hindi,
Hungarian, Indonesian, Italian, Japanese, Korean, Norwegian, Persian, Polish, Portuguese,
Romanian, Slovak, Swedish, Turkish and Vietnamese).

Each of these data files has its own ``[templates]`` and ``[reading]`` sections; the list joins
and date ranges come from CLDR (babel). A briefing exported with ``locale=xx`` keeps no
English template word: only the copied sentences, names and titles stay in their language.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from pathlib import Path

import attrs
import pytest

import newsbrief
from newsbrief.exporters.common import dominant_language
from newsbrief.languages import language
from newsbrief.languages.templates import join_words, phrase
from newsbrief.model import Briefing

HEADINGS = {
    "ar": "الملخص",
    "cs": "Shrnutí",
    "el": "Σύνοψη",
    "he": "תקציר",
    "hi": "सारांश",
    "it": "Sintesi",
    "zh": "摘要",
    "da": "Resumé",
    "id": "Ringkasan",
    "ja": "要約",
    "ko": "요약",
    "nl": "Samenvatting",
    "no": "Sammendrag",
    "pl": "Podsumowanie",
    "pt": "Resumo",
    "sv": "Sammanfattning",
    "tr": "Özet",
    "bg": "Резюме",
    "ca": "Resum",
    "fa": "خلاصه",
    "fi": "Tiivistelmä",
    "hu": "Összefoglaló",
    "ro": "Rezumat",
    "sk": "Zhrnutie",
    "vi": "Tóm tắt",
}
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
#: English templates with no word of their own ("{kind} ({n})").
WORDLESS = {"removed_other", "speaker_turn", "story_size"}
#: Templates the same as English in a language (Italian "in 1 file", Dutch "winter 2024").
BORROWED = {
    ("it", "articles_in_files"),
    ("nl", "season_winter"),
    ("ca", "articles"),
    # An entity type the language spells as English does (Danish, French "organisation").
    ("da", "entity_person"),
    ("da", "entity_organisation"),
    ("fr", "entity_organisation"),
    ("no", "entity_person"),
    ("sv", "entity_person"),
    ("sv", "entity_organisation"),
}
#: Words of a language spelt as an English template word is (Czech and Swedish "text").
NATIVE = {
    "it": {"file", "menu", "copyright"},
    "cs": {"text"},
    "sv": {"text", "person", "organisation"},
    "nl": {"winter", "links"},
    "da": {"links", "person", "organisation"},
    "de": {"person", "organisation"},
    "fr": {"organisation"},
    "no": {"person"},
    "pt": {"menu", "links"},
    "pl": {"element", "menu"},
    "id": {"menu"},
    "ca": {"articles", "notes", "text"},
    "ro": {"text"},
    "sk": {"text"},
}


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return newsbrief.build_briefing(newsbrief.load(str(SEEDS)), words=60)


def _fields(template: object) -> dict[str, str]:
    values = template.values() if isinstance(template, Mapping) else [template]
    names = {
        name
        for value in values
        for _, name, _, _ in string.Formatter().parse(str(value))
        if name and name != "n"
    }
    return {name: f"<{name}>" for name in names}


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_every_english_word_has_a_translation(code: str) -> None:
    english = language("en").templates
    for key, template in english.items():
        fields = _fields(template)
        for n in (1, 2, 3, 5, 11, 21, 100):
            own = phrase(code, key, n=n, **fields)
            if key not in WORDLESS and (code, key) not in BORROWED:
                assert own != phrase("en", key, n=n, **fields), (code, key, n)
            assert "{" not in own and "}" not in own, (code, key, own)


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_the_locale_option_chooses_the_words(briefing: Briefing, code: str) -> None:
    heading = HEADINGS[code]
    assert f"## {heading}" in newsbrief.export(briefing, "markdown", locale=code).splitlines()
    assert heading in newsbrief.export(briefing, "text", locale=code).splitlines()
    page = newsbrief.export(briefing, "html", locale=code)
    assert f"<h2>{heading}</h2>" in page and f'lang="{code}"' in page


#: A word: a run of three or more letters (in any script, so "listă" is not "list").
_WORD = re.compile(r"[^\W\d_]{3,}")


def _english_words() -> set[str]:
    """Every word of the English templates (placeholders aside), lower case."""
    found: set[str] = set()
    for template in language("en").templates.values():
        for value in template.values() if isinstance(template, Mapping) else [template]:
            text = re.sub(r"\{[^}]*\}", " ", str(value))
            found.update(word.lower() for word in re.findall(_WORD, text))
    return found


def _content_words(briefing: Briefing) -> set[str]:
    """Words the briefing copies from its inputs (texts, titles, names, addresses)."""
    texts = [d.text for d in briefing.documents]
    texts += [repr(d.metadata) for d in briefing.documents]
    texts += [repr(source) for source in briefing.sources]
    # The settings the page's provenance block lists (annotator names, words=60).
    texts.append(repr(briefing.settings))
    return {word.lower() for text in texts for word in re.findall(_WORD, text)}


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_no_english_template_word_is_left(code: str) -> None:
    # Articles in the language (the title and coverage notes are composed in the articles'
    # language), read with its words: headings, counts, notes, dates, footer.
    briefing = newsbrief.build_briefing(newsbrief.load(str(SEEDS), language=code), words=60)
    assert briefing.notes, "the seeds give coverage notes to check"
    english = _english_words() - _content_words(briefing) - {"newsbrief"} - NATIVE.get(code, set())
    for exporter in ("markdown", "text", "html"):
        output = newsbrief.export(briefing, exporter, locale=code)
        assert isinstance(output, str)
        if exporter == "html":
            output = re.sub(r"<style.*?</style>|<script.*?</script>", " ", output, flags=re.S)
            output = re.sub(r"<[^>]*>", " ", output)  # tags, attributes, CSS class names
        words = {word.lower() for word in re.findall(_WORD, output)}
        assert not words & english, (exporter, sorted(words & english))


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_the_words_default_to_the_briefings_language(briefing: Briefing, code: str) -> None:
    documents = tuple(
        attrs.evolve(d, metadata=attrs.evolve(d.metadata, language=code))
        for d in briefing.documents
    )
    translated = attrs.evolve(briefing, documents=documents)
    assert dominant_language(translated) == code
    assert f"## {HEADINGS[code]}" in newsbrief.export(translated, "markdown").splitlines()


def test_plural_forms_follow_cldr_in_each_language() -> None:
    assert [phrase("cs", "articles", n=n) for n in (1, 3, 5, 21)] == [
        "1 článek",
        "3 články",
        "5 článků",
        "21 článků",
    ]
    assert [phrase("ar", "articles", n=n) for n in (1, 2, 3, 11, 100)] == [
        "مقال واحد",
        "مقالان",
        "3 مقالات",
        "11 مقالًا",
        "100 مقال",
    ]
    assert [phrase("he", "articles", n=n) for n in (1, 2, 7)] == [
        "כתבה אחת",
        "שתי כתבות",
        "7 כתבות",
    ]
    assert phrase("it", "word_count", n=1, count="1") == "1 parola"
    assert phrase("zh", "articles", n=1) == "1 篇文章"


def test_cldr_gives_list_joins_and_date_ranges() -> None:
    assert join_words(["[1]", "[2]", "[3]"], "zh") == "[1]、[2]和[3]"
    assert join_words(["[1]", "[2]"], "it") == "[1] e [2]"
    assert join_words(["[1]", "[2]", "[3]"], "ar") == "[1] و[2] و[3]"
    assert phrase("cs", "date_range", first="1. 3.", last="2. 3.") == "1. 3.\u2009–\u20092. 3."
    # Languages with their own words keep them; untranslated ones stay wholly English.
    assert join_words(["[1]", "[2]", "[3]"], "en") == "[1], [2] and [3]"
    assert join_words(["[1]", "[2]"], "sw") == "[1] and [2]"


def test_a_note_about_a_list_agrees_with_the_list_not_the_numeral() -> None:
    # Ukrainian and Russian 21 takes the "one" form, yet 21 listed sources are plural.
    one, many = (phrase("uk", "note_background", n=n, refs="[1]", year=2022) for n in (1, 21))
    assert one == "[1] — тло: матеріал 2022 року."
    assert many == "[1] — тло: матеріали 2022 року."
    assert phrase("ru", "note_background", n=2, refs="[1] и [2]", year=2020) == (
        "[1] и [2] — предыстория: материалы 2020 года."
    )
    # A file of five articles: "5 статей", not "5 статті".
    assert phrase("uk", "note_one_file", n=5, refs="[3]") == "[3] — це 5 статей в одному файлі."
    assert phrase("ru", "note_one_file", n=21, refs="[3]") == "[3] — это 21 статья в одном файле."


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_reading_lists_exist(code: str) -> None:
    words = language(code)
    assert words.words("reading", "anaphoric_openings")
    assert words.words("reading", "back_references")
