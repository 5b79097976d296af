"""Quotation marks that set off no one's words (session 24, issue #16): classes that recur on
the English keys, each a convention of news writing:

* a headline's quotation takes the speaker of a body quotation holding its words only when that
  quotation is speech: ``a 'Harbour Lights' retrospective`` over a body that names the film
  ``"Harbour Lights"`` again is a title, not the words of the person the body's sentence quotes;

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


def test_a_headline_title_the_body_names_again_is_no_one_s_words() -> None:
    text = (
        "Seaside festival opens with a ‘Harbour Lights’ retrospective\n\n"
        "By Tomasz Rilke\n\n"
        "The festival in Kestrel Bay opened on Friday with a restored print of “Harbour "
        "Lights,” the 1962 drama shot on the town’s quay, its director Maren Olsk said.\n\n"
        "“We found the negative in a shed behind the lifeboat station,” Olsk said. “It had "
        "been there for forty years.”"
    )
    found = speakers_and_roles(text, DAY)
    assert "Harbour Lights" not in found
    assert found["It had been there for forty years"][0] == "Maren Olsk"

