"""A man's full name met only in the genitive is given in the nominative when the page writes
his surname alone (session 29, lane R); a woman's first name in the nominative is left as
written. The sentences are written for these tests."""

from __future__ import annotations

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
