"""A name opened by an article inside a sentence keeps a capitalised stop word after the
article (``el diario El Tiempo``: ``tiempo`` is a Spanish stop word)."""

from __future__ import annotations

from helpers.entities import found


def test_an_outlet_named_by_an_article_and_a_stop_word() -> None:
    got = found("La entrevista la publicó el diario El Tiempo el lunes por la mañana.", "es")
    assert ("El Tiempo", "organisation") in got


def test_a_lower_case_stop_word_after_the_article_opens_no_name() -> None:
    got = found("Lo publicó el diario El Tiempo, y la lluvia siguió todo el tiempo.", "es")
    assert ("El Tiempo", "organisation") in got
    assert all("tiempo" not in text for text, _ in got)
