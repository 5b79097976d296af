"""Exchanges of many turns and a family name quoted many times stay linear.

A transcript's answer turn once walked back over every earlier turn when none had a speaker,
and a one-word family name (``Zhang said``) was looked up over all its places once per
quotation: both quadratic. The guards count pattern calls, so they do not depend on timing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.annotators.quotes import QuoteAnnotator, transcripts
from newsbrief.annotators.quotes import annotator as quote_module
from newsbrief.annotators.quotes.attribution import names
from newsbrief.model import Document, Metadata


class _Counted:
    """A compiled pattern whose ``match`` and ``fullmatch`` calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.fullmatch(*args)


def _annotate(text: str) -> None:
    document = Document.from_text(
        text, id="turns", metadata=Metadata(language="en", published=dt.date(2023, 1, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    QuoteAnnotator().annotate([document])


def _turn_calls(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    counted = _Counted(transcripts.TRANSCRIPT_TURN)
    with monkeypatch.context() as patch:
        patch.setattr(transcripts, "TRANSCRIPT_TURN", counted)
        patch.setattr(quote_module, "TRANSCRIPT_TURN", counted)
        _annotate("Q. “Is it true?”\n\nA. “It is not.”\n\n" * count)
    return counted.calls


def _family_calls(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    counted = _Counted(names._GIVEN_NAMES_AFTER)
    with monkeypatch.context() as patch:
        patch.setattr(names, "_GIVEN_NAMES_AFTER", counted)
        _annotate("Officials met on Monday.\n\n" + "“We are ready,” Qiu said.\n\n" * count)
    return counted.calls


def test_turns_without_speakers_are_read_a_bounded_way_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = _turn_calls(monkeypatch, 50), _turn_calls(monkeypatch, 200)
    assert large <= 5 * small  # linear: about 4x; the walk over every turn made it 16x


def test_a_family_name_quoted_often_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _family_calls(monkeypatch, 50), _family_calls(monkeypatch, 200)
    assert large <= 5 * max(small, 1)
