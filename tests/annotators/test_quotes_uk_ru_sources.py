"""Ukrainian and Russian unnamed sources pointed back to by a cue's bare source noun (``—
сказав співрозмовник``, ``— сказало джерело``, ``— сказал собеседник издания``): the source
as the sentence before describes it, also when an adjective stands before its noun, when the
cue and whom it was told come first (``як розповіло виданню джерело``), when a qualifier
goes on after a comma (``джерело, знайоме з ...``), and when a photo credit with no full stop
stands on the line before.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "uk",
            "Міністри обговорили бюджет альянсу.\n"
            "Тим часом високопоставлене джерело в уряді розповіло агентству, що рішення "
            "відклали. «Жодна столиця не готова платити більше цього року», — сказало джерело.",
            "Жодна столиця не готова",
            "високопоставлене джерело в уряді",
        ),
        (
            "uk",
            "Завод шукає нового власника.\n"
            "Проте, як розповіло виданню джерело, обізнане з умовами продажу, покупця вже "
            "знайшли. «Угоду підпишуть до кінця зими, якщо погодить регулятор», — сказав "
            "співрозмовник.",
            "Угоду підпишуть до кінця зими",
            "джерело, обізнане з умовами продажу",
        ),
        (
            "ru",
            "Банк готовит допэмиссию акций.\n"
            "Источник, знакомый с планами банка, рассказал агентству, что размещение "
            "перенесут на весну. «Рынок сейчас не готов к такому объему бумаг», — сказал "
            "собеседник агентства.",
            "Рынок сейчас не готов",
            "источник, знакомый с планами банка",
        ),
        (
            "ru",
            "Переговоры в Женеве закончились без итогового заявления.\n"
            "Делегаты покидают зал заседаний. Фото: Иван Орлов / Пресс-центр\n"
            "Источник в одной из делегаций рассказал газете, что стороны спорят о сроках. "
            "«Никто не хочет уступать первым, поэтому все ждут февраля», — сказал "
            "собеседник издания.",
            "Никто не хочет уступать первым",
            "источник в одной из делегаций",
        ),
    ],
)
def test_a_bare_source_noun_points_back_to_the_source(
    language: str, text: str, quoted: str, expected: str
) -> None:
    assert speaker_of(text, language, quoted) == expected


def test_a_negation_before_a_source_noun_is_no_adjective_of_it() -> None:
    text = (
        "Це не джерело проблем, а їхній наслідок, вважають економісти.\n"
        "«Ми впораємося з дефіцитом до весни», — сказало джерело."
    )
    assert speaker_of(text, "uk", "Ми впораємося") == "джерело"
