"""English organisation heads the gazetteer lacked (session 34, issue #16): ``Limited``, the
legal form ``Ltd`` written out (``Kisumu Water Company Limited``); a ferry operator named by
its boats, as an airline by its ``Airways`` (``BC Ferries``); a cooperative's ``Collective``.
Such a name was cut at a place or typed a person (``Metro Rail Limited``), and its quotes went
to the place (``Washington``). (``[entities] organisation_heads`` of en.toml.)

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.entities import found
from helpers.quotes import speakers_as_written as _speakers


def test_a_company_ending_in_limited_is_one_organisation() -> None:
    got = found("Kisumu Water Company Limited said on Monday that supply would resume.", "en")
    assert ("Kisumu Water Company Limited", "organisation") in got
    got = found("Shares of Harbourside Foods Limited rose 4% in Auckland.", "en")
    assert ("Harbourside Foods Limited", "organisation") in got


def test_a_ferry_operator_and_a_collective_speak_under_their_whole_names() -> None:
    text = (
        "Sailings were cancelled across the strait on Sunday.\n\n"
        "“All crossings are suspended until the wind drops,” Marine Atlantic Ferries said in "
        "a statement.\n\n"
        "“Our growers have lost a week of sales,” the Orkney Food Collective said.\n"
    )
    got = _speakers(text)
    assert got["All crossings are suspended until the wind drops"] == "Marine Atlantic Ferries"
    assert got["Our growers have lost a week of sales"] == "Orkney Food Collective"
