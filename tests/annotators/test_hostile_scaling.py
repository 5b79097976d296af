"""Hostile paragraphs stay linear: the work of each quotation, name or date is bounded.

Each guard counts a deterministic measure of the work (the characters a step is given, or its
calls) for an input of ``n`` and of ``4 n`` pieces; linear work grows about 4 times, the paths
these tests guard grew 16 times or more. No wall-clock timing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities import EntityAnnotator, merging
from newsbrief.annotators.quotes import speakers
from newsbrief.model import Document

_CONSONANTS, _VOWELS = "bdfgklmnprstvz", "aeiou"


def _word(i: int) -> str:
    """A distinct made-up lower-case word per ``i`` (so no two sentences are the same)."""
    letters = []
    for digit in (i % 14, i // 14 % 14, i // 196 % 14):
        letters += [_CONSONANTS[digit], _VOWELS[(digit + i) % 5]]
    return "".join(letters)


def _phrase_chars(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """The characters :meth:`phrase_before` is given while ``text``'s quotations are
    attributed (each call reads the words back from a cue to the start it is given)."""
    read = 0
    original = speakers.Attributor.phrase_before

    def counted(self: speakers.Attributor, start: int, end: int, cue: str) -> object:
        nonlocal read
        read += max(0, end - start)
        return original(self, start, end, cue)

    with monkeypatch.context() as patch:
        patch.setattr(speakers.Attributor, "phrase_before", counted)
        speakers_and_roles(text, dt.date(2026, 12, 1))
    return read


class _ReadCue:
    """A cue pattern counting the characters its calls are given (``pos`` to ``endpos``)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.chars = pattern, 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)
        if name not in ("search", "match", "fullmatch", "finditer", "findall"):
            return method

        def counted(text: str, pos: int = 0, endpos: int | None = None) -> Any:
            stop = len(text) if endpos is None else min(endpos, len(text))
            self.chars += max(0, stop - pos)
            return method(text, pos, stop)

        return counted


def _cue_chars(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """The characters the cue pattern is run over while ``text``'s quotations are read."""
    original = speakers.Attributor.__init__
    read: list[_ReadCue] = []

    def init(self: speakers.Attributor, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.cue = _ReadCue(self.cue)  # type: ignore[assignment]
        read.append(self.cue)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(speakers.Attributor, "__init__", init)
        speakers_and_roles(text, dt.date(2026, 12, 1))
    return sum(r.chars for r in read)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Quotations only, then one cue closing the paragraph: each quotation's sentence ran
        # to that cue.
        lambda n: "".join(f'"We agree on {_word(i)}," ' for i in range(n)) + "the mayor said.",
        # One cue opening the paragraph, then quotations only.
        lambda n: "The mayor said " + "".join(f'"we agree on {_word(i)}," ' for i in range(n)),
        lambda n: "".join(f'"We agree on {_word(i)}," said ' for i in range(n)) + "the mayor.",
    ],
)
def test_the_cue_pattern_reads_a_bounded_stretch_per_quotation(
    monkeypatch: pytest.MonkeyPatch, paragraph: Any
) -> None:
    small = _cue_chars(monkeypatch, paragraph(100))
    large = _cue_chars(monkeypatch, paragraph(400))
    # Linear: about 4x; reading each quotation's whole sentence made it 16x.
    assert 0 < large <= 6 * small


@pytest.mark.parametrize(
    "piece",
    [
        '"We agree on {w}," said ',  # every quotation between two cues, no full stop
        '"We agree on {w}," he said ',
        "'We agree on {w},' said “We agree on {w},” said ",  # alternating marks
    ],
)
def test_quotations_in_one_sentence_read_a_bounded_stretch_each(
    monkeypatch: pytest.MonkeyPatch, piece: str
) -> None:
    def paragraph(count: int) -> str:
        return "".join(piece.format(w=_word(i)) for i in range(count)) + "the mayor."

    small = _phrase_chars(monkeypatch, paragraph(100))
    large = _phrase_chars(monkeypatch, paragraph(400))
    # Linear: about 4x. Every cue of the sentence tried per quotation, each read from the
    # sentence's start, made it over 30x.
    assert 0 < large <= 6 * small


def test_a_cue_in_a_long_sentence_still_attributes_its_quotation() -> None:
    # A long sentence (within the reach) before the cue and the quotation: still read.
    lead = ", ".join(f"the {_word(i)} plan" for i in range(45))
    text = f"Mayor Ann Roe, who spoke about {lead}, said: “We will build it.”"
    assert len(text) < speakers.CUE_REACH
    assert speakers_and_roles(text, dt.date(2026, 12, 1))["We will build it"][0] == "Ann Roe"


