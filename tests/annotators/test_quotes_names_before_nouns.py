"""A lone capitalised name in quotation marks before the noun of what it names (session 25,
issue #16): ``said it had dropped its "Northlight" label``, ``the "Harbour" messaging team``
name a product, a range, a team, even in a clause a cue reports; before a function word
(``"Never" again``) or ending the sentence it is left to the other tests.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_name_before_its_noun_is_no_one_s_words_even_after_a_cue() -> None:
    text = (
        "Brewery cuts output\n\n"
        "Brewer Kenji Sato said the brewery had already dropped its popular “Northlight” rice "
        "label because of the poor harvest.\n\n"
        "The cuts fall heaviest on the company’s sales and “Harbour” messaging teams, Sato "
        "said.\n\n"
        "“We will brew half of what we made,” Sato said."
    )
    found = speakers_and_roles(text, DAY)
    assert "Northlight" not in found
    assert "Harbour" not in found
    assert found["We will brew half of what we made"][0] == "Kenji Sato"
