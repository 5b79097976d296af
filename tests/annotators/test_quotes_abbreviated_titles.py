"""Abbreviated titles with a stop before a name the first-name lists do not know (session 34,
issue #16): ``said Engr. Rodel Cruz`` (Philippine and Nigerian papers' engineer), ``Atty.``,
``Cpl.``, ``Rev.``: the stop ends no sentence, and the title makes the name a person's, so
the quote is the person's, not the title's (``Engr``). (``[segmentation] never_final``,
``[entities] honorifics`` and ``role_words`` of en.toml.)

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_and_roles(text, dt.date(2026, 12, 6))


def test_an_engineer_s_abbreviated_title_before_an_unknown_first_name() -> None:
    text = (
        "Two district officials were named at the Senate hearing on Tuesday.\n\n"
        "“I have never signed a single contract for this project,” said Engr. Bayani "
        "Dimaculangan, the district engineer.\n"
    )
    assert _found(text)["I have never signed a single contract for this project"] == (
        "Bayani Dimaculangan",
        "district engineer",
    )


def test_a_corporal_and_a_reverend_speak_under_their_names() -> None:
    text = (
        "Roads north of the city were closed overnight.\n\n"
        "“Please stay home unless you must travel,” said Cpl. Tawia Mensah-Arthur.\n\n"
        "“Our hall is open to anyone who needs a warm place,” said Rev. Obiora Nwankwo.\n"
    )
    got = _found(text)
    assert got["Please stay home unless you must travel"][0] == "Tawia Mensah-Arthur"
    assert got["Our hall is open to anyone who needs a warm place"][0] == "Obiora Nwankwo"
