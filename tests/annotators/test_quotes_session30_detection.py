"""Speech or not (session 30, issue #16; annotators/quotes/speech.py and its helpers): names,
terms and titles set in quotation marks that no one says.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_name_billed_with_its_article_is_no_speech() -> None:
    text = (
        'Rovers host City on Saturday in what is being billed as the "Harbour derby", the club '
        "said, and tickets sold out within an hour.\n\n"
        'Coach Ann Hale said the final, billed by organisers as a "festival of cycling", starts '
        "at noon.\n\n"
        '"We have waited ten years for this," said manager Iain Ross.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Harbour derby" not in found
    assert "festival of cycling" not in found
    assert found["We have waited ten years for this"][0] == "Iain Ross"
