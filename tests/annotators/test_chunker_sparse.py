"""The chunker's sparse reading of an English sentence (``_sparse_tokens``) keeps exactly the
tokens the full reading (``tokens``) makes, but the inner words of plain lower-case stretches;
and a run remembered by word index (``_replayable``) is replayed at the words it was read at; a
region read before is replayed as it reads afresh.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsbrief.annotators.entities import chunker
from newsbrief.nlp.candidates import Candidate

# Capitalised words of lower-case letters (the fast alternative) with every character that may
# follow one: joiners, an ampersand, a full stop, a currency sign, digits, letters beyond ASCII.
WORDS = [
    "Smith", "Gen", "Corp", "Inc", "Ms", "Boeing", "Jones", "Kyiv", "St", "Jr", "Ab", "Xy",
    "the", "of", "said", "a", "in", "80", "1990s", "NATO", "US", "U.S.", "AT&T", "T", "OmarIlhan",
    "Omar", "Ilhan", "People's", "Boeing's", "Jones'", "Zelensky", "École", "A380", "x_y", "Dr",
]  # fmt: skip
GAPS = [" "] * 8 + ["", ".", ". ", "$", "&", "&T ", "-", "'", "’", "’s ", "_", "é", "1", ", ",
                    "\u00a0", "\n", "(", ") "]  # fmt: skip


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
    gaps = draw(st.lists(st.sampled_from(GAPS), min_size=len(words), max_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=True))


_PLAIN_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _fields(token: chunker.Token) -> tuple[str, int, int, bool, bool]:
    return token.text, token.start, token.end, token.possessive, token.capitalised


# ``_SPARSE`` without its ``name`` alternative: such words then take the general path.
_WITHOUT_NAMES = re.compile(chunker._SPARSE.pattern.replace(
    r"|(?P<name>[A-Z][a-z]++)(?![\w'’\-&.$])", ""
))  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(texts(), st.data())
def test_capitalised_words_read_whole_are_the_tokens_the_general_path_makes(
    text: str, data: st.DataObject
) -> None:
    assert _WITHOUT_NAMES.pattern != chunker._SPARSE.pattern
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    rules = chunker.rules_for(None)
    fast = chunker._sparse_tokens(text, start, end, rules)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chunker, "_SPARSE", _WITHOUT_NAMES)
        general = chunker._sparse_tokens(text, start, end, rules)
    assert (fast is None) == (general is None)
    if fast is not None and general is not None:
        assert list(map(_fields, fast)) == list(map(_fields, general))


@settings(max_examples=600, deadline=None)
@given(texts(), st.data())
def test_the_sparse_reading_keeps_every_token_but_inner_plain_words(
    text: str, data: st.DataObject
) -> None:
    # (A plain word before ``&`` and capitals, ``at&T``, is cut at the ampersand here and not
    # in the full reading: left out, as the sparse reading has always done.)
    assume(not re.search(r"[a-z0-9]&", text))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    sparse = chunker._sparse_tokens(text, start, end, chunker.rules_for(None))
    if sparse is None:  # (three upper-case words, or a currency sign after the region)
        return
    full = {token.start: token for token in chunker.tokens(text, start, end)}
    # Every sparse token is the full reading's token at its offset, field for field...
    for token in sparse:
        assert token.start in full
        assert _fields(token) == _fields(full[token.start])
    # ... and only plain lower-case words are left out.
    kept = {token.start for token in sparse}
    for token in full.values():
        if token.start not in kept:
            assert _PLAIN_WORD.fullmatch(token.text), token


class _Computed(chunker.Token):
    """A token that works out ``capitalised`` from its text, whatever the tokenizer says."""

    __slots__ = ()

    def __init__(
        self, text: str, start: int, end: int, possessive: bool = False, capitalised: Any = None
    ) -> None:
        super().__init__(text, start, end, possessive)


@settings(max_examples=600, deadline=None)
@given(st.one_of(texts(), st.text(max_size=60)), st.data())
def test_the_capital_a_tokenizer_gives_is_the_one_the_token_works_out(
    text: str, data: st.DataObject
) -> None:
    # The tokenizers pass ``capitalised`` where their pattern already tells it (a name's
    # capital, a plain word's lower-case letter): the tokens are those made without it.
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    rules = chunker.rules_for(None)
    given_flags = chunker._sparse_tokens(text, start, end, rules), chunker.tokens(text, start, end)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chunker, "Token", _Computed)
        computed = chunker._sparse_tokens(text, start, end, rules), chunker.tokens(text, start, end)
    for mine, theirs in zip(given_flags, computed, strict=True):
        assert (mine is None) == (theirs is None)
        assert list(map(_fields, mine or [])) == list(map(_fields, theirs or []))


def _run(*spans: tuple[int, int]) -> list[chunker.Token]:
    return [chunker.Token("Word", s, e) for s, e in spans]


def test_a_run_is_remembered_by_the_words_its_candidates_span() -> None:
    run = _run((0, 4), (5, 9), (10, 14))
    found = [Candidate(0, 9, "Word Word", None), Candidate(10, 14, "Word", None)]
    replay = chunker._replayable(run, found)
    assert replay is not None
    assert [(first, last) for first, last, _ in replay] == [(0, 1), (2, 2)]
    assert chunker._replayable(run, []) == []
    # A candidate not on the run's word edges cannot be replayed by word index.
    assert chunker._replayable(run, [Candidate(1, 9, "ord Word", None)]) is None
    assert chunker._replayable(run, [Candidate(0, 8, "Word Wor", None)]) is None


def _regions(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


@pytest.mark.parametrize("size", [1 << 26, 2000])
def test_a_region_read_before_is_replayed_as_read_afresh(
    monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    # Candidates final or not (an alias in parentheses, a lone name whose type an apposition
    # after the region decides), a quiet region, one before a currency sign; with the memory
    # kept, or emptied at every few regions by its bound on bytes.
    monkeypatch.setattr(chunker, "_REGIONS_BYTES", size)
    replays: list[int] = []
    replay = chunker._replay

    def spied(*args: Any) -> None:
        replays.append(args[1])
        replay(*args)

    monkeypatch.setattr(chunker, "_replay", spied)
    stopwords = chunker.resources("en").stopwords
    text = (
        "Sabrina Singh met the French Institute of International Relations (IFRI) in Kyiv. "
        "Boeing shares fell. The talks ended. Singh paid US$. Vantor. Vantor, a trade group."
    )
    regions = _regions(text)
    lone = text.rindex("Vantor")
    regions.append((lone, lone + len("Vantor")))  # typed by the apposition after it
    regions.append((text.index("Singh paid"), text.index("$")))  # before a currency sign

    def read(words: str, at: list[tuple[int, int]]) -> list[Candidate]:
        return chunker.chunk(words, at, stopwords)

    chunker.forget_runs()
    fresh = read(text, regions)
    assert replays == []
    assert chunker._REGIONS_HELD[0] > 0
    assert read(text, regions) == fresh  # every region remembered replayed
    if size == 1 << 26:
        # The memory is consulted: every region but the quiet one and the one before a
        # currency sign (read afresh each time) is replayed.
        assert len(replays) == len(regions) - 2
    # The same regions elsewhere, the lone name with no apposition after it.
    moved = "Intro. " + text.replace("Vantor, a trade", "Vantor, some trade")
    shift = len("Intro. ")
    at = [(start + shift, end + shift) for start, end in regions]
    replayed = read(moved, at)
    chunker.forget_runs()
    assert replayed == read(moved, at)
    assert any(c.text == "IFRI" for c in fresh)
    typed = {c.type for c in fresh if c.text == "Vantor"}
    assert "organisation" in typed
