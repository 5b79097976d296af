"""Ukrainian statements of bodies and the roles of women holding an office (issue 16,
session 35, lane U): the cue of a statement in its other spelling (``— ідеться в повідомленні
X``), and a woman's role whose adjective the dictionary also reads as a surname or a noun.
The articles are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_the_statement_cue_spelled_with_i_after_a_dash_gives_its_body() -> None:
    """Ukrainian writes ``йдеться`` after a vowel and ``ідеться`` after a consonant or a pause
    (a dash): both place the words in the body's statement."""
    found = speakers_and_roles(
        "Депутатка Оксана Гуменюк розкритикувала рішення.\n\n"
        "«Виплати отримають усі переселенці до кінця місяця», – ідеться в повідомленні "
        "Пенсійного фонду України.",
        DAY,
        language="uk",
    )
    assert found["Виплати отримають усі переселенці до кінця місяця"][0] == (
        "Пенсійний фонд України"
    )


def test_a_role_adjective_also_read_as_a_name_is_put_in_the_nominative_with_its_noun() -> None:
    """``Дніпропетровська`` (also a woman's surname), ``Міська`` (also the genitive of the
    surname ``Місько``) agree with the woman's title after them: the title is the head."""
    for role in ("Дніпропетровська обласна прокурорка", "Міська голова"):
        found = speakers_and_roles(
            "Тренер Іван Петров похвалив команду.\n\n"
            f"{role} Олена Коваль заявила: «Ми відкриємо ще дві бібліотеки».",
            DAY,
            language="uk",
        )
        assert found["Ми відкриємо ще дві бібліотеки"] == ("Олена Коваль", role)
