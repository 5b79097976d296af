"""The language home: what :func:`newsbrief.languages.language` knows, from CLDR and data files."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.annotators.dates import find_expressions, lexicon_for
from newsbrief.errors import NewsbriefError
from newsbrief.languages import language, normalize, reload, supported
from newsbrief.languages.templates import phrase
from newsbrief.nlp.abbreviations import abbreviations
from newsbrief.parsers.plaintext.dates import parse_date_line

#: The languages whose calendar words must come from CLDR (issue 12).
CLDR_LANGUAGES = [
    "en",
    "uk",
    "ru",
    "de",
    "fr",
    "es",
    "it",
    "pl",
    "cs",
    "pt",
    "nl",
    "ar",
    "el",
    "he",
    "hi",
    "zh",
]
#: The languages with a hand-kept data file of their own.
HAND_LANGUAGES = ["en", "uk", "ru", "de", "fr", "es"]


@pytest.mark.parametrize("code", CLDR_LANGUAGES)
def test_every_language_has_twelve_months_and_seven_weekdays(code: str) -> None:
    lang = language(code)
    assert code in supported()
    assert set(lang.months.values()) == set(range(1, 13))
    assert set(lang.weekdays.values()) == set(range(7))
    assert lang.relative_days  # CLDR's "today" at least
    assert all(word == word.lower() and not word.endswith(".") for word in lang.all_months)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", {"march": 3, "sept": 9, "sep": 9, "may": 5}),
        ("uk", {"лютий": 2, "лютого": 2, "лютому": 2, "листопада": 11}),
        ("ru", {"март": 3, "марта": 3, "марте": 3}),
        ("de", {"märz": 3, "februar": 2, "okt": 10}),
        ("fr", {"mars": 3, "août": 8, "févr": 2}),
        ("es", {"mayo": 5, "setiembre": 9}),
        ("ar", {"مارس": 3}),
        ("el", {"μαρτίου": 3}),
        ("he", {"מרץ": 3}),
        ("hi", {"मार्च": 3}),
        ("zh", {"三月": 3}),
    ],
)
def test_month_forms(code: str, words: dict[str, int]) -> None:
    months = language(code).all_months
    assert {word: months.get(word) for word in words} == words


def test_weekdays_relative_days_and_writing_direction() -> None:
    assert language("en").weekday_abbreviations["thurs"] == 3
    assert language("uk").weekdays["п'ятниця"] == 4
    assert language("de").weekdays["samstag"] == 5
    assert language("uk").relative_days == {
        "позавчора": -2,
        "вчора": -1,
        "учора": -1,
        "сьогодні": 0,
        "завтра": 1,
        "післязавтра": 2,
    }
    assert language("fr").relative_days["hier"] == -1
    # Hindi ``कल`` is yesterday and tomorrow: no table can say which, so it is left out.
    assert "कल" not in language("hi").relative_days
    assert language("ar").rtl and language("he").rtl and not language("uk").rtl
    assert language("en").capitalised_calendar and not language("fr").capitalised_calendar


@pytest.mark.parametrize("code", HAND_LANGUAGES)
def test_hand_files_fill_every_section(code: str) -> None:
    lang = language(code)
    assert lang.quote_pairs and lang.speech_verbs and lang.titles and lang.honorifics
    assert lang.abbreviations["never_final"] and lang.seasons and lang.numbers
    assert lang.tense["future"] and lang.tense["past"]
    assert phrase(code, "summary") and lang.templates.keys() == language("en").templates.keys()


def test_normalize_and_unknown_languages() -> None:
    assert normalize("en_GB") == normalize("en-GB") == "en"
    assert normalize("Ukrainian") == normalize("uk-UA") == "uk"
    assert normalize(None) == normalize("") == normalize("no such language") == "und"
    # A language without a data file gets what CLDR knows, never English words.
    korean = language("ko-KR")
    assert korean.code == "ko" and korean.months["3월"] == 3 and korean.relative_days["어제"] == -1
    nothing = language("und")
    assert not nothing.months and not nothing.speech_verbs and not nothing.stopwords
    assert language("sw").months["machi"] == 3 and not language("sw").titles


def test_stop_words_and_stemmers_come_with_the_language() -> None:
    assert "the" in language("en").stopwords and "і" in language("uk").stopwords
    assert language("en").stem("running") == "run"
    assert language("ru").stem("ракеты") == language("ru").stem("ракета")


def test_segmentation_abbreviations_are_read_from_the_data_files() -> None:
    assert "т.е" in abbreviations("ru").never_final and "ст" in abbreviations("uk").before_number
    assert "bzw" in abbreviations("de").never_final
    # English titles come with every language, as before.
    assert {"mr", "gen"} <= abbreviations("fr").never_final
    assert abbreviations(None).never_final == language("en").abbreviations["never_final"]


# --- calendar basics with real phrases ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 2, 2022", dt.date(2022, 3, 2)),
        ("Tuesday, 26 November 2024 07:32 PM EST", dt.date(2024, 11, 26)),
        ("Sept. 5, 2023", dt.date(2023, 9, 5)),
        ("Samstag, 24. Februar 2022", dt.date(2022, 2, 24)),
        ("24 лютого 2022 року", dt.date(2022, 2, 24)),
        ("четвер, 3 жовтня 2024", dt.date(2024, 10, 3)),
        ("5 марта 2022 г.", dt.date(2022, 3, 5)),
        ("jeudi 3 octobre 2024", dt.date(2024, 10, 3)),
        ("Опубліковано: 2 березня 2022 р.", dt.date(2022, 3, 2)),
        ("Veröffentlicht am 3. März 2024", dt.date(2024, 3, 3)),
        ("3 ottobre 2024", dt.date(2024, 10, 3)),
        ("3 października 2024", dt.date(2024, 10, 3)),
        ("3. října 2024", dt.date(2024, 10, 3)),
        ("Payment 2, 2022", None),
    ],
)
def test_date_lines_in_many_languages(line: str, date: dt.date | None) -> None:
    assert parse_date_line(line) == date


@pytest.mark.parametrize(
    ("code", "text", "found"),
    [
        (
            "en",
            "NATO met on Tuesday, Oct. 3, after talks yesterday.",
            ["Tuesday, Oct. 3", "yesterday"],
        ),
        ("de", "Die Gespräche finden am Samstag statt, nicht gestern.", ["Samstag", "gestern"]),
        ("de", "Der Angriff begann am 24. Februar 2022.", ["24. Februar 2022"]),
        ("uk", "Це сталося 24 лютого 2022 року, а вчора знову.", ["24 лютого 2022 року", "вчора"]),
        ("uk", "Переговори відбулися у травні 2024 року.", ["травні 2024"]),
        ("ru", "Это было 5 марта 2022 года.", ["5 марта 2022 года"]),
        ("fr", "Il est arrivé le 3 mars à Paris, hier soir.", ["3 mars", "hier"]),
        ("es", "Llegó ayer, y volverá en mayo.", ["ayer", "mayo"]),
    ],
)
def test_the_date_grammar_reads_each_languages_calendar(
    code: str, text: str, found: list[str]
) -> None:
    expressions = find_expressions(text, lexicon_for(code))
    assert [text[e.start : e.end] for e in expressions] == found


def test_lower_case_abbreviations_are_not_dates_in_running_text() -> None:
    # Ukrainian ``лист`` (a letter) abbreviates ``листопада`` in CLDR: only full names count.
    assert find_expressions("Він відповів на лист міністра.", lexicon_for("uk")) == []


# --- a new language is one data file ----------------------------------------------------------


def test_a_data_file_on_the_path_adds_a_language(language_dir: Path) -> None:
    assert "sw" not in supported()
    (language_dir / "sw.toml").write_text(
        """
