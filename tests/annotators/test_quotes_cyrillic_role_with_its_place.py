"""A Russian or Ukrainian role that ends with the capitalised name of its place or body before
the speaker's name (issue #16): the entity annotator keeps those capitalised words with the
name, and the role is the whole office read back to its title word, not them alone
(``Глава администрации Белгорода Олег Демидов``: not ``Белгород``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        (
            "ru",
            "Школы открылись. Начальник управления образования Твери Анна Смирнова рассказала "
            "о планах. «Мы готовы», — сказала она.",
            "Анна Смирнова",
            "Начальник управления образования Твери",
        ),
        (
            "uk",
            "Світло повернули. Заступник директора ДТЕК Петро Мороз розповів про плани. "
            "«Ми готові», — сказав він.",
            "Петро Мороз",
            "Заступник директора ДТЕК",
        ),
        (
            "uk",
            "Світло повернули. Міський голова Житомира Петро Мороз розповів про плани. "
            "«Ми готові», — сказав він.",
            "Петро Мороз",
            "Міський голова Житомира",
        ),
    ],
)
def test_the_role_reads_back_to_its_title_word(
    language: str, text: str, speaker: str, role: str
) -> None:
    article = f"Новини\n\nВступ.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language=language).values()
    assert found == (speaker, role)
