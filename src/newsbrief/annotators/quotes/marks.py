"""Finding quotations: pairing straight and curly quotation marks paragraph by paragraph.

Double marks (``"``, ``“ ”``, ``„``, ``« »``) are paired first; single marks (``‘ ’``, ``'``)
count as quotation marks only where an apostrophe cannot be (``‘`` after a space; a closing ``’``
not followed by a letter), and only outside double quotes. A paragraph that opens a double quote
without closing it runs to its end; when the next paragraph opens with a quotation mark, that
paragraph continues the same quotation (the convention for quotes spanning paragraphs).

Other languages pair marks by their own conventions (``[quotes] pairs`` in the language home):
an opening mark closes only with its own closing marks, so German ``„...“`` and ``»...«``,
French ``« ... »`` (spaces inside) and ``‹ ... ›``, Ukrainian ``«...»`` with ``„...“`` inside all
pair; a mark that closes in one language may open in another (``»``, ``“``). English keeps the
rules above unchanged.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPENERS = _DOUBLE_OPEN + _SINGLE_OPEN + _STRAIGHT + "'"
#: AP wire copy writes double quotation marks as two single ones.
_AP_OPEN, _AP_CLOSE = "‘‘", "’’"


@cache
def _any_of(characters: str) -> re.Pattern[str]:
    """A pattern finding any of ``characters``: the scans below visit only the marks, since no
    other character changes their state (a paragraph is mostly words)."""
    return re.compile(f"[{re.escape(''.join(sorted(set(characters))))}]")


#: Every character :func:`_paragraph_quotes` acts on (the AP pairs start with single marks).
_ENGLISH_MARKS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _STRAIGHT + _SINGLE_OPEN + _SINGLE_CLOSE + "'"
#: The marks :func:`_paragraph_quotes` may act on: an apostrophe inside a word (``it’s``,
#: ``it's``: a letter or digit after it and, for ``'``, before it) changes nothing there (it
#: neither opens, closes nor pairs as AP's ``’’``), and is most of the marks of an article.
#: (One character class first, then the look-arounds: an alternation would be tried at every
#: position of the text.)
_ENGLISH_MARK = re.compile(
    r"[“”„«»\"‘’'](?:(?<=[“”„«»\"‘])|(?<=’)(?![^\W_])|(?<=')(?:(?<![^\W_]')|(?![^\W_])))"
)


def _english_marks(text: str, start: int, end: int) -> list[int]:
    """Where the marks of :data:`_ENGLISH_MARK` are in ``text[start:end]``."""
    found = [mark.start() for mark in _ENGLISH_MARK.finditer(text, start, end)]
    if text.startswith("'", start) and (not found or found[0] != start):
        found.insert(0, start)  # the paragraph's first character counts as after a space
    return found


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


@attrs.frozen
class Marks:
    """The quotation marks of one language: each opening mark -> the marks that close it."""

    #: Double marks (``«`` -> ``»``, ``„`` -> ``“”``), paired anywhere.
    double: dict[str, str]
    #: Single marks (``‚`` -> ``‘``, ``‹`` -> ``›``), paired only where an apostrophe cannot be.
    single: dict[str, str]

    @property
    def openers(self) -> str:
        """Every opening mark."""
        return "".join(self.double) + "".join(self.single)

    @property
    def every(self) -> str:
        """Every mark, opening or closing."""
        return "".join(k + v for table in (self.double, self.single) for k, v in table.items())


_BASE_DOUBLE = {"“": "”", "„": "“”", "«": "»", '"': '"'}
_BASE_SINGLE = {"‘": "’'", "'": "'"}
_SINGLE_MARKS = "‚‘’‹›'"


@cache
def marks_for(language: str | None) -> Marks | None:
    """The marks of ``language`` (``[quotes] pairs`` added to the usual ones); ``None`` for
    English, whose rules are this module's own."""
    from newsbrief.languages import language as language_of
    from newsbrief.languages import normalize

    code = normalize(language)
    if code in ("en", "und"):
        return None
    double = dict(_BASE_DOUBLE)
    single = dict(_BASE_SINGLE)
    for opening, closing in language_of(code).quote_pairs:
        table = single if opening in _SINGLE_MARKS else double
        table[opening] = "".join(dict.fromkeys(table.get(opening, "") + closing))
    return Marks(double, single)


