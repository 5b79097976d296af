"""A man's full name met only in the genitive is given in the nominative when the page writes
his surname alone (session 29, lane R); a woman's first name in the nominative is left as
written. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.attribution.genitive_surnames import (
    nominative_by_genitive_surname,
)

TEXT = (
    "Суд признал бывшего директора завода Бакытжана Байсеитова виновным. "
    "Сам Байсеитов вину не признал. Свидетелем выступила Анна Петрова, жена Петров."
)


def test_a_genitive_full_name_is_given_by_the_surname_written_alone() -> None:
    found = nominative_by_genitive_surname(TEXT, ["Бакытжана Байсеитова"], "ru")
    assert found == {"Бакытжана Байсеитова": "Бакытжан Байсеитов"}


def test_a_womans_name_in_the_nominative_is_left_as_written() -> None:
    assert nominative_by_genitive_surname(TEXT, ["Анна Петрова"], "ru") == {}


def test_a_surname_the_page_never_writes_alone_gives_nothing() -> None:
    assert nominative_by_genitive_surname(TEXT, ["Дмитрия Соколова"], "ru") == {}


def _speaker(text: str, quoted: str) -> str | None:
    """The speaker of the one quotation opening with ``quoted`` in a Russian article."""
    found = speakers_and_roles(text, dt.date(2026, 11, 2), "c", "ru")
    (speaker,) = [s for q, (s, _) in found.items() if q.startswith(quoted)]
    return speaker


# (session 29, reviewer RR) A first name the dictionary does not know, ending in ``-а``, may be
# a woman's in the nominative beside her husband's surname: her verb or her cue says so.
FAMILY = "Суд вынес приговор по делу о взятках. Бывший аким Серик Сейткалиев получил пять лет. "


def test_a_womans_unknown_first_name_beside_a_feminine_verb_is_kept() -> None:
    text = FAMILY + (
        "Его жена Жанара Сейткалиева выступила после заседания. "
        "«Мой муж невиновен, мы будем обжаловать», — заявила она."
    )
    assert _speaker(text, "Мой муж") == "Жанара Сейткалиева"


def test_a_womans_unknown_first_name_with_a_feminine_cue_is_kept() -> None:
    text = FAMILY + (
        "На заседание пришла и его жена — Жанара Сейткалиева. "
        "«Мой муж невиновен, мы будем обжаловать», — заявила она."
    )
    assert _speaker(text, "Мой муж") == "Жанара Сейткалиева"


def test_a_noun_in_the_genitive_before_a_mans_name_is_no_feminine_verb() -> None:
    text = (
        "Суд признал бывшего посла Ерлана Жумабаева виновным в растрате. "
        "Сам Жумабаев вину не признал. «Я ни в чем не виноват», — заявил он."
    )
    assert _speaker(text, "Я ни в чем") == "Ерлан Жумабаев"
