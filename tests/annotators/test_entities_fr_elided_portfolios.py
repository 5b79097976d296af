"""A French ministry's portfolios listed after an elided article are its name's too:
``ministère de l'Agriculture et de l'Alimentation``, ``ministère de l'Économie et des
Finances``; ``et l'Union européenne`` after one is another body."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_portfolios_after_an_elided_article_are_the_ministry_s() -> None:
    found = _mentions(
        "Le budget\nLe ministère de l'Agriculture et de l'Alimentation a répondu, comme le"
        " ministère de l'Économie et des Finances.",
        "fr",
    )
    assert ("ministère de l'Agriculture et de l'Alimentation", "organisation") in found
    assert ("ministère de l'Économie et des Finances", "organisation") in found


def test_a_body_after_an_elided_article_and_a_conjunction_is_another() -> None:
    found = _mentions(
        "Le budget\nLe ministère de l'Intérieur et l'Union européenne ont signé.", "fr"
    )
    assert ("ministère de l'Intérieur", "organisation") in found
    assert ("Union européenne", "organisation") in found
