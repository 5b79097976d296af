"""A head-first Russian body's name goes on over a genitive noun that is also a stop word
(``дел``, a verb's form too) after a lower-case adjective in the genitive (``Министерство
внутренних дел``); a pronoun after the head's genitive ends the name."""

from __future__ import annotations

from helpers.entities import found


def test_a_stop_word_genitive_after_an_adjective_stays_in_the_body() -> None:
    ru = found("Заявление опубликовало Министерство внутренних дел Сербии во вторник.", "ru")
    assert ru == {("Министерство внутренних дел Сербии", "organisation")}


def test_a_pronoun_after_the_heads_genitive_ends_the_body() -> None:
    ru = found("Министерство обороны этого не подтвердило.", "ru")
    assert ru == {("Министерство обороны", "organisation")}
