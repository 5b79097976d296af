"""Review of the French and Spanish follow-on rules (dialogue lines inside a paragraph, ``pour``
and ``para`` opening a sentence): what they must not read, and how their work grows.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.timing import least_cpu_seconds
from newsbrief.annotators.quotes.marks import find_quotes


def test_dialogue_lines_after_many_quotations_in_one_paragraph_stay_linear() -> None:
    # A page's lines make one paragraph: each dialogue line was checked against every
    # quotation of the paragraph (quadratic in lines).
    lines = "La ministra habló de «un plan ambicioso».\n—Vamos a ganar —dijo—.\n"

    def seconds(count: int) -> float:
        text = "El Gobierno presentó su plan de vivienda.\n" + lines * count
        found = find_quotes(text, [(0, len(text))], "es")
        assert len(found) == 2 * count
        return least_cpu_seconds(lambda: find_quotes(text, [(0, len(text))], "es"))

    small, large = seconds(1000), seconds(8000)
    assert large < 24 * max(small, 0.005)  # 8x the lines: linear ~8x, quadratic ~64x
