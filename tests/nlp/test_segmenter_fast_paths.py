"""The segmenter's speed-ups find exactly the sentences its plain path finds.

* A piece with no mark nupunkt could take for a sentence end (``_POSSIBLE_END``) is one sentence
  without asking nupunkt: nupunkt itself says the same of it.
* A line met again is answered from the memory of lines (``_LINES``), as read afresh.
* A piece without quotes or brackets of the pairs skips counting them (``_unpaired``), and one
  where no missed boundary can lie skips looking for one in each sentence (``_nothing_missed``).
* The section of a sentence is the one of the sentence before when the sections are disjoint
  (``_disjoint``).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.model import Document, Section
from newsbrief.nlp import segmenter
from newsbrief.nlp.segmenter import segment, sentence_spans

# Words and marks that exercise nupunkt and the repairs: abbreviations, initials, numbers with
# and without an ordinal dot, ellipses, quotes and brackets of every pair, other scripts'
# terminators, list markers, ``I.`` and the Russian and Ukrainian year abbreviations.
WORDS = [
    "The", "talks", "ended", "said", "Mr.", "Dr.", "U.S.", "Feb.", "J.", "Smith", "it", "3.5",
    "24.", "Februar", "Juni", "vom", "I.", "Did", "1990", "р.", "г.", "Потім", "«Не", "маму?».",
    "„Erster", "Satz.", "Zweiter,“", "(т.", "е.", "...)", "(see", "below).", "[1]", "“Yes.”",
    "Yahoo!", "in", "what?", "he", "asked.", "…", "end…", "नमस्ते।", "كيف؟", "你好。", "再见",
    "Τι;", "Ναι.", "1.)", "2.)", "a.", "b.", "•", "p.m.", "EST", "e.g.", "etc.", "No.", "5",
    "well-known", "'quoted'", "‚so‘", "10:30", "Inc.", "St.", "!", "?!", "x.y", "_.",
]  # fmt: skip
GAPS = [" "] * 10 + ["  ", "\n", "\n\n", "\t", "\u00a0", "", " \n "]
LANGUAGES = ["en", "de", "ru", "uk", "el", "hi", "ar", "zh", "fr", None]


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
    gaps = draw(st.lists(st.sampled_from(GAPS), min_size=len(words), max_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=True))


class _Forgetful(dict[Any, Any]):
    """A memory that never remembers."""

    def __setitem__(self, key: Any, value: Any) -> None:
        pass


def _plain(patch: pytest.MonkeyPatch) -> None:
    """Every speed-up off: nupunkt asked of every piece, no memory, every test per sentence."""
    patch.setattr(segmenter, "_POSSIBLE_END", re.compile(r"(?s:.)?"))
    patch.setattr(segmenter, "_LINES", _Forgetful())
    patch.setattr(segmenter, "_unpaired", lambda piece: False)
    patch.setattr(segmenter, "_nothing_missed", lambda piece, rules: False)
    patch.setattr(segmenter, "_disjoint", lambda sections: False)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab A.!?…\"')]»”’;:,_-\u00a0\t", max_size=40))
def test_a_piece_without_a_possible_end_is_one_sentence_to_nupunkt(piece: str) -> None:
    if segmenter._POSSIBLE_END.search(piece) is not None:
        return
    spans = [segmenter._trim(piece, s, e) for s, e in segmenter._tokenizer().span_tokenize(piece)]
    whole = segmenter._trim(piece, 0, len(piece))
    assert [span for span in spans if span[0] < span[1]] == ([whole] if whole[0] < whole[1] else [])


@settings(max_examples=400, deadline=None)
@given(texts(), st.sampled_from(LANGUAGES))
def test_the_fast_paths_find_the_plain_paths_sentences(text: str, language: str | None) -> None:
    fast = sentence_spans(text, language)
    again = sentence_spans(text, language)  # (the lines now from the memory)
    with pytest.MonkeyPatch.context() as patch:
        _plain(patch)
        plain = sentence_spans(text, language)
    assert fast == plain
    assert again == plain


@settings(max_examples=200, deadline=None)
@given(texts(), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=4))
def test_sections_are_found_as_the_plain_path_finds_them(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    # Disjoint and overlapping sections, and sentences outside every section.
    sections = [
        Section(start=min(a, b, len(text)), end=min(max(a, b), len(text))) for a, b in bounds
    ]
    document = Document.from_text(text, id="d", sections=sections)
    fast = segment(document).sentences
    with pytest.MonkeyPatch.context() as patch:
        _plain(patch)
        plain = segment(document).sentences
    assert fast == plain


def test_repeated_lines_keep_their_own_offsets_and_language() -> None:
    line = "Retired Lt. Gen. Mark Hertling told CNN. It is regional."
    text = f"{line}\n\n{line}"
    spans = sentence_spans(text, "en")
    assert [text[s:e] for s, e in spans] == [
        "Retired Lt. Gen. Mark Hertling told CNN.",
        "It is regional.",
    ] * 2
    assert spans[2][0] == len(line) + 2
    # One line in two languages: each language's reading, whichever came first.
    german = "Er kam am 24. Februar an."
    assert sentence_spans(german, "de") == [(0, len(german))]
    assert sentence_spans(german, "en") == [(0, 13), (14, len(german))]
    assert sentence_spans(german, "de") == [(0, len(german))]


def test_only_lines_of_a_paragraphs_length_are_remembered() -> None:
    sentence = "Mr. Smith met the U.S. envoy on Feb. 3 in Kyiv. "
    long_line = (sentence * (segmenter._LINE_LIMIT // len(sentence) + 1)).strip()
    short_line = sentence.strip()
    text = f"{long_line}\n{short_line}\n{long_line}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segmenter, "_LINES", {})
        fast = sentence_spans(text, "en")
        remembered = {line for line, _ in segmenter._LINES}
    with pytest.MonkeyPatch.context() as patch:
        _plain(patch)
        assert fast == sentence_spans(text, "en")
    assert remembered == {short_line}
    assert len(fast) == 2 * long_line.count("Kyiv.") + 1


@settings(max_examples=300, deadline=None)
@given(texts(), st.sampled_from(["\u2029", "\n\n", "\r\n\r\n", " \n \n", "\n", " "]))
def test_a_new_paragraph_starts_exactly_after_a_blank_line(text: str, gap: str) -> None:
    # (Gaps of one character other than a paragraph separator are not searched for one.)
    text = text + gap + text
    sentences = segment(Document.from_text(text, id="p")).sentences
    for previous, sentence in itertools.pairwise(sentences):
        blank = segmenter._BLANK_LINE.search(text, previous.end, sentence.start) is not None
        assert sentence.paragraph == previous.paragraph + blank


@settings(max_examples=400, deadline=None)
@given(texts(), st.sampled_from(LANGUAGES))
def test_an_ascii_piece_is_cleared_as_the_marks_scan_clears_it(
    text: str, language: str | None
) -> None:
    # ``_nothing_missed`` answers an ASCII piece by ``str`` scans when no mark of the language
    # is ASCII; forcing the marks' scan (``ascii_marks``) must give the same answer.
    rules = segmenter._rules(language)
    scanned = attrs.evolve(rules, ascii_marks=True)
    # (The ASCII forms: curly quotes as straight ones, then other non-ASCII characters left out.)
    plain = text.replace("“", '"').replace("”", '"').encode("ascii", "ignore").decode()
    for piece in (text, plain):
        assert segmenter._nothing_missed(piece, rules) == segmenter._nothing_missed(piece, scanned)


@settings(max_examples=400, deadline=None)
@given(texts())
def test_an_ascii_piece_is_unpaired_as_the_marks_scan_says(text: str) -> None:
    # ``_unpaired`` answers an ASCII piece by ``str`` scans for the pairs' ASCII marks; the
    # class of every mark must give the same answer (a mark left out of the scans would let a
    # cut inside ``[...]`` or ``(...)`` through).
    plain = text.replace("“", '"').replace("”", '"').encode("ascii", "ignore").decode()
    for piece in (text, plain, "see [1", "see 1]", "(a", "a)"):
        assert segmenter._unpaired(piece) == (segmenter._PAIR_MARK.search(piece) is None)
