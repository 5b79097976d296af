"""Who speaks after an inverted cue in Russian and Ukrainian when a person named in an
oblique case comes before the speaker named in the nominative (session 28 review of lane D):
whose adviser, the one met or the one told comes first, the speaker after (``— заявил
помощник Владимира Путина по международным делам Юрий Ушаков``). The sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.morphology import with_uk_dictionary
from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "«Переговоры были трудными», — сказал советник Андрея Белова по экономике "
            "Олег Смирнов.",
            "Олег Смирнов",
        ),
        (
            "ru",
            "«Я вернусь к гастролям», — призналась в беседе с Игорем Волковым певица "
            "Ирина Сергеева.",
            "Ирина Сергеева",
        ),
        with_uk_dictionary(
            "uk",
            "«Ми будуємо нову школу», — розповів після зустрічі з Оксаною Мельник мер "
            "Андрій Коваль.",
            "Андрій Коваль",
        ),
    ],
)
def test_a_person_in_an_oblique_case_before_the_speaker_is_not_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 5, 6), "c", language)
    ((who, _),) = found.values()
    assert who == speaker


def test_the_speaker_named_before_the_one_told_still_speaks() -> None:
    found = speakers_and_roles(
        "«Бюджет принят», — сообщил Олег Смирнов Андрею Белову, а затем Ирина Сергеева ушла.",
        dt.date(2026, 5, 6),
        "c",
        "ru",
    )
    ((who, _),) = found.values()
    assert who == "Олег Смирнов"


def test_a_name_in_the_next_clause_is_no_speaker_after_the_one_told() -> None:
    found = speakers_and_roles(
        "Министр Олег Смирнов прибыл в Самару.\n\n"
        "«Мост достроят», — сказал министр Андрею Белову, а Ирина Сергеева промолчала.",
        dt.date(2026, 5, 6),
        "c",
        "ru",
    )
    assert [who for who, _ in found.values()] == ["Олег Смирнов"]
