"""The stored code point ranges of the word classes, and the classes built from them lazily."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Iterator

import numpy as np
import pytest

from newsbrief.nlp import token_arrays, tokens, unicode_ranges


@pytest.mark.skipif(
    unicodedata.unidata_version != unicode_ranges.UNIDATA_VERSION,
    reason="stored for another Unicode database: tokens computes its own",
)
def test_stored_ranges_are_those_unicodedata_gives() -> None:
    marks, unspaced = tokens.computed_ranges()
    # When the database changes, store these anew in newsbrief/nlp/unicode_ranges.py.
    assert marks == unicode_ranges.MARKS, marks
    assert unspaced == unicode_ranges.UNSPACED, unspaced


def test_ranges_in_use_are_those_of_this_database() -> None:
    assert tokens.code_point_ranges() == tokens.computed_ranges()


@pytest.fixture
def fresh_ranges() -> Iterator[None]:
    """:func:`tokens.code_point_ranges` decided anew in the test, and again after it."""
    tokens.code_point_ranges.cache_clear()
    yield
    tokens.code_point_ranges.cache_clear()


@pytest.mark.skipif(
    unicodedata.unidata_version != unicode_ranges.UNIDATA_VERSION,
    reason="stored for another Unicode database",
)
def test_stored_ranges_are_read_not_computed(
    fresh_ranges: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def computed() -> None:
        raise AssertionError("computed although stored for this database")

    monkeypatch.setattr(tokens, "computed_ranges", computed)
    marks, unspaced = tokens.code_point_ranges()
    assert marks is unicode_ranges.MARKS and unspaced is unicode_ranges.UNSPACED


def test_another_database_computes_its_own_ranges(
    fresh_ranges: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stored ranges, as if made for another version of the database: the fallback path.
    expected = tokens.computed_ranges()
    calls = []
    computed = tokens.computed_ranges
    monkeypatch.setattr(unicode_ranges, "UNIDATA_VERSION", "0.0.0")
    monkeypatch.setattr(tokens, "computed_ranges", lambda: calls.append(1) or computed())
    assert tokens.code_point_ranges() == expected and calls == [1]
    # The patterns made from them are the ones in use (the stored ranges' on this database).
    fallback = tokens._Patterns()
    in_use = tokens._patterns()
    for name in ("unspaced_letter", "mark", "run_character", "definition", "fast"):
        assert getattr(fallback, name).pattern == getattr(in_use, name).pattern, name
    assert fallback.slow_hint.pattern == in_use.slow_hint.pattern
    assert fallback.astral_special.pattern == in_use.astral_special.pattern


def test_classes_match_their_code_points() -> None:
    marks, unspaced = tokens.code_point_ranges()
    for ranges, pattern in ((marks, tokens.MARK), (unspaced, tokens.UNSPACED_LETTER)):
        for first, last in ranges:  # (ranges of consecutive points, as long as they go)
            assert pattern.fullmatch(chr(first)) and pattern.fullmatch(chr(last))
            assert not pattern.fullmatch(chr(first - 1)) and not pattern.fullmatch(chr(last + 1))
    assert tokens.WORD_PATTERN is tokens.DEFINITION


def test_bmp_kinds_are_those_the_patterns_give() -> None:
    # The reference: each class matched over the whole BMP (what the table was made from).
    everything = "".join(map(chr, range(0x10000)))
    expected = np.zeros(0x10000, dtype=np.uint8)
    for bit, pattern in (
        (token_arrays._RUN, tokens.RUN_CHARACTER),
        (token_arrays._UNSPACED, tokens.UNSPACED_LETTER),
        (token_arrays._MARK, tokens.MARK),
    ):
        for match in re.finditer(f"(?:{pattern.pattern})+", everything):
            expected[match.start() : match.end()] |= bit
    expected[list(token_arrays.JOINERS)] |= token_arrays._JOINER
    assert np.array_equal(token_arrays._bmp_kinds(), expected)


def test_importing_the_tokenizer_compiles_no_class() -> None:
    code = (
        "import newsbrief.nlp.tokens as t\n"
        "assert t.words('plain text') == ['plain', 'text']\n"
        "print(len(t._MADE), 'MARK' in vars(t))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]


def test_every_public_name_imports_by_name() -> None:
    # ``from ... import`` goes through the module's ``__getattr__`` in a fresh process.
    names = ", ".join(n for n in dir(tokens) if n.isidentifier() and not n.startswith("_"))
    assert "DEFINITION" in names and "WORD_PATTERN" in names and "MARK" in names
    code = (
        f"from newsbrief.nlp.tokens import {names}\n"
        "from newsbrief.nlp.abbreviations import times\n"
        "assert WORD_PATTERN is DEFINITION and 'pm' in times()\n"
        "assert DEFINITION.findall('हिन्दी 日本') == ['हिन्दी', '日', '本']\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_threads_asking_at_once_compile_once(monkeypatch: pytest.MonkeyPatch) -> None:
    made = []

    class Slow(tokens._Patterns):
        def __init__(self) -> None:
            made.append(self)
            time.sleep(0.05)  # (long enough for the other threads to ask meanwhile)
            super().__init__()

    monkeypatch.setattr(tokens, "_MADE", [])
    monkeypatch.setattr(tokens, "_Patterns", Slow)
    found: list[list[str]] = []
    threads = [
        threading.Thread(target=lambda: found.append(tokens.words("हिन्दी 日本"))) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert found == [["हिन्दी", "日", "本"]] * 8


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        tokens.NO_SUCH_PATTERN  # noqa: B018
