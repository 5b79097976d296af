"""The sentence before a quotation that ran over paragraphs, read from its last paragraph.

A quotation of several paragraphs leaves each one open and is attributed only after its last
(``... fue el único que habló. «Nos duele perder así.`` then ``«Ahora toca levantarse», dijo.``);
a cue without a subject there (``dijo``, ``advirtió``) refers to the person the sentence before
the quotation's first opening mark names, paragraphs back. Its lines are read in the masked
text (a quotation's characters are ``§``, its marks too), their last characters in the text (a
line ending with a closing mark closed its quotation); a page's lines may be one paragraph.
"""

from __future__ import annotations

from newsbrief.annotators.quotes.attribution.english_words import QUOTE_MASK
from newsbrief.annotators.quotes.attribution.sentence_subjects import sentence_ending

__all__ = ["sentence_before_run_on"]

#: How many lines back the first of a quotation's lines is looked for.
_REACH = 4
#: How many characters back from the cue the lines are read (a page of one long line costs
#: no more than this per cue).
_LOOK_BACK = 4000
#: Marks that close a quotation: a line ending with one closed its quotation.
_CLOSING = '»”"’'
_SPACES = " \u00a0\t\r\n"


def _quoted_only(masked: str, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` holds quoted characters and spaces only (read from
    ``start`` up to its first other character)."""
    at = start
    while at < end and (masked[at] == QUOTE_MASK or masked[at] in _SPACES):
        at += 1
    return at >= end


def _line_before(masked: str, start: int, floor: int) -> tuple[int, int] | None:
    """``(start, end)`` of the last line with words before offset ``start`` (a line's
    start), its end's spaces left out, not read before ``floor``; ``None`` at the text's top
    or at ``floor``."""
    end = start
    while end > floor and masked[end - 1] in _SPACES:
        end -= 1
    if end <= floor:
        return None
    line = masked.rfind("\n", floor, end)
    return None if line < 0 < floor else (line + 1, end)  # (a line cut at ``floor``: none)


def _left_open(text: str, masked: str, end: int) -> bool:
    """Whether a line ending at ``end`` ends inside a quotation (no closing mark ends it)."""
    return masked[end - 1] == QUOTE_MASK and text[end - 1] not in _CLOSING


def sentence_before_run_on(text: str, masked: str, at: int) -> tuple[int, int] | None:
    """``(start, end)`` of the sentence before the first opening mark of the quotation a cue at
    ``at`` follows, when that quotation opens ``at``'s line and continues one left open at the
    end of the lines before (each line between wholly quoted); ``None`` otherwise (the line
    holds words before the quotation, or the line before closed its quotation)."""
    floor = max(0, at - _LOOK_BACK)
    start = masked.rfind("\n", floor, at) + 1
    if start <= floor:
        return None  # a line too long to read back over
    last = masked.rfind(QUOTE_MASK, start, at)
    if last < 0 or not _quoted_only(masked, start, last + 1):
        return None
    for _ in range(_REACH):
        line = _line_before(masked, start, floor)
        if line is None or not _left_open(text, masked, line[1]):
            return None  # no quotation left open there
        low, high = line
        opened = high
        while opened > low and (masked[opened - 1] == QUOTE_MASK or masked[opened - 1] in _SPACES):
            opened -= 1
        if opened > low:  # ``... habló. «Nos duele perder así.``: the words before it
            return sentence_ending(masked, opened, low)
        # The quotation opens this line: it runs on from the line before, or opens here after
        # that line's words (then their last sentence brings it in).
        before = _line_before(masked, low, floor)
        if before is not None and not _left_open(text, masked, before[1]):
            return sentence_ending(masked, before[1], before[0])
        start = low
    return None
