"""The sentence before a quotation is found in a bounded stretch of text, not by reading its
paragraph from the start: a page written as one paragraph with many quotations stays linear.
The guard counts the characters the sentence-end pattern is run over, not timing."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.attribution import sentence_subjects

_NAMES = ("Ortega", "Salinas", "Quiroga", "Medina", "Cabrera", "Fuentes", "Herrera", "Navarro")


class _Scanned:
    """A compiled pattern counting the characters its ``finditer`` calls are given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.chars = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        stop = len(text) if endpos is None else endpos
        self.chars += max(0, stop - pos)
        return self.pattern.finditer(text, pos, stop)


def _scanned(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    scanned = _Scanned(sentence_subjects._SENTENCE_END)
    text = " ".join(
        f"El técnico Luis {_NAMES[i % len(_NAMES)]} habló con la prensa. "
        "«Hemos jugado bien», añadió."
        for i in range(count)
    )
    with monkeypatch.context() as patch:
        patch.setattr(sentence_subjects, "_SENTENCE_END", scanned)
        speakers_and_roles(text, dt.date(2026, 12, 1), language="es")
    return scanned.chars


def test_one_long_paragraph_is_not_read_from_its_start_per_quotation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = _scanned(monkeypatch, 50), _scanned(monkeypatch, 200)
    assert 0 < large <= 5 * small  # linear: about 4x; reading from the paragraph's start 16x
