"""Language identification (py3langid and the writing system) and declared language codes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.languages.detect import (
    MIN_LETTERS,
    detect_language,
    language_code,
    parse_language,
    script_counts,
)
from newsbrief.nlp.languages import normalize_language, resources

ROOT = Path(__file__).resolve().parents[2]

#: Small dev texts written for these tests, one per NTREX language and a few more.
SENTENCES = {
    "ar": "قال وزير الخارجية إن المحادثات مع الوفد الأوروبي ستستمر يوم الثلاثاء في العاصمة.",
    "cs": "Ministr zahraničí řekl, že jednání s evropskou delegací budou pokračovat v úterý.",
    "de": "Der Außenminister sagte, die Gespräche mit der europäischen Delegation gehen weiter.",
    "el": "Ο υπουργός Εξωτερικών δήλωσε ότι οι συνομιλίες θα συνεχιστούν την Τρίτη.",
    "en": "The foreign minister said talks with the European delegation would resume on Tuesday.",
    "es": "El ministro de Exteriores dijo que las conversaciones seguirán el martes en la capital.",
    "fr": "Le ministre des Affaires étrangères a déclaré que les discussions reprendront mardi.",
    "he": "שר החוץ אמר כי השיחות עם המשלחת האירופית יימשכו ביום שלישי בבירה.",
    "hi": "विदेश मंत्री ने कहा कि यूरोपीय प्रतिनिधिमंडल के साथ बातचीत मंगलवार को जारी रहेगी।",
    "it": "Il ministro degli Esteri ha detto che i colloqui con la delegazione riprenderanno.",
    "ru": "Министр иностранных дел заявил, что переговоры с делегацией продолжатся во вторник.",
    "uk": "Міністр закордонних справ заявив, що переговори з делегацією продовжаться у вівторок.",
    "zh": "外交部长表示，与欧洲代表团的会谈将于星期二在首都继续进行。",
    "ja": "外務大臣は、欧州代表団との協議は火曜日に首都で再開されると述べた。",
    "ko": "외무장관은 유럽 대표단과의 회담이 화요일 수도에서 재개될 것이라고 말했다.",
    "pl": "Minister spraw zagranicznych powiedział, że rozmowy z delegacją będą kontynuowane.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SENTENCES.items()))
def test_a_sentence_in_each_language(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ναι", "el"),
        ("כן", "he"),
        ("نعم", "ar"),
        ("हाँ", "hi"),
        ("是", "zh"),
        ("はい", "ja"),
        ("네", "ko"),
        ("Այո", "hy"),
        ("ใช่", "th"),
        ("კი", "ka"),
    ],
)
def test_a_script_that_decides_gives_an_answer_however_short(text, code):
    assert detect_language(text) == code


def test_short_latin_or_cyrillic_text_and_text_without_letters_give_none():
    assert detect_language("Yes.") is None
    assert detect_language("Так.") is None
    assert detect_language("2024-10-04 12:30 | 5 %") is None
    assert detect_language("") is None
    at_the_bound = "Thanks guys"  # MIN_LETTERS letters: the model is asked
    assert sum(map(str.isalpha, at_the_bound)) == MIN_LETTERS
    assert detect_language(at_the_bound) is not None


def test_mixed_text_follows_the_dominant_script():
    # A Chinese sentence quoting English names is Chinese; an English one quoting a word is English.
    assert (
        detect_language("Sainsbury 表示将把美容产品的规模扩大一倍，其中包括 Revlon 和 Essie。")
        == "zh"
    )
    assert detect_language(f"{SENTENCES['en']} The sign read 和平 and nothing else.") == "en"
    # Latin-script text is never called a language of another script, and vice versa.
    assert detect_language("Il faut bien le faire, dit-il.") == "fr"


def test_page_chrome_does_not_outvote_the_article():
    page = "Home | News | EN | UA\n" + SENTENCES["uk"] * 3
    assert detect_language(page) == "uk"


def test_deterministic_across_calls_and_hash_seeds(outputs_under_hash_seeds):
    texts = list(SENTENCES.values())
    assert [detect_language(t) for t in texts] == [detect_language(t) for t in texts]
    script = (
        "from newsbrief.languages.detect import detect_language\n"
        f"print([detect_language(t) for t in {texts!r}])"
    )
    assert len(outputs_under_hash_seeds(script)) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_and_gives_none_or_a_valid_code(text):
    found = detect_language(text)
    assert found is None or language_code(found) == found


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40))
def test_declared_codes_never_crash(value):
    found = language_code(value)
    assert found is None or language_code(found) == found


def test_lone_surrogates_are_read():
    assert detect_language(SENTENCES["de"] + "\udc80") == "de"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("en-GB", "en"),
        ("uk_UA", "uk"),
        ("uk_UA.UTF-8", "uk"),
        ("EN", "en"),
        ("zh-Hans-CN", "zh"),
        ("ukr", "uk"),
        ("ger", "de"),
        ("Ukrainian", "uk"),
        ("iw", "he"),
        ("ua", "uk"),
        ("fil", "fil"),
        ("und", None),
        ("zxx", None),
        ("xx", None),
        ("x-default", None),
        ("en-$$", None),
        ("", None),
    ],
)
def test_language_codes(value, code):
    assert language_code(value) == code


def test_parse_language_refuses_nonsense_in_one_line():
    assert parse_language("pt-BR") == "pt"
    with pytest.raises(ValueError, match=r"^'klingon!' is not a language code") as error:
        parse_language("klingon!")
    assert "\n" not in str(error.value)


def test_a_language_without_stop_words_is_not_english():
    assert normalize_language("sw-KE") == "sw"
    swahili = resources("sw")
    assert swahili.code == "sw"
    assert swahili.stopwords == frozenset()
    assert swahili.stem("Nairobi") == "nairobi"
    assert "the" not in resources("ja").stopwords  # Japanese gets its own list
    assert "the" in resources(None).stopwords  # nothing known at all: English


def test_script_counts():
    assert script_counts("abc Ωμέγα 中文 かな") == {"Latin": 3, "Greek": 5, "Han": 2, "Kana": 2}


def _benchmark():
    name = "language_id_benchmark"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "language_id.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.mark.shared
@pytest.mark.slow
def test_at_least_99_percent_of_the_assembled_documents(shared_dir):
    benchmark = _benchmark()
    samples = benchmark.documents(shared_dir / "data")
    assert {s.language for s in samples} >= {"ar", "cs", "el", "he", "hi", "zh", "en"}
    score = benchmark.score(detect_language, samples)
    wrong = score.confusions.most_common(5)
    assert score.accuracy >= benchmark.TARGET, wrong
    sentences = benchmark.score(detect_language, benchmark.ntrex_sentences(shared_dir / "data"))
    assert sentences.accuracy >= 0.98, sentences.confusions.most_common(5)
