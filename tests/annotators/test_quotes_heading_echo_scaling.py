"""A page of many headings repeating words its body quotes reads each body quotation a bounded
number of times: the check that a heading's words are the body's speech, not a term the body
sets off (session 24), asked of every body quotation again per heading, so a page of headings
was quadratic. The article is written for this test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes import annotator

DAY = dt.date(2026, 12, 5)


def _page(headings: int) -> str:
    parts = ["Storm floods Ashby Vale\n\n"]
    for day in range(headings):
        parts.append("'Total chaos'\n\n")
        parts.append(f'"Total chaos," Ann Roe said on day {day}.\n\n')
    return "".join(parts)


def _readings(monkeypatch: pytest.MonkeyPatch, headings: int) -> int:
    calls = 0
    reading = annotator.is_speech

    def counted(*args: Any, **kwargs: Any) -> bool:
        nonlocal calls
        calls += 1
        return reading(*args, **kwargs)

    monkeypatch.setattr(annotator, "is_speech", counted)
    speakers_and_roles(_page(headings), DAY)
    return calls


def test_each_quotation_is_read_a_bounded_number_of_times_under_many_headings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quotations = 2 * 120
    assert _readings(monkeypatch, 120) <= 3 * quotations


def test_a_heading_still_echoes_the_body_speech_of_its_words() -> None:
    found = speakers_and_roles(_page(3), DAY)
    assert found["Total chaos"][0] == "Ann Roe"