def find_quotes(
    text: str, paragraphs: list[tuple[int, int]], language: str | None = None
) -> list[QuoteSpan]:
    """Every quotation in the ``(start, end)`` paragraphs of ``text``, in text order, by the
    quotation marks of ``language`` (English when ``None``)."""
    marks = marks_for(language) if language else None
    openers = marks.openers if marks is not None else _OPENERS
    any_mark = _any_of(marks.every) if marks is not None else None
    found: list[QuoteSpan] = []
    carried = False
    for index, (start, end) in enumerate(paragraphs):
        at = (
            _english_marks(text, start, end)
            if any_mark is None
            else [mark.start() for mark in any_mark.finditer(text, start, end)]
        )
        if not at:
            carried = False  # no quotation here (most paragraphs): nothing opened or left open
            continue
        first = _first_char(text, start, end)
        continues = carried and first is not None and text[first] in openers
        spans = (
            _paragraph_quotes(text, start, end, index, at)
            if marks is None
            else _paired_quotes(text, start, end, index, marks, at)
        )
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


def _paragraph_quotes(
    text: str, start: int, end: int, paragraph: int, at: list[int]
) -> list[QuoteSpan]:
    """The quotations of one paragraph, English rules; ``at``: where its marks are
    (:func:`_english_marks`)."""
    spans: list[QuoteSpan] = []
    opened: int | None = None  # offset of an open double mark
    single: int | None = None  # offset of an open single mark
    skip = -1  # the second mark of an AP double (``‘‘`` or ``’’``)
    for i in at:
        c = text[i]
        if i == skip:
            continue
        if single is None and text.startswith(_AP_CLOSE, i) and opened is not None:
            # AP's ``’’`` closes a double quotation (it would otherwise run on into the next).
            spans.append(attrs.evolve(_span(text, opened, i + 1, paragraph), close=i + 2))
            opened, skip = None, i + 1
            continue
        if (
            single is None
            and opened is None
            and text.startswith(_AP_OPEN, i)
            and _opens_single(text, i, start, end) is False
            and (i == start or text[i - 1] in _BEFORE_OPEN)
        ):
            opened, skip = i + 1, i + 1  # AP's ``‘‘`` opens one
            continue
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


def _paired_quotes(
    text: str, start: int, end: int, paragraph: int, marks: Marks, at: list[int]
) -> list[QuoteSpan]:
    """:func:`_paragraph_quotes` with a language's own pairs: a mark closes only what it
    pairs with. ``at``: where the paragraph's marks (:attr:`Marks.every`) are."""
    spans: list[QuoteSpan] = []
    opened: int | None = None
    closers = ""
    single = False
    for i in at:
        c = text[i]
        if opened is not None:
            if c in closers and (not single or _closes_single(text, i, end)):
                spans.append(_span(text, opened, i + 1, paragraph))
                opened = None
            continue
        if c in marks.double and (c not in "»›" or _opens_guillemet(text, i, start, end)):
            opened, closers, single = i, marks.double[c], False
        elif c in marks.single and (
            _opens_single(text, i, start, end)
            if c in "‘'"
            else _opens_guillemet(text, i, start, end)
        ):
            opened, closers, single = i, marks.single[c], True
    if opened is not None and not single:
        span = _span(text, opened, end, paragraph, runs_on=True)
        if span.end > span.start:
            spans.append(span)
    return [span for span in spans if _has_words(text, span)]


def _opens_guillemet(text: str, i: int, start: int, end: int) -> bool:
    # ``»Wir ...«`` opens; the ``»`` closing a French ``« ... »`` is not followed by a word.
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before in _BEFORE_OPEN or not before.isalnum()) and (
        after.isalnum() or after in " \u00a0\u202f"
    )


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
    # A quotation's first character is a letter, nearly always: no scan then.
    if span.start < span.end and text[span.start].isalpha():
        return True
    return any(c.isalpha() for c in text[span.start : span.end])
