"""Datelines opening an article's first paragraphs (``SEATTLE (AP) —``) and its bylines (``By
JANE DOE and JOHN ROE Associated Press``): the story's furniture, never a speaker.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from newsbrief.languages import language, normalize, on_reload, supported
from newsbrief.nlp.bylines import labelled_byline

__all__ = ["after_dateline", "byline_spans", "dateline_spans", "inside"]

# A dateline opening a paragraph: a place in capitals, perhaps a state, a date, a wire credit in
# brackets or slashes, then a dash (``MONTPELIER, Vt. (AP) —``, ``BOSTON, April 2, 2025
# /PRNewswire/ --``).
_DATELINE = re.compile(
    r"[ \t\u00a0]*[A-Z][A-Z.'’\-]*(?:[ \u00a0][A-Z][A-Z.'’\-]*){0,3}"
    r"(?:,[ \u00a0][^\n—–()/]{1,30}?)?[ \u00a0]*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?"
    r"[ \u00a0]*(?:—|–|--?)[ \u00a0]"
)


#: Only the first paragraphs of an article may open with a dateline.
_DATELINE_PARAGRAPHS = 3


def dateline_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of the datelines opening the first paragraphs of ``text``."""
    found = []
    for start, end in paragraphs[:_DATELINE_PARAGRAPHS]:
        words = after_dateline(text, start, end)
        if words > start:
            found.append((start, words))
    return found


#: Only the first paragraphs of an article hold its byline (after the headline, a date line).
_BYLINE_PARAGRAPHS = 4
#: A byline is one short line (longer lines are the story's sentences).
_BYLINE_LENGTH = 160


def byline_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of the byline lines among the first paragraphs of ``text`` (``By JANE
    DOE and JOHN ROE Associated Press``, ``By Jane Doe, TNN | Nov 26, 2026``): the writers'
    names, which a ``she said`` never points back to."""
    found = []
    for start, end in paragraphs[:_BYLINE_PARAGRAPHS]:
        line_start = start
        while line_start < end:
            line_end = text.find("\n", line_start, end)
            line_end = end if line_end < 0 else line_end
            line = text[line_start:line_end].strip()
            following = text[line_end:end].lstrip()
            if (
                # A capitalised label, a line of its own: ``by Linda Okafor and`` wrapped from
                # the line before, or ``By Tuesday Okafor and Reid`` going on in lower case on
                # the line after, is a sentence of the story.
                line[:3] in ("By ", "BY ")
                and not following[:1].islower()
                and len(line) <= _BYLINE_LENGTH
                and line[-1:] not in ".!?"
                and labelled_byline(line) is not None
            ):
                found.append((line_start, line_end))
            line_start = line_end + 1
    return found


@functools.lru_cache(maxsize=64)
def _credit(code: str) -> re.Pattern[str]:
    """A picture's credit in English or the language ``code``, from their ``[page]`` words:
    ``Photo by Ann Roe/Agency`` (a caption word and its ``by``), ``Credit: Ann Roe / The Sun``
    (a caption label), ``(FILE PHOTO / Ann Roe)``, ``Photograph: Ann Roe/AP`` (a credit label
    before a slash or colon); the name runs to a slash, a bracket, a comma or the line's end, a
    few words at most. (English beside the story's language: wires credit in English; two
    languages, not all: the pattern is tried at every word of every article.)"""
    pages = [language(c).page for c in dict.fromkeys(("en", code)) if c in supported()]

    def alternation(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    openers = {w for page in pages for w in page.caption_words | page.caption_labels}
    openers |= {w for page in pages for w in page.credit_labels}
    nouns = alternation({w for page in pages for w in page.caption_words})
    by = alternation({w for page in pages for w in page.caption_by})
    labels = alternation({w for page in pages for w in page.caption_labels})
    credits = alternation({w for page in pages for w in page.credit_labels})
    # The first letters every opening word starts with, tested before the alternation: most
    # positions of a text fail on this one class (3x faster; the same matches, the class being
    # read case-insensitively as the words are).
    first = "".join(sorted({re.escape(w[0]) for w in openers if w}))
    return re.compile(
        rf"\b(?=[{first}])(?:(?:{nouns})s?[ \u00a0]+(?:{by})\b|(?:{labels})[ \u00a0]*:"
        rf"|(?:{credits})[ \u00a0]*[/:])[ \u00a0]*"
        r"(?P<name>[^()\n/|,.]{1,60})",
        re.IGNORECASE,
    )


on_reload(_credit.cache_clear)


def credit_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the photographers' names in the picture credits of ``text`` (in
    English or ``language``): no one a ``he said`` points back to (they took a picture; the
    story never quotes them)."""
    code = normalize(language) if language and len(language) <= 100 else "en"
    found = itertools.islice(_credit(code).finditer(text), _CREDITS)
    return [match.span("name") for match in found]


#: Credits read per article at most (a bound: every mention is looked up in them).
_CREDITS = 32


#: A kicker is one short line (a headline of capitals runs longer and may quote).
_KICKER_LENGTH = 40


def kicker_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of a kicker opening ``text``: a short first line of capitals with no
    quotation (a tabloid's ``LUCKY STRIKE`` over its headline), a label no ``she said`` points
    back to even when the entity annotator reads it as a name."""
    if not paragraphs:
        return []
    start, end = paragraphs[0]
    line = text[start:end].strip()
    if (
        "\n" in line
        or len(line) > _KICKER_LENGTH
        or not any(c.isalpha() for c in line)
        or line != line.upper()
        or any(c in _QUOTE_CHARACTERS for c in line)
    ):
        return []
    return [(start, end)]


#: Marks that open a headline's quotation (``'WE WILL FIGHT ON' SAYS ROE``): no kicker.
_QUOTE_CHARACTERS = frozenset("\"'“”‘’«»")


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the words of a sentence starting at ``start`` begin, past a dateline
    (``SEATTLE (AP) —``)."""
    match = _DATELINE.match(text, start, end)
    if match is None or sum(c.isupper() for c in match.group(0)) < 2:
        return start
    return match.end()


def inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of the ``(start, end)`` ``spans``."""
    return any(start <= position < end for start, end in spans)
