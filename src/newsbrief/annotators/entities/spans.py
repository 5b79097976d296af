"""Sorted character spans, to test a span against many others by bisection.

Several entity stages ask, for each new candidate, whether a span already taken overlaps it
or holds it; a pass over every taken span per candidate would be quadratic in a long page.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["SortedSpans"]


class SortedSpans:
    """Spans sorted by start, with the furthest end among each prefix of them: whether a span
    overlaps or holds ``start:end`` is one bisection (the spans may overlap one another)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def _reach_before(self, at: int) -> int:
        """The furthest end among the first ``at`` spans (-1 for none)."""
        return self._reach[at - 1] if at else -1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``start:end``."""
        return self._reach_before(bisect_left(self._starts, end)) > start

    def contains(self, start: int, end: int) -> bool:
        """Whether a span holds all of ``start:end``."""
        return self._reach_before(bisect_right(self._starts, start)) >= end

    def add(self, start: int, end: int) -> None:
        """Hold ``start:end``, which overlaps no span held (so the furthest ends stay sorted)."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._reach.insert(at, end)
