"""Finding quotations: pairing straight and curly quotation marks paragraph by paragraph.

Double marks (``"``, ``“ ”``, ``„``, ``« »``) are paired first; single marks (``‘ ’``, ``'``)
count as quotation marks only where an apostrophe cannot be (``‘`` after a space; a closing ``’``
not followed by a letter), and only outside double quotes. A paragraph that opens a double quote
without closing it runs to its end; when the next paragraph opens with a quotation mark, that
paragraph continues the same quotation (the convention for quotes spanning paragraphs).
"""

from __future__ import annotations

import attrs

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPENERS = _DOUBLE_OPEN + _SINGLE_OPEN + _STRAIGHT + "'"
# Punctuation that may precede an opening single mark (besides spaces).
_BEFORE_OPEN = " \u00a0\t\n([{—–-:;/"


@attrs.frozen
class QuoteSpan:
    """One quotation (or one paragraph of a quotation that spans several)."""

    #: Offset of the opening mark.
    open: int
    #: One past the closing mark (the paragraph end when the quotation runs on).
    close: int
    #: First code point of the quoted words.
    start: int
    #: One past the last quoted word (a trailing comma and spaces left out).
    end: int
    #: Index of the paragraph holding it.
    paragraph: int
    #: Whether it continues a quotation left open by the previous paragraph.
    continues: bool = False
    #: Whether it is left open at the end of its paragraph.
    runs_on: bool = False


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quotation in the ``(start, end)`` paragraphs of ``text``, in text order."""
    found: list[QuoteSpan] = []
    carried = False
    for index, (start, end) in enumerate(paragraphs):
        first = _first_char(text, start, end)
        continues = carried and first is not None and text[first] in _OPENERS
        spans = _paragraph_quotes(text, start, end, index)
        if continues and spans and spans[0].open == first:
            spans[0] = attrs.evolve(spans[0], continues=True)
        carried = bool(spans) and spans[-1].runs_on
        found.extend(spans)
    return found


def _first_char(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _paragraph_quotes(text: str, start: int, end: int, paragraph: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: int | None = None  # offset of an open double mark
    single: int | None = None  # offset of an open single mark
    for i in range(start, end):
        c = text[i]
        if single is not None:
            if c in "’'" and _closes_single(text, i, end):
                spans.append(_span(text, single, i + 1, paragraph))
                single = None
            continue
        if opened is not None:
            if c in _DOUBLE_CLOSE or c == _STRAIGHT:
                spans.append(_span(text, opened, i + 1, paragraph))
                opened = None
            continue
        if c in _DOUBLE_OPEN or c == _STRAIGHT:
            opened = i
        elif c in "‘'" and _opens_single(text, i, start, end):
            single = i
    if opened is not None:
        span = _span(text, opened, end, paragraph, runs_on=True)
        if span.end > span.start:
            spans.append(span)
    return [span for span in spans if _has_words(text, span)]


def _opens_single(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before in _BEFORE_OPEN and after.isalnum()


def _closes_single(text: str, i: int, end: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and not after.isalnum()


def _span(
    text: str, open_at: int, close: int, paragraph: int, *, runs_on: bool = False
) -> QuoteSpan:
    start = open_at + 1
    end = close if runs_on else close - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(open_at, close, start, end, paragraph, runs_on=runs_on)


def _has_words(text: str, span: QuoteSpan) -> bool:
    return any(c.isalpha() for c in text[span.start : span.end])