_FIRST_NAMES = ("Anna", "Thomas", "Maria", "David", "Laura", "Peter", "Sarah", "Michael")


def _presence_checks(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    """How often entity merging asks whether a full name is in a document, for ``count``
    people of one surname each written again by the surname alone."""
    calls = 0
    original = merging._Groups.here

    def here(self: merging._Groups, key: tuple[str, ...], doc_index: int) -> bool:
        nonlocal calls
        calls += 1
        return original(self, key, doc_index)

    text = " ".join(
        f"{_FIRST_NAMES[i % len(_FIRST_NAMES)]} {_word(i).capitalize()} Berg arrived. "
        f"Berg spoke about the {_word(i)} plan."
        for i in range(count)
    )
    with monkeypatch.context() as patch:
        patch.setattr(merging._Groups, "here", here)
        EntityAnnotator().annotate([Document.from_text(text, id="berg")])
    return calls


def test_many_people_of_one_surname_are_merged_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = _presence_checks(monkeypatch, 50), _presence_checks(monkeypatch, 200)
    # Linear: about 4x. Every full name of the surname read again for each lone ``Berg``
    # made it 16x.
    assert 0 < large <= 6 * small


def _questioner_chars(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    """The characters searched for a questioner in a paragraph of ``count`` questions."""
    searched = _ReadCue(speakers._QUESTIONER_OPENING)
    text = " ".join(f'Then came the {_word(i)} part. "Why {_word(i)}?"' for i in range(count))
    with monkeypatch.context() as patch:
        patch.setattr(speakers, "_QUESTIONER_OPENING", searched)
        speakers_and_roles(text, dt.date(2026, 12, 1))
    return searched.chars


def test_a_paragraph_of_questions_is_not_searched_from_its_start_per_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = _questioner_chars(monkeypatch, 100), _questioner_chars(monkeypatch, 400)
    assert 0 < large <= 6 * small  # linear: about 4x; from the paragraph's start, 16x


def test_a_questioner_opening_the_sentence_before_a_question_is_still_found() -> None:
    text = 'The minister took questions. One reporter asked about the budget: "Why now?"'
    speaker, _ = speakers_and_roles(text, dt.date(2026, 12, 1))["Why now?"]
    assert speaker == "one reporter"


def test_a_cue_past_four_nouns_of_speech_still_attributes_its_quotation() -> None:
    # ``the claims``, ``the reports``, ``the calls``, ``the notes``: cue words read as nouns
    # are passed over without counting as tries; the fifth cue back, ``said``, is the verb.
    text = (
        "The council met on Monday. Ann Roe said the claims, the reports, the calls and the "
        'notes were "baseless and unfair".'
    )
    assert speakers_and_roles(text, dt.date(2026, 12, 1))["baseless and unfair"][0] == "Ann Roe"


def _phrase_calls(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How often :meth:`phrase_before` is called while ``text``'s quotations are attributed."""
    calls = 0
    original = speakers.Attributor.phrase_before

    def counted(self: speakers.Attributor, start: int, end: int, cue: str) -> object:
        nonlocal calls
        calls += 1
        return original(self, start, end, cue)

    with monkeypatch.context() as patch:
        patch.setattr(speakers.Attributor, "phrase_before", counted)
        speakers_and_roles(text, dt.date(2026, 12, 1))
    return calls


def test_participles_one_after_another_are_looked_through_a_bounded_depth(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each ``, saying`` looks for its main clause's cue before its comma, which is the next
    # ``, saying``: every cue tried again at every depth grew exponentially (8 repeats: 223
    # reads back from a cue, 16: 42,743; now 64 and 84).
    def paragraph(count: int) -> str:
        return "The crowd waited" + ", saying" * count + ' "We will build it."'

    small = _phrase_calls(monkeypatch, paragraph(8))
    large = _phrase_calls(monkeypatch, paragraph(16))
    assert 0 < large <= 2 * small  # bounded: a constant number of tries per quotation


def test_a_participle_after_another_still_finds_the_main_clause_subject() -> None:
    text = 'Ann Roe spoke to reporters, adding that the plan was ready, noting "We will build it."'
    assert speakers_and_roles(text, dt.date(2026, 12, 1))["We will build it"][0] == "Ann Roe"