[language]
name = "Swahili"

[calendar]
relative_days = { "juzi" = -2 }
date_cues = "mwezi tarehe"

[quotes]
pairs = [["“", "”"]]
speech_verbs = "alisema walisema"

[templates]
summary = "Muhtasari"
articles = { one = "makala {n}", other = "makala {n}" }
""",
        encoding="utf-8",
    )
    reload()
    swahili = language("sw")
    assert "sw" in supported() and swahili.name == "Swahili"
    assert swahili.relative_days["juzi"] == -2 and swahili.relative_days["jana"] == -1  # CLDR
    assert swahili.speech_verbs == {"alisema", "walisema"}
    assert phrase("sw", "summary") == "Muhtasari" and phrase("sw", "articles", n=3) == "makala 3"
    assert phrase("sw", "timeline") == "Timeline"  # a missing word falls back to English
    text = "Mkutano ulifanyika tarehe 3 Machi 2024, si juzi."
    expressions = find_expressions(text, lexicon_for("sw"))
    assert [text[e.start : e.end] for e in expressions] == ["3 Machi 2024", "juzi"]
    assert parse_date_line("3 Machi 2024") == dt.date(2024, 3, 3)


def test_a_data_file_on_the_path_adds_to_a_built_in_language(language_dir: Path) -> None:
    (language_dir / "en.toml").write_text(
        '[calendar]\nrelative_days = { "this morning" = 0 }\n'
        '[segmentation]\nnever_final = "approx supt univ"\n',
        encoding="utf-8",
    )
    reload()
    english = language("en")
    assert english.relative_days["this morning"] == 0 and english.relative_days["tonight"] == 0
    assert "univ" in abbreviations("en").never_final and "mr" in abbreviations("en").never_final


def test_a_broken_data_file_is_one_clear_error(language_dir: Path) -> None:
    (language_dir / "xh.toml").write_text("[calendar\nmonths = 3\n", encoding="utf-8")
    reload()
    with pytest.raises(NewsbriefError, match=r"language data file .*xh\.toml"):
        language("xh")
    (language_dir / "xh.toml").write_text('[calendar]\nmonths = { "x" = "three" }\n')
    reload()
    with pytest.raises(NewsbriefError, match="language data for 'xh'"):
        language("xh")


def test_the_ukrainian_stemmer_loads_without_nltk_or_scipy() -> None:
    # sumy's Ukrainian stemmer is one file of regular expressions; importing it through its
    # package would import NLTK and SciPy first (seconds before a Ukrainian word is stemmed).
    probe = (
        "import sys\n"
        "from newsbrief.languages import language\n"
        "stem = language('uk').stem\n"
        "print(stem('міністерства'), stem('Києві'))\n"
        "print(sorted(m for m in ('nltk', 'scipy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    stems, loaded = result.stdout.splitlines()
    assert stems == "міністерств києв"
    assert loaded == "[]"
