"""Splitting text into lines that keep their code-point offsets."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

#: Lines at least this long are always prose: only their start and end are examined, which keeps
#: every heuristic linear however long a line is.
MAX_EXAMINED = 500


@attrs.frozen
class Line:
    """One line of a text with its surrounding whitespace trimmed."""

    #: Position among all lines (blank ones included), from 0.
    index: int
    #: Offset of the first non-space character (of the line end when blank).
    start: int
    #: One past the last non-space character.
    end: int
    #: ``text[start:end]``.
    text: str

    @property
    def blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return not self.text

    @property
    def short(self) -> bool:
        """Whether the line is short enough to be examined as a whole."""
        return len(self.text) < MAX_EXAMINED


def split_lines(text: str) -> Iterator[Line]:
    """The lines of ``text``, with offsets into it (every Unicode line break counts)."""
    offset = 0
    for index, raw in enumerate(text.splitlines(keepends=True)):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip()) if stripped else len(raw)
        start = offset + lead
        yield Line(index=index, start=start, end=start + len(stripped), text=stripped)
        offset += len(raw)
