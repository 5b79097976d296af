"""Who speaks after an inverted cue in Russian and Ukrainian (issue 16, session 28): a person
named in an oblique case after the speaker is the one told or met, never the speaker (``—
заявил Кудрин Марии Ивановой``), and a role noun followed by words that say whose or where
(``— сказав тренер після матчу``) is the holder of that role named before. The sentences are
written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_of_quotes

PUBLISHED = dt.date(2026, 5, 6)


def test_a_name_in_the_dative_after_the_speaker_is_the_one_told() -> None:
    found = speakers_of_quotes(
        "Вице-премьер Алексей Кудрин приехал в Казань.\n"
        "«Кризис позади», — заявил Кудрин Марии Ивановой в интервью.",
        PUBLISHED,
        "ru",
    )
    assert found["Кризис позади"] == "Алексей Кудрин"


def test_a_name_in_the_dative_after_the_speakers_full_name_is_the_one_told() -> None:
    found = speakers_of_quotes(
        "Министр экономики Алексей Кудрин приехал в Казань.\n\n"
        "«Кризис позади», — заявил министр Алексей Кудрин Марии Ивановой в интервью.",
        PUBLISHED,
        "ru",
    )
    assert found["Кризис позади"] == "Алексей Кудрин"


def test_a_role_noun_before_a_phrase_of_place_is_the_holder_named_before() -> None:
    found = speakers_of_quotes(
        "Президент Польщі Анджей Дуда прибув до Львова.\n\n"
        "«Польща завжди буде поруч», — сказав президент на зустрічі з Ігорем Мельником.",
        PUBLISHED,
        "uk",
    )
    assert found["Польща завжди буде поруч"] == "Анджей Дуда"


def test_a_role_noun_before_its_complement_is_the_holder_named_before() -> None:
    found = speakers_of_quotes(
        "Тренер «Локомотива» Марко Николич остался недоволен игрой.\n\n"
        "«Мы играли слишком медленно», — признался тренер после матча.",
        PUBLISHED,
        "ru",
    )
    assert found["Мы играли слишком медленно"] == "Марко Николич"
