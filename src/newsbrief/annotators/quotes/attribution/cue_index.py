"""Where a text's next attribution cue starts, found once per stretch of the text.

A quotation's cues are searched for in a window of up to a thousand characters either side of
it, several times per quotation. On a long line of quotations with no cue (``« Nous sommes
prêts » « ... »``) each search read its whole window, so a megabyte of them took minutes; the
index reads each stretch of the text once and lets a search start near the first cue it could
find.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

#: A cue match, with what it looks at after its end, is rarely longer than this (characters): a
#: cue is a verb with its pronoun, auxiliary or a few words (``a-t-il tenu à préciser``).
CUE_SPAN = 200
#: What a cue match and the characters it looks at are made of: words, the spaces between a
#: phrase's words, hyphens and apostrophes (``a-t-il``, ``s'est``), one character either side.
_CUE_CHARACTERS = re.compile(r"[\w \t\u00a0'’-]+")


def cue_reach(text: str) -> int:
    """How long a cue match in ``text``, with what it looks at, may be: :data:`CUE_SPAN`, or
    more where spaces pad a phrase's words (``a`` and 300 spaces then ``regretté``)."""
    longest = max((len(run) for run in _CUE_CHARACTERS.findall(text)), default=0)
    return max(CUE_SPAN, longest + 2)


class CueIndex:
    """The stretches of ``text`` known to hold no start of a ``pattern`` match."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        #: How long a match, with what it looks at, may be (:func:`cue_reach`).
        self.reach = cue_reach(text)
        #: Sorted, disjoint stretches ``[low, high)`` no match starts in; ``high`` is a match's
        #: start or the text's end.
        self._lows: list[int] = []
        self._highs: list[int] = []

    def next_start(self, at: int) -> int:
        """Where the first match at or after ``at`` starts in the whole text (its length when
        none does)."""
        index = bisect.bisect_right(self._lows, at) - 1
        if index >= 0 and at <= self._highs[index]:
            return self._highs[index]
        following = index + 1
        known = following < len(self._lows)
        limit = self._lows[following] if known else len(self._text)
        # Read on a little past the next known stretch, so a match starting before it is seen
        # whole (the search stops at its end position as at the text's end).
        found = self._pattern.search(self._text, at, min(len(self._text), limit + self.reach))
        if found is not None and found.start() < limit:
            self._lows.insert(following, at)
            self._highs.insert(following, found.start())
            return found.start()
        if known:
            self._lows[following] = at  # (no match starts from ``at`` to that stretch either)
            return self._highs[following]
        self._lows.append(at)
        self._highs.append(len(self._text))
        return len(self._text)

    def first_from(self, start: int, end: int) -> int:
        """Where a search of ``text[start:end]`` may begin and find what one from ``start``
        finds: no match starts before the whole text's next one, and one reaching ``end``
        (which a search stopping there may find) starts within :attr:`reach` of it."""
        return max(start, min(self.next_start(start), end) - self.reach)

    def search(self, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``, reading only near the matches it may find."""
        return self._pattern.search(self._text, self.first_from(start, end), end)

    def finditer(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)``, reading only near the matches it may find."""
        return self._pattern.finditer(self._text, self.first_from(start, end), end)
