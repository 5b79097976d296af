"""The look-backs of quotations reopened on a page's lines are bounded: the sentence before a
quotation's first line is looked for within a few thousand characters of the cue, and a mark
reopening a line is told by the spaces before it, not by a search back over its paragraph.

The sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

from newsbrief.annotators.quotes.attribution.run_on_openings import sentence_before_run_on
from newsbrief.annotators.quotes.marks import find_quotes


class _Reads(str):
    """A text that remembers the lowest offset read by slicing or searching back, and how
    many characters its searches back read in all."""

    lowest: int
    searched: int = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, slice):
            self.lowest = min(self.lowest, key.start or 0)
        elif key >= 0:
            self.lowest = min(self.lowest, key)
        return str.__getitem__(self, key)

    def rfind(self, sub, start=None, end=None):  # type: ignore[no-untyped-def]
        self.lowest = min(self.lowest, start or 0)
        self.searched += (len(self) if end is None else end) - (start or 0)
        return str.rfind(self, sub, start, end)


def test_the_look_back_from_a_cue_is_bounded() -> None:
    line = "Texto de una página de una sola línea, sin saltos, muy larga. " * 400
    text = f"{line}«Palabras citadas aquí», dijo."
    masked = _Reads(text.replace("Palabras citadas aquí", "§" * 21))
    masked.lowest = len(text)
    at = text.index(", dijo") + 2
    assert sentence_before_run_on(text, masked, at) is None
    assert masked.lowest > at - 10_000


def test_a_reopening_mark_is_read_back_over_spaces_only() -> None:
    said = " ".join(f'Dijo "palabra {i}" y "otra {i}".' for i in range(300))
    text = _Reads(f"Titular.\n\n{said}")
    text.lowest = len(text)
    spans = find_quotes(text, [(0, 8), (10, len(text))], "es")
    assert len(spans) == 600
    # (each mark's look-back once over its paragraph would read it 600 times)
    assert text.searched < 20 * len(text)
