"""What a word is, in every script: budgets, tokenizers and token arrays agree on it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbrief.nlp.languages import resources
from newsbrief.nlp.token_arrays import tokenize
from newsbrief.nlp.tokens import DEFINITION, count_words, split_words, terms, word_spans, words

# Characters where scripts differ: Devanagari letters and vowel signs, Arabic with harakat,
# Hebrew with geresh, joiners, Han (in and beyond the BMP), Kana with a voicing mark, Thai.
CHARACTERS = [
    *"ab9 -'’.", "क", "ि", "्", "ा", "ं", "ب", "َ", "ّ", "ש", "״", "\u200c",
    "\u200d", "中", "\U00020000", "か", "\u3099", "ー", "ท", "\u0e31", "๕", "\U000110b0",
]  # fmt: skip
SCRIPTS = st.lists(st.sampled_from(CHARACTERS), max_size=30).map("".join)


@given(st.one_of(st.text(), SCRIPTS))
def test_words_are_the_definitions_matches(text: str) -> None:
    assert words(text) == DEFINITION.findall(text)
    assert count_words(text) == len(words(text))
    assert [text[s:e] for s, e in word_spans(text)] == words(text)


ASCII = st.lists(st.sampled_from([*"aZ09_ -'’.\n", "ab", "x-"]), max_size=30).map("".join)


@given(st.one_of(st.text(), SCRIPTS, ASCII))
def test_split_words_cuts_the_text_at_its_words(text: str) -> None:
    parts = split_words(text)
    assert "".join(parts) == text
    spans, at = [], 0
    for number, part in enumerate(parts):
        if number % 2:
            spans.append((at, at + len(part)))
        at += len(part)
    assert spans == word_spans(text)


@given(st.lists(st.one_of(st.text(max_size=25), SCRIPTS), max_size=5))
def test_token_arrays_find_the_same_words(texts: list[str]) -> None:
    table = tokenize(texts)
    for i, text in enumerate(texts):
        assert [table.forms[j] for j in table.ids[table.offsets[i] : table.offsets[i + 1]]] == (
            words(text)
        )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "India's capital is New Delhi, and the city is very big."
        ("भारत की राजधानी नई दिल्ली है, और यह शहर बहुत बड़ा है।", 12),
        # Vowel signs and virama inside words: each word whole.
        ("प्रधानमंत्री ने कहा कि चुनाव अगले साल होंगे।", 8),
        # Arabic with diacritics (harakat are marks).
        ("ذَهَبَ الرَّئِيسُ إِلَى القَاهِرَةِ أَمْسِ.", 5),
        ("Прем'єр-міністр заявив це в понеділок.", 5),
        ("Der Bundes­kanzler sprach am 24. Februar in Kyjiw.", 9),
        # Gershayim joins (ארה״ב); an ASCII double quote standing in for it does not.
        ('צה"ל ודובר ארה״ב אמרו כי הפגישה נדחתה.', 8),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", 5),
        # One word per Han or Kana character, as ROUGE for Chinese counts.
        ("北京今天下雨。", 6),
        ("東京でニュースを読んだ。", 11),
        ("دانشجویان می‌خواهند", 2),
    ],
)
def test_word_counts(sentence: str, expected: int) -> None:
    assert count_words(sentence) == expected


def test_a_hindi_word_keeps_its_vowel_signs() -> None:
    assert words("हिन्दी समाचार") == ["हिन्दी", "समाचार"]


def test_joiners_only_between_word_characters() -> None:
    assert words("don't -air-defence- F-16 'quoted' a--b") == [
        "don't",
        "air-defence",
        "F-16",
        "quoted",
        "a",
        "b",
    ]
    assert words("中-文 a中b") == ["中", "文", "a", "中", "b"]


def test_rouge_unicode_tokens_are_the_budget_words() -> None:
    from newsbrief.evaluation.rouge import RougeScorer, RougeSettings

    scorer = RougeScorer(RougeSettings(stem=False, tokens="unicode", length_limit=3))
    summary = "भारत की राजधानी नई दिल्ली है।"
    assert scorer.tokens(summary) == words(summary)
    assert scorer.tokens(summary, peer=True) == words(summary)[:3]
    scorer = RougeScorer(RougeSettings(stem=False, tokens="unicode"))
    score = scorer.score("北京今天下雨。", ["北京今天下雪。"])["ROUGE-1"]
    assert score.recall == pytest.approx(5 / 6, abs=1e-5)


@given(ASCII)
def test_ascii_text_has_the_definitions_words(text: str) -> None:
    # ASCII text goes through a pattern of ASCII classes: the same words, the same offsets.
    assert words(text) == DEFINITION.findall(text)
    assert word_spans(text) == [m.span() for m in DEFINITION.finditer(text)]
    assert count_words(text) == len(DEFINITION.findall(text))


def _plain_terms(text: str, language: str | None, keep_stopwords: bool) -> list[str]:
    # :func:`terms` word by word, as it was before its table of words met; it reads its text in
    # NFC (``A`` + U+0300 is the term ``à``), so the reference does too.
    res = resources(language)
    out = []
    for word in DEFINITION.findall(unicodedata.normalize("NFC", text).lower()):
        word = word.replace("’", "'")
        if not keep_stopwords and (word in res.stopwords or not any(c.isalpha() for c in word)):
            continue
        out.append(res.stem(word))
    return out


TERM_TEXT = st.lists(
    st.sampled_from(["The", " ", "running", "runs", "don’t", "9", "İ", "Straße", "ſ", "K", "ми"]),
    max_size=12,
).map("".join)


@example("A\u0300", None, False)  # decomposed: hypothesis found it in session 30
@settings(deadline=None)  # the first call of a language loads its stemmer
@given(
    st.one_of(st.text(max_size=40), SCRIPTS, ASCII, TERM_TEXT),
    st.sampled_from([None, "en", "de", "uk", "ja"]),
    st.booleans(),
)
def test_terms_from_the_table_are_the_plain_terms(
    text: str, language: str | None, keep_stopwords: bool
) -> None:
    expected = _plain_terms(text, language, keep_stopwords)
    assert terms(text, language, keep_stopwords=keep_stopwords) == expected
    assert terms(text, language, keep_stopwords=keep_stopwords) == expected  # from the table


def test_a_full_table_of_terms_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.nlp import tokens as module

    monkeypatch.setattr(module, "_TERMS_KEPT", 3)
    # Tables of their own, filled past the bound by other words: what earlier tests left in the
    # shared tables would otherwise decide whether this text misses at all.
    monkeypatch.setattr(module, "_TERMS", {})
    terms("Gulls circled over quiet docks at dawn", "en")
    text = "Ferries sailed past harbour walls while the wind rose"
    for _ in range(3):
        assert terms(text, "en") == _plain_terms(text, "en", False)
        assert len(module._term_table(resources("en"))) <= len(set(words(text.lower())))
