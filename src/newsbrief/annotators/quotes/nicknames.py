"""Names written in quotation marks: nicknames and call signs (``з позивним «Ліра»``,
``по прозвищу «Граф»``), which keep the form they are called by and take no case endings, so
no dictionary reads them back to a nominative (``Ліра`` is no case of ``Лір``)."""

from __future__ import annotations

__all__ = ["in_marks"]

#: Opening marks and the closing marks that answer them.
_OPENING = "«„“\"'"
_CLOSING = "»“”\"'"


def in_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written between quotation marks (nothing between)."""
    return 0 < start < end < len(text) and text[start - 1] in _OPENING and text[end] in _CLOSING
