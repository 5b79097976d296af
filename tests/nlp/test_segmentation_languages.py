"""Segmentation in every supported language, on sentences written for these tests.

Each case is a small news text and the sentences it must give: terminators of the script,
abbreviations and ordinals of the language, quotes and parentheses a boundary must not cut.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.nlp.segmenter import sentence_spans

GOLDEN_RULES = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "golden-rules"

CASES = {
    "en": (
        "The minister (who arrived on Monday, i.e. a day late) met Dr. Smith. Talks resumed.",
        [
            "The minister (who arrived on Monday, i.e. a day late) met Dr. Smith.",
            "Talks resumed.",
        ],
    ),
    "uk": (
        "Міністр прибув до Києва у 2023 р. Переговори тривали три години (т. зв. «нічний "
        "раунд»). Сторони домовилися про обмін полоненими.",
        [
            "Міністр прибув до Києва у 2023 р.",
            "Переговори тривали три години (т. зв. «нічний раунд»).",
            "Сторони домовилися про обмін полоненими.",
        ],
    ),
    "ru": (
        "Совещание прошло в Москве (см. Прил. 2 к протоколу). Журналист спросил: «Когда "
        "начнутся работы?». Ответа не последовало.",
        [
            "Совещание прошло в Москве (см. Прил. 2 к протоколу).",
            "Журналист спросил: «Когда начнутся работы?».",
            "Ответа не последовало.",
        ],
    ),
    "de": (
        "Die Wahl findet am 24. Februar statt. „Wir sind bereit. Alles ist vorbereitet“, "
        "sagte der Sprecher. Er nannte z. B. die neuen Urnen.",
        [
            "Die Wahl findet am 24. Februar statt.",
            "„Wir sind bereit. Alles ist vorbereitet“, sagte der Sprecher.",
            "Er nannte z. B. die neuen Urnen.",
        ],
    ),
    "fr": (
        "Le 1er janvier, le président a parlé. « C'est une année difficile. Nous tiendrons "
        "bon », a-t-il dit. La séance a été levée.",
        [
            "Le 1er janvier, le président a parlé.",
            "« C'est une année difficile. Nous tiendrons bon », a-t-il dit.",
            "La séance a été levée.",
        ],
    ),
    "es": (
        "El alcalde habló con la Sra. Gómez. «¿Hay agua potable? ¿Cuándo llegará la ayuda?», "
        "preguntó un vecino. Nadie respondió.",
        [
            "El alcalde habló con la Sra. Gómez.",
            "«¿Hay agua potable? ¿Cuándo llegará la ayuda?», preguntó un vecino.",
            "Nadie respondió.",
        ],
    ),
    "ar": (
        "وصل الوزير إلى القاهرة صباح اليوم. هل ستنجح المفاوضات؟ يأمل الجميع ذلك.",
        ["وصل الوزير إلى القاهرة صباح اليوم.", "هل ستنجح المفاوضات؟", "يأمل الجميع ذلك."],
    ),
    "hi": (
        "प्रधानमंत्री आज दिल्ली पहुंचे। उन्होंने किसानों से मुलाकात की। क्या समझौता होगा? सब इंतज़ार कर रहे हैं।",
        [
            "प्रधानमंत्री आज दिल्ली पहुंचे।",
            "उन्होंने किसानों से मुलाकात की।",
            "क्या समझौता होगा?",
            "सब इंतज़ार कर रहे हैं।",
        ],
    ),
    "el": (
        "Ο υπουργός έφτασε στην Αθήνα. Θα υπογραφεί η συμφωνία; Όλοι περιμένουν την απάντηση.",
        [
            "Ο υπουργός έφτασε στην Αθήνα.",
            "Θα υπογραφεί η συμφωνία;",
            "Όλοι περιμένουν την απάντηση.",
        ],
    ),
    "zh": (
        "部长今天抵达北京。他说：“谈判很顺利！”双方会签署协议吗？记者们都在等待。",
        ["部长今天抵达北京。", "他说：“谈判很顺利！”", "双方会签署协议吗？", "记者们都在等待。"],
    ),
    "he": (
        "השר הגיע לירושלים הבוקר. האם השיחות יצליחו? כולם מקווים שכן.",
        ["השר הגיע לירושלים הבוקר.", "האם השיחות יצליחו?", "כולם מקווים שכן."],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_sentences_in_each_language(language: str) -> None:
    text, expected = CASES[language]
    spans = sentence_spans(text, language)
    assert [text[s:e] for s, e in spans] == expected


def test_a_greek_semicolon_ends_a_sentence_only_in_greek() -> None:
    text = "He paused; Then he went on."
    assert len(sentence_spans(text, "en")) == 1
    assert len(sentence_spans("Θα έρθει; Ναι.", "el")) == 2


def test_an_ordinal_day_before_a_month_is_no_boundary_where_dates_are_written_so() -> None:
    text = "Das Treffen war am 3. März. Danach reiste er ab."
    assert len(sentence_spans(text, "de")) == 2
    # English writes no ordinal dot: "on the 3. March" is no rule there, a year is an end.
    assert len(sentence_spans("It ended in 2012. March was calm.", "en")) == 2


@given(
    st.lists(
        st.sampled_from(["Wort", "слово", "शब्द", "كلمة", "字", "(", ")", "«", "»", "„", "“"])
        | st.sampled_from([". ", "। ", "؟ ", "。", "? ", " ", "; "]),
        max_size=40,
    ).map("".join),
    st.sampled_from(["en", "de", "ru", "hi", "ar", "zh", "el", None]),
)
def test_sentences_are_ordered_trimmed_slices(text: str, language: str | None) -> None:
    spans = sentence_spans(text, language)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous = end


@pytest.mark.shared
@pytest.mark.parametrize("language", ["de", "es", "fr", "hi", "ja", "ru", "zh", "ar"])
def test_golden_rules_not_below_nupunkt(language: str) -> None:
    path = GOLDEN_RULES / f"golden_rules_{language}.json"
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    import nupunkt

    model = nupunkt.load("default")
    rows = json.loads(path.read_text("utf-8"))

    def passed(segment) -> int:  # type: ignore[no-untyped-def]
        return sum(
            [s.strip() for s in segment(r["text"]) if s.strip()] == r["expected"] for r in rows
        )

    ours = passed(lambda t: [t[s:e] for s, e in sentence_spans(t, language)])
    theirs = passed(lambda t: [t[s:e] for s, e in model.span_tokenize(t)])
    assert ours >= theirs
