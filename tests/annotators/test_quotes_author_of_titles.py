"""The title of a work after the noun of its maker and its link (issue #16): ``la autora de
«...»``, ``die Autorin von „...“`` (``[quotes] author_nouns``, ``author_links``) is no
quotation; a sentence the maker says stays one."""

from __future__ import annotations

import pytest

from helpers.quotes import quotations


def _quoted(text: str, language: str) -> list[str]:
    return [q.text for q in quotations(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La autora de «Las noches del puerto» presenta su nueva novela en Madrid, dijo su "
            "editorial.",
        ),
        (
            "de",
            "Die Autorin von „Die weißen Stunden“ liest am Freitag in Leipzig, teilte der Verlag "
            "mit.",
        ),
    ],
)
def test_a_title_after_its_maker_is_no_quotation(language: str, text: str) -> None:
    assert _quoted(text, language) == []


def test_the_maker_s_own_sentence_stays_a_quotation() -> None:
    text = "El director del festival, Luis Ortega, dijo: «Vamos a volver el año que viene»."
    assert _quoted(text, "es") == ["Vamos a volver el año que viene"]
