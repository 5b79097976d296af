"""The array tokenizer finds exactly the words the regular expression finds, numbered alike."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.nlp import token_arrays
from newsbrief.nlp.token_arrays import SEPARATOR, TokenTable, regex_tokens, tokenize
from newsbrief.nlp.tokens import words

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

# Word characters of every kind, the joiners, the separator itself, combining marks (BMP and
# astral), astral letters and digits and symbols, a lone surrogate, Greek capital sigma,
# Devanagari letters and vowel signs, letters of unspaced scripts (Han in and beyond the BMP,
# Kana with a combining voicing mark, Thai) and Thai digits.
ALPHABET = [
    *"aZé9_ ", "'", "’", "-", "--", "''", SEPARATOR, "\u0301", "\u0663", "Σ", "ß", "中",
    "\U0001d518", "\U0001d7d9", "\U00010348", "\U0001f600", "\ud800", ".", "\n",
    "ह", "ि", "्", "\u200c", "\u200d", "״", "か", "\u3099", "ー", "ก", "\u0e31", "๕",
    "\U00020000", "\U000110b0", "\ufe0f",
]  # fmt: skip
text = st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join)
texts = st.lists(text, max_size=8)


def assert_like_words(table: TokenTable, given_texts: Sequence[str]) -> None:
    """Each text's tokens are ``words(text)``; ids and forms are the reference's."""
    for i, t in enumerate(given_texts):
        ids = table.ids[table.offsets[i] : table.offsets[i + 1]]
        assert [table.forms[j] for j in ids] == words(t)
    reference = regex_tokens(given_texts)
    assert table.forms == reference.forms
    assert np.array_equal(table.ids, reference.ids)
    assert np.array_equal(table.offsets, reference.offsets)


@given(texts)
def test_arrays_find_the_words_of_any_text(given_texts: list[str]) -> None:
    table = token_arrays._array_tokens(given_texts)
    assert table is not None  # a 64-bit hash collision here is astronomically unlikely
    assert_like_words(table, given_texts)


@given(st.lists(st.text(max_size=30), max_size=6))
def test_tokenize_any_unicode(given_texts: list[str]) -> None:
    assert_like_words(tokenize(given_texts), given_texts)


@pytest.mark.parametrize(
    "given_texts",
    [
        [],
        [""],
        ["", "", ""],
        ["don't", "-air-defence- F-16 ''x'' a--b a-'b"],
        ["’quoted’ rock’n’roll _under_score_ 2024-25"],
        ["naïve cafe\u0301 \U0001d518\U0001d518x \U0001f600y\U0001f600"],
        [f"a{SEPARATOR}b", f"{SEPARATOR}a-", f"-{SEPARATOR}-b"],
        ["ΟΔΟΣ.Α ΣΑΣ", "İstanbul ǅemal"],
    ],
)
def test_edge_cases(given_texts: list[str]) -> None:
    assert_like_words(tokenize(given_texts), given_texts)


def test_seed_articles_sentence_by_sentence() -> None:
    lines = [line for path in SEEDS for line in path.read_text("utf-8").splitlines()]
    assert_like_words(tokenize(lines), lines)


def _thue_morse(order: int, letters: str) -> str:
    return "".join(letters[bin(i).count("1") % 2] for i in range(2**order))


def test_a_real_hash_collision_falls_back_to_the_regex() -> None:
    # Thue-Morse words and their complements share every polynomial hash modulo 2**64.
    a, b = _thue_morse(11, "ab"), _thue_morse(11, "ba")
    collide = [f"{a} {b}", a]
    assert token_arrays._array_tokens(collide) is None
    assert_like_words(tokenize(collide), collide)


@pytest.mark.parametrize(
    "pair",
    [
        ("abc", "abd"),  # short ASCII: packed code points differ
        ("abcdefghijk", "abcdefghijl"),  # long: compared code point by code point
        ("abé", "abc"),  # same length, one not ASCII
        ("ab", "abc"),  # different lengths
    ],
)
def test_every_forced_collision_is_caught(
    monkeypatch: pytest.MonkeyPatch, pair: tuple[str, str]
) -> None:
    def same_hash(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        return np.zeros(len(starts), dtype=np.uint64)

    monkeypatch.setattr(token_arrays, "_hashes", same_hash)
    given_texts = [f"{pair[0]} {pair[1]}", pair[0]]
    assert token_arrays._array_tokens(given_texts) is None
    assert_like_words(tokenize(given_texts), given_texts)
    same = [f"{pair[0]} {pair[0]}", pair[0]]
    table = token_arrays._array_tokens(same)  # equal tokens sharing a hash pass the check
    assert table is not None
    assert_like_words(table, same)


def test_inputs_longer_than_the_kept_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token_arrays._Sequence, "KEPT", 64)
    for name in ("_POWERS", "_INVERSE_POWERS", "_WEIGHTS"):
        monkeypatch.setattr(
            token_arrays, name, token_arrays._Sequence(getattr(token_arrays, name).compute)
        )
    monkeypatch.setattr(token_arrays, "_SCRATCH", threading.local())
    lines = [line for line in SEEDS[0].read_text("utf-8").splitlines() if line]
    assert_like_words(tokenize(lines[:3]), lines[:3])
    assert_like_words(tokenize(lines), lines)


def assert_spans_like_word_spans(table: TokenTable, given_texts: Sequence[str]) -> None:
    """Each token's offsets in its own text are those of ``word_spans``."""
    from newsbrief.nlp.tokens import word_spans

    assert table.starts is not None and table.ends is not None
    for i, t in enumerate(given_texts):
        first, last = table.offsets[i], table.offsets[i + 1]
        starts, ends = table.starts[first:last].tolist(), table.ends[first:last].tolist()
        found = list(zip(starts, ends, strict=True))
        assert found == word_spans(t)


@given(texts)
def test_spans_are_the_word_spans(given_texts: list[str]) -> None:
    table = tokenize(given_texts, spans=True)
    assert_like_words(table, given_texts)
    assert_spans_like_word_spans(table, given_texts)
    # The regular expression's table (the fallback) has the same offsets.
    assert_spans_like_word_spans(regex_tokens(given_texts, spans=True), given_texts)


def test_spans_survive_a_hash_collision() -> None:
    a, b = _thue_morse(11, "ab"), _thue_morse(11, "ba")
    collide = [f"x {a} {b}", a, ""]
    table = tokenize(collide, spans=True)
    assert_like_words(table, collide)
    assert_spans_like_word_spans(table, collide)
